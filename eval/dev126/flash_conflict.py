"""Wire flashes and live-blog entries of 2 to 5 sentences on attacks, strikes, battles,
massacres, riots and abductions (18 with figures, 2 without)."""

from _wrap import item

item(
    "Shelling kills at least 21 in Omdurman market, volunteers say",
    """KHARTOUM, {{March 3}} (Reuters) - Artillery shells slammed into a crowded vegetable market in
    Omdurman on Monday, killing [[at least 21 people|killed;a=a volunteer rescue group]], a
    volunteer rescue group said, in one of the deadliest attacks on Sudan's second city in weeks.
    The Karari Emergency Response Room said [[more than 40 wounded|injured;a=The Karari Emergency
    Response Room]] had been taken to Al-Nau hospital, about {{8 km}} away, among them [[nine
    children|injured;a=The Karari Emergency Response Room]]. Medics later raised the toll to
    [[34|killed;a=Medics]], saying [[11 of the wounded|injured;a=Medics]] were in critical
    condition. The army blamed the paramilitary Rapid Support Forces, which did not respond to a
    request for comment.""",
)

item(
    "Mali: Jihadis ambush army convoy, killing at least 15 soldiers",
    """BAMAKO, Mali (AP) — Suspected jihadi fighters ambushed a military convoy in central Mali on
    Thursday, killing [[at least 15 soldiers|killed;a=two security officials]], two security
    officials told The Associated Press. The convoy was hit about {{40 kilometers}} ({{25 miles}})
    from the town of Boni as it escorted fuel tankers toward the border with Burkina Faso. The
    al-Qaida-linked group JNIM said in a statement that it had killed [[41 soldiers|killed;a=The
    al-Qaida-linked group JNIM]] and seized [[12 vehicles|other;a=The al-Qaida-linked group JNIM]],
    a claim that could not be independently verified. The officials, who spoke on condition of
    anonymity because they were not authorized to speak to the press, said [[between 20 and 30
    soldiers|missing;a=The officials;alt=two security officials]] were still unaccounted for on
    Friday.""",
)

item(
    "Israeli strike on Gaza school-shelter kills at least 18",
    """Gaza's Civil Defence says [[at least 18 people|killed;a=Gaza's Civil Defence]], including
    [[six children|killed;a=Gaza's Civil Defence]] and [[four women|killed;a=Gaza's Civil Defence]],
    have been killed in an Israeli strike on a school sheltering displaced families in Gaza City's
    al-Tuffah neighbourhood. Ahmed Radwan, a Civil Defence spokesperson, told Al Jazeera that [[more
    than 700 people|displaced;a=Ahmed Radwan]] had been sheltering in the building when it was hit
    shortly before {{6am}} ({{04:00 GMT}}). The Israeli military said it had struck a Hamas command
    centre inside the compound and that [[nine fighters|killed;a=The Israeli military]] were among
    those killed, a claim Al Jazeera could not verify.""",
)

item(
    "Russia launches record drone barrage, Ukraine's air force says",
    """Russia launched [[273 drones|other;a=Ukraine's air force]] at Ukraine between {{20:00}} on
    Saturday and {{08:30}} on Sunday, Ukraine's air force says, the largest single drone attack
    since the full-scale invasion began in {{February 2022}}. It says [[88|other;u=other;a=Ukraine's
    air force]] were shot down and [[a further 128|other;u=other;a=Ukraine's air force]] were
    "lost", a term it uses for drones brought down by electronic jamming. In the Kyiv region, [[one
    person|killed;a=regional governor Mykola Kalashnyk]] was killed and [[three
    others|injured;a=regional governor Mykola Kalashnyk]] injured, regional governor Mykola
    Kalashnyk says. Debris damaged [[at least 12 houses|housing;a=regional governor Mykola
    Kalashnyk]] in the Obukhiv district, he adds.""",
)

item(
    "Some 40 rockets fired from Lebanon at Upper Galilee; 2 lightly hurt",
    """The IDF says [[some 40 rockets|other;a=The IDF]] were fired from Lebanon at the Upper Galilee
    shortly after {{7 p.m.}}, most of them intercepted by air defenses. Sirens sounded in [[22
    communities|other;u=other;a=the Home Front Command]], according to the Home Front Command. Magen
    David Adom says medics treated [[two people|injured;a=Magen David Adom]] for light shrapnel
    wounds in Kiryat Shmona, including a {{62-year-old}} man. Hezbollah claims the barrage targeted
    an army base and was a response to an Israeli strike earlier in the day that it says killed
    [[three of its members|killed;a=Hezbollah]] in the south Lebanon village of Aita al-Shaab.""",
)

item(
    "Nine passengers shot dead after being offloaded from coach near Nushki",
    """QUETTA: Gunmen stopped a Quetta-bound passenger coach on the {{N-40}} highway near Nushki
    late on Thursday and shot dead [[at least nine passengers|killed;a=officials]] after checking
    their identity cards, officials said. The coach, which had left Taftan at {{4pm}}, was carrying
    [[38 passengers|other;a=Levies officials]], Levies officials told Dawn. The attackers, numbering
    [[around a dozen|combatants]], had blocked the road with [[two pickup trucks|other]] before
    opening fire. [[Two other passengers|injured]] were shifted to the District Headquarters
    Hospital in Nushki with bullet wounds. No group immediately claimed responsibility, but banned
    Baloch separatist outfits have carried out similar attacks on the highway.""",
)

item(
    "Bandits abduct 43 in Zamfara village raid",
    """Bandits have abducted [[at least 43 people|kidnapped;a=residents]], mostly women and
    children, in an overnight raid on Kairu village in Zamfara State, residents said on Saturday.
    Musa Garba, a resident, told PREMIUM TIMES that the gunmen arrived on [[more than 50
    motorcycles|other;a=Musa Garba]] at about {{11:30 p.m.}} and also shot dead [[two
    vigilantes|killed;a=Musa Garba]] who tried to stop them. Police spokesperson Yazid Abubakar
    confirmed the attack but put the number abducted at [[18|kidnapped;a=Police spokesperson Yazid
    Abubakar]], adding that tactical teams had been sent to the area. Unconfirmed reports on social
    media put the number of abductees at [[more than 100|kidnapped;a=Unconfirmed reports on social
    media]].""",
)

item(
    "Russian glide bomb hits furniture store in Zaporizhzhia, killing 9",
    """A Russian guided aerial bomb struck a furniture store in Zaporizhzhia on the afternoon of
    {{March 14}}, killing [[at least nine people|killed;a=Governor Ivan Fedorov]] and injuring
    [[31|injured;a=Governor Ivan Fedorov]], Governor Ivan Fedorov reported. [[Around 200
    people|civilians;a=Fedorov]] may have been inside the building at the time of the strike,
    Fedorov said. Among the injured are [[four children|injured]], the youngest {{aged 11}}. The
    State Emergency Service said [[14 people|missing;a=The State Emergency Service]] were still
    unaccounted for as of {{9 p.m.}} and that [[more than 120 rescuers|other;a=The State Emergency
    Service]] were working at the site.""",
)

item(
    "Clashes in southern Syria leave at least 30 dead",
    """[[At least 30 people|killed;a=the Syrian Interior Ministry]] were killed and [[nearly 100
    others|injured;a=the Syrian Interior Ministry]] injured in clashes between Bedouin tribal
    fighters and local Druze armed groups in southern Syria's Sweida province, according to the
    Syrian Interior Ministry. The ministry said it had deployed [[more than 1,000
    personnel|combatants;a=The ministry;alt=the Syrian Interior Ministry]] to the area on Monday to
    separate the two sides and reopen the Damascus-Sweida highway. The Syrian Observatory for Human
    Rights, a UK-based war monitor, put the death toll at [[37|killed;a=The Syrian Observatory for
    Human Rights]], including [[two children|killed;a=The Syrian Observatory for Human Rights]] and
    [[six security personnel|killed;a=The Syrian Observatory for Human Rights]].""",
)

item(
    "5 Killed In Fresh Gunfights In Manipur's Jiribam, Curfew Imposed",
    """Imphal: [[Five people|killed;a=officials]] were killed in fresh gunfights between armed
    groups in Manipur's Jiribam district on Saturday, officials said. Among the dead was a
    {{63-year-old}} man who was shot while asleep at his home, they said. [[Two security
    personnel|injured;a=a police officer]] were injured in an exchange of fire in the Borobekra
    area, a police officer said. [[Nearly two dozen houses|housing;a=a police officer]] were set
    ablaze in a nearby village, he said. [[Over 200 people|killed]] have been killed and [[around
    60,000|displaced]] displaced in the ethnic violence between the Meitei and Kuki-Zo communities
    since {{May 2023}}.""",
)

item(
    "Officers injured as crowd attacks asylum hotel in Wakefield",
    """[[Twenty-two police officers|injured;a=West Yorkshire Police]] were injured, [[four of
    them|injured;n=-;a=West Yorkshire Police]] seriously, as a crowd of [[around 700
    people|other;a=West Yorkshire Police]] attacked a hotel housing asylum seekers in Wakefield on
    Sunday afternoon, West Yorkshire Police said. Windows were smashed and a fire was started in a
    bin store while staff and residents sheltered inside. Assistant Chief Constable Helen Marsh said
    [[more than 100 officers|combatants;a=Assistant Chief Constable Helen Marsh]] in riot gear had
    been sent to the scene. [[Eight people|arrested;a=the force;alt=West Yorkshire Police]] have
    been arrested so far, and more arrests are expected, the force added.""",
)

item(
    "Gang attack on Haitian town kills dozens, UN says",
    """(CNN) — Gang members killed [[at least 46 people|killed;a=the United Nations]], among them
    [[eight women|killed;a=the United Nations]] and [[two infants|killed;a=the United Nations]], in
    an attack on the town of Liancourt in Haiti's Artibonite department, the United Nations said
    Friday. The UN human rights office said [[16 people|injured;a=The UN human rights office]] were
    wounded, some of them shot as they fled into rice fields, and that the attackers set fire to
    [[at least 45 homes|housing;a=The UN human rights office]] and [[34 vehicles|other;a=The UN
    human rights office]]. [[More than 6,200 people|displaced;a=the International Organization for
    Migration]] have fled the town, according to the International Organization for Migration, most
    of them to the nearby city of Saint-Marc.""",
)

item(
    "Jihadists kill dozens in attack on Burkina town: sources",
    """Ouagadougou (AFP) - Jihadists killed [[several dozen soldiers and civilians|killed;n=soldiers
    and civilians;a=security sources]] in an attack on the northern Burkina Faso town of Djibo on
    Sunday, security sources told AFP. "The toll is heavy, [[more than 50 dead|killed;a=a local
    official]]," a local official said, asking not to be named. The attackers, who arrived on
    [[hundreds of motorbikes|other]], targeted an army base and a camp for displaced people on the
    edge of the town, a resident said. Burkina has been battling jihadists linked to Al-Qaeda and
    the Islamic State group since {{2015}}, and the violence has killed [[more than 26,000
    people|killed;a=the monitoring group ACLED]], according to the monitoring group ACLED.""",
)

item(
    "Fighting near eastern Congo's Uvira kills at least 23, hospital sources say",
    """KINSHASA, {{Jan 27}} (Reuters) - Fighting between {{M23}} rebels and Congolese troops backed
    by Wazalendo militias around the eastern city of Uvira has killed [[at least 23
    people|killed;a=hospital sources]] since Saturday, hospital sources told Reuters on Tuesday. A
    doctor at Uvira general hospital said [[more than 140 wounded|injured;a=A doctor at Uvira
    general hospital]] had been admitted, many with shrapnel injuries. The {{M23}} said in a
    statement it had captured [[more than 300 Congolese soldiers|arrested;a=The M23]], a figure the
    army denied. The UN refugee agency said [[some 30,000 people|displaced;a=The UN refugee agency]]
    had crossed into Burundi since Friday, with [[up to 4,000 a day|displaced;a=The UN refugee
    agency]] arriving at the Gatumba border post. It is preparing for [[up to 100,000
    arrivals|displaced;p;a=The UN refugee agency]] if the fighting spreads south.""",
)

item(
    "Iran says 237 killed in Israeli strikes; Israel reports 24 dead",
    """As of {{08:00 GMT}}, Iran's Health Ministry says [[at least 237 people|killed;a=Iran's Health
    Ministry]] have been killed in Israeli strikes since Friday, more than {{90 percent}} of them
    civilians, and [[1,310|injured;a=Iran's Health Ministry]] wounded. In Israel, the Prime
    Minister's Office says [[24 people|killed;a=the Prime Minister's Office]] have been killed by
    Iranian missiles and [[592|injured;a=the Prime Minister's Office]] treated in hospital. The
    Israeli military says Iran has fired [[some 370 ballistic missiles|other;a=The Israeli
    military]] and [[hundreds of drones|other;a=The Israeli military]] at Israel since the start of
    the conflict.""",
)

item(
    "Kenya rights body says 31 killed in protests",
    """NAIROBI, {{July 8}} (Reuters) - [[Thirty-one people|killed;a=Kenya's state-funded human
    rights commission]] were killed and [[107|injured;a=Kenya's state-funded human rights
    commission]] injured during anti-government protests across Kenya on Monday, Kenya's
    state-funded human rights commission said on Tuesday, nearly double the toll it gave overnight.
    The Kenya National Commission on Human Rights (KNCHR) said [[two people|missing;a=The Kenya
    National Commission on Human Rights]] were missing and [[532|arrested;a=The Kenya National
    Commission on Human Rights]] had been arrested. Police spokesman Peter Wachira said [[52
    officers|injured;a=Police spokesman Peter Wachira]] had been hurt and [[at least 40
    vehicles|other;a=Police spokesman Peter Wachira]] torched, most of them in Nairobi and the town
    of Kikuyu, {{20 km}} to the northwest.""",
)

item(
    "Israeli forces kill three in West Bank raids, detain dozens",
    """The Palestinian Health Ministry says [[three Palestinians|killed;a=The Palestinian Health
    Ministry]], including a {{16-year-old}} boy, were killed by Israeli forces during a raid on the
    Balata refugee camp near Nablus overnight. Israeli forces also detained [[at least 25
    people|arrested;a=the Palestinian Prisoners' Society]] in raids across the occupied West Bank,
    according to the Palestinian Prisoners' Society, which says [[more than 10,400
    Palestinians|arrested;a=the Palestinian Prisoners' Society]] are now held in Israeli jails. Al
    Jazeera's Rami Ayyash, reporting from Ramallah, says bulldozers destroyed [[at least four
    homes|housing;a=Al Jazeera's Rami Ayyash]] in the camp.""",
)

item(
    "Explosions heard in Kyiv as overnight air raid alert lasts over two hours",
    """Air raid sirens sounded across Kyiv from {{01:12}} until {{03:40}} local time on {{November
    20}}, and explosions were heard in the Darnytskyi and Dniprovskyi districts as air defense
    engaged targets, Mayor Vitali Klitschko wrote on Telegram at {{02:05}}. The city military
    administration said debris had fallen near a residential building and a kindergarten, and that
    information on casualties was being clarified. Ukraine's Air Force said earlier that a group of
    attack drones was approaching the capital from the northeast, about {{40 kilometers}} from the
    city limits.""",
)

item(
    "Bangladesh extends curfew, internet blackout enters fifth day",
    """DHAKA, Bangladesh (AP) — Bangladesh's government extended a nationwide curfew on Sunday and
    kept mobile internet switched off for a fifth day as soldiers patrolled the capital's deserted
    streets. The curfew will be relaxed from {{3 p.m. to 5 p.m.}} on Monday so that people can buy
    food, the home minister told reporters, adding that government offices would stay closed until
    {{July 24}}. The Supreme Court is due to hear the government's appeal against the reinstatement
    of a {{30%}} job quota for descendants of veterans of the {{1971}} independence war at {{10
    a.m.}} on Sunday.""",
)

item(
    "Myanmar air strike on school kills 19, opposition says",
    """BANGKOK, {{May 12}} (Reuters) - An air strike by Myanmar's military on a high school in the
    Sagaing region killed [[17 students|killed;a=the opposition National Unity Government]] and
    [[two teachers|killed;a=the opposition National Unity Government]] on Monday, the opposition
    National Unity Government said. [[At least 20 other students|injured;a=a teacher at the school]]
    were wounded, a teacher at the school told Reuters by phone, asking not to be named for fear of
    reprisals. The school in Tabayin township had [[about 400 students|other]] enrolled. The junta's
    spokesman, Zaw Min Tun, denied the military had targeted civilians and said the strike hit a
    camp of the People's Defence Force, killing [[more than 30 fighters|killed;a=The junta's
    spokesman;alt=Zaw Min Tun]].""",
)
