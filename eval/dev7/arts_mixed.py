"""dev7 items: mixed, parts 3 and 4 (camp departures, arrests, killings,
interceptions, destruction, prisoner exchanges, aid, mine victims, returns, evacuations,
shelters), and displacement, part 3 (passive sentences, no source).

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- mixed, part 3

F(
    "SANA: families leave Rukban camp towards state-controlled areas",
    "Homs, SANA - A new batch of [[420 citizens|displaced;a=a source in Homs Governorate]] left on {{17 March 2019}} the so-called Rukban camp, which is located in the area occupied by the American forces near al-Tanf, through the humanitarian corridor of Jleighem, and they were received in [[4 temporary shelter centres|capacity;a=a source in Homs Governorate]] in Homs city, a source in Homs Governorate told SANA, adding that the number of those who have left the camp since the opening of the corridor has reached [[about 12 500 citizens|displaced;a=a source in Homs Governorate]].",
)

F(
    "IRNA: Afghan refugees in Iran to be registered under new census",
    "Tehran, IRNA -- The Interior Minister said that the census of the unauthorized foreign nationals will cover [[about 2.6 million persons|civilians;p;a=The Interior Minister]], and that [[over 750 thousand Afghans|displaced;a=The Interior Minister]] holding the Amayesh card are living legally in the country, while [[120 thousand|returned;a=The Interior Minister]] of them returned voluntarily last year.",
)

F(
    "WAFA: occupation arrests citizens in Hebron and Bethlehem",
    "HEBRON, {{18 November 2024}} (WAFA) - The Israeli occupation forces arrested, at dawn today, [[no less than 20 citizens|arrested;a=the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society]] from the governorates of Hebron and Bethlehem, among them [[3 children|arrested;a=the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society]] and a former prisoner, the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society said in a joint statement. "
    "The number of detainees in the occupation prisons exceeded [[10,000|arrested;q=at_least;a=the two institutions;alt=the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society]], among them [[3,443 administrative detainees|arrested;a=the two institutions;alt=the Palestinian Commission of Detainees' and Ex-Detainees' Affairs and the Palestinian Prisoner's Society]], according to the two institutions.",
)

F(
    "Anadolu: Israeli army kills Palestinians waiting for aid in Gaza",
    "GAZA CITY (AA) - [[At least 31 Palestinians|killed;a=medical sources]] were killed and [[over 170|injured;a=medical sources]] others injured on Sunday when the Israeli army opened fire on crowds of civilians waiting for aid near a distribution center in Rafah, medical sources told Anadolu. "
    "Since the start of the operation of the so-called Gaza Humanitarian Foundation on {{27 May}}, [[more than 500 aid seekers|killed;a=the Health Ministry in Gaza]] have been killed and [[about 4,000|injured;a=the Health Ministry in Gaza]] injured, according to the Health Ministry in Gaza.",
)

F(
    "Xinhua: Libyan coast guard intercepts migrants off Tripoli",
    "TRIPOLI, {{Aug. 6}} (Xinhua) -- [[A total of 1,209 illegal migrants|other;a=the International Organization for Migration (IOM)]] were intercepted and returned to Libya last week, the International Organization for Migration (IOM) said, adding that [[18 bodies|killed;a=the International Organization for Migration (IOM)]] were recovered off the Libyan coast and [[48 migrants|missing;a=the International Organization for Migration (IOM)]] were reported missing.",
)

F(
    "ENA: Amhara region says schools and health facilities destroyed in conflict",
    "Bahir Dar, (ENA) - The Head of the Amhara Regional Education Bureau said that [[over 4,000 schools|housing;a=The Head of the Amhara Regional Education Bureau]] were partially or fully destroyed during the conflict, and that [[about 3.5 million students|other;a=The Head of the Amhara Regional Education Bureau]] are out of school, while [[from 15 to 20 thousand teachers|displaced;a=The Head of the Amhara Regional Education Bureau]] have been displaced from their workplaces.",
)

F(
    "Prensa Latina: Ecuador army deploys to prisons after riots",
    "Quito, (Prensa Latina) The Ecuadorian Armed Forces deployed [[more than 2 700 soldiers|combatants;a=the Joint Command of the Armed Forces]] to the prisons of Guayaquil after the riots in which [[at least 31 inmates|killed;a=the Joint Command of the Armed Forces]] lost their lives, reported the Joint Command of the Armed Forces. "
    "In the operation, [[178 guards and administrative staff|kidnapped;n=guards and administrative staff]] who were held hostage by the inmates were released, while [[39 prisoners|other]] who escaped were still sought.",
)

F(
    "Xinhua: Colombian army rescues kidnapped soldiers",
    "BOGOTA, {{March 25}} (Xinhua) -- [[28 soldiers|kidnapped;a=the Colombian Defense Ministry]] who had been held by residents under the influence of dissidents of the former FARC in the department of Cauca were released on Saturday, the Colombian Defense Ministry said. "
    "The ministry said [[around 600 people|other;a=The ministry;alt=the Colombian Defense Ministry]] had surrounded the soldiers, and that [[a further 57 soldiers|kidnapped;a=The ministry;alt=the Colombian Defense Ministry]] were held in a second village until Sunday.",
)

F(
    "Bernama: Southern Philippines clashes displace families in Maguindanao",
    "COTABATO, {{Oct 31}} (Bernama) -- Clashes between rival armed groups in Maguindanao del Sur have displaced [[about 2,500 families|displaced;a=the provincial disaster risk reduction and management office]], or [[12,000 individuals|displaced;a=the provincial disaster risk reduction and management office]], the provincial disaster risk reduction and management office said. "
    "The evacuees are sheltering in [[9 evacuation centres|capacity;a=the office;alt=the provincial disaster risk reduction and management office]] and will receive [[3 000 family food packs|aid;p;a=the office;alt=the provincial disaster risk reduction and management office]] from the Department of Social Welfare, the office said.",
)

F(
    "TASS: Russian Defence Ministry on exchange of prisoners of war",
    "MOSCOW, {{5 February}} /TASS/. [[150 Russian servicemen|other;a=the Russian Defence Ministry]] were returned from the territory controlled by the Kiev regime as a result of the negotiation process, the Russian Defence Ministry said, adding that in exchange [[150 prisoners of war|other;n=prisoners of war;a=the Russian Defence Ministry]] of the Ukrainian Armed Forces were handed over.",
)

F(
    "APS: Algeria sends humanitarian aid to Libya and Niger",
    "ALGIERS - Algeria sent, on Thursday, [[25 trucks|aid;a=a communique of the Ministry of National Defence]] carrying [[500 tonnes|aid;a=a communique of the Ministry of National Defence]] of foodstuffs and medicines to the Republic of Niger, in addition to [[2 aircraft|aid;u=other;a=a communique of the Ministry of National Defence]] loaded with tents and blankets, according to a communique of the Ministry of National Defence.",
)

F(
    "Ukrinform: mine victims in Kherson region",
    "Since the beginning of the full-scale invasion, [[132 civilians|killed;a=the Kherson Regional Prosecutor's Office]] were killed and [[more than 330|injured;a=the Kherson Regional Prosecutor's Office]] injured by mines and explosive remnants in the de-occupied territories of the Kherson region, the Kherson Regional Prosecutor's Office informed. "
    "Pyrotechnic units of the State Emergency Service have neutralized [[no less than 250 thousand explosive items|other;a=the State Emergency Service;u=other]], according to the State Emergency Service.",
)

F(
    "SUNA: Kordofan governor says militia attacks displaced thousands",
    "El Obeid, (SUNA) - The Governor of North Kordofan State said that the attacks of the terrorist militia on the villages of Bara locality have led to the martyrdom of [[about 300 citizens|killed;a=The Governor of North Kordofan State]] and the displacement of [[some 4.000 families|displaced;a=The Governor of North Kordofan State]] to El Obeid, where [[16 gathering centres|capacity;a=The Governor of North Kordofan State]] have been opened in schools and mosques.",
)

F(
    "Xinhua: Israel-Iran conflict, Iranian health ministry on casualties",
    "TEHRAN, {{June 23}} (Xinhua) -- [[At least 400 Iranians|killed;a=a spokesman for the Iranian Health Ministry]] have been killed and [[3,056 others|injured;a=a spokesman for the Iranian Health Ministry]] injured since Israel launched its attacks on Iran on {{June 13}}, a spokesman for the Iranian Health Ministry said Sunday. "
    "Meanwhile, Israeli authorities said [[24 people|killed;a=Israeli authorities]] were killed and [[more than 1,200|injured;a=Israeli authorities]] injured in Iranian missile strikes, and that [[about 9,000 Israelis|displaced;a=Israeli authorities]] have been evacuated from their damaged homes.",
)

F(
    "Anadolu: Pakistani police arrest protesters after Islamabad clashes",
    "ISLAMABAD (AA) - Pakistani police arrested [[nearly 1,000 supporters|arrested;a=Islamabad police chief]] of jailed former premier Imran Khan following violent clashes in the capital, Islamabad police chief said Wednesday, adding that [[one police officer|killed;a=Islamabad police chief]] was killed and [[over 100 policemen|injured;a=Islamabad police chief]] were wounded. "
    "The party claimed that [[dozens of its workers|killed;a=The party]] were shot dead and [[hundreds|missing;a=The party]] are missing.",
)

F(
    "Kyodo: Japan has accepted 2,600 Ukrainian evacuees since invasion",
    "TOKYO, {{Feb. 20}} (Kyodo) -- Japan has accepted [[a total of 2,600 Ukrainian evacuees|displaced;a=the Immigration Services Agency]] since the start of Russia's invasion, and [[about 2,000|displaced;a=the Immigration Services Agency]] of them remain in the country, the Immigration Services Agency said.",
)

# ---------------------------------------------------------------- mixed, part 4

F(
    "Xinhua: Sudan's RSF attack on Al-Jazirah village kills dozens",
    "KHARTOUM, {{June 6}} (Xinhua) -- [[More than 100 people|killed;a=the Wad Madani Resistance Committee]] were killed and [[over 200|injured;a=the Wad Madani Resistance Committee]] injured in an attack by the Rapid Support Forces (RSF) on Wad Al-Noura village in Sudan's Al-Jazirah State, the Wad Madani Resistance Committee said Thursday, adding that [[about 35 children|killed;a=the Wad Madani Resistance Committee]] were among the dead. "
    "[[Thousands of villagers|displaced]] fled to the nearby towns of Managil and Al-Hasaheisa, while an unknown number remained under siege.",
)

F(
    "IRNA: Iranian border guards repel terrorist attack in Sistan and Baluchestan",
    "Zahedan, IRNA -- The Deputy Governor for Security Affairs of Sistan and Baluchestan province said that [[4 border guards|killed;a=The Deputy Governor for Security Affairs of Sistan and Baluchestan province]] were martyred and [[2|injured;a=The Deputy Governor for Security Affairs of Sistan and Baluchestan province]] wounded in an attack by terrorist elements on a border post in Saravan, and that [[3 terrorists|killed;a=The Deputy Governor for Security Affairs of Sistan and Baluchestan province]] were killed in the clashes. "
    "[[Between 10 and 12 elements|combatants;a=informed sources]] took part in the attack, according to informed sources.",
)

F(
    "SANA: Civil Defence searches for missing after Idleb strikes",
    "Idleb, SANA - The Syrian Civil Defence teams continued on Tuesday the search for [[about 15 persons|missing;a=the Director of the Civil Defence in Idleb]] still missing under the rubble of [[3 residential buildings|housing;a=the Director of the Civil Defence in Idleb]] which collapsed in the strikes, the Director of the Civil Defence in Idleb said. "
    "He added that [[7 bodies|killed;a=the Director of the Civil Defence in Idleb]] were recovered, and that [[160 families|displaced;a=the Director of the Civil Defence in Idleb]] were moved to [[2 shelter centres|capacity;a=the Director of the Civil Defence in Idleb]] in the city.",
)

F(
    "Anadolu: ethnic Armenians leave Karabakh for Armenia",
    "BAKU (AA) - [[More than 100,000 ethnic Armenians|displaced;a=the Armenian government]] have left the Karabakh region for Armenia since {{24 September}}, according to the Armenian government, which said [[about 32,000|displaced;a=the Armenian government]] of them need accommodation.",
)

F(
    "Prensa Latina: displaced families return to Guerrero sierra communities",
    "Chilpancingo, (Prensa Latina) [[About 400 displaced persons|returned;a=the Guerrero State Government]] from the communities of the Sierra returned to their homes under the protection of [[300 elements|combatants;a=the Guerrero State Government]] of the National Guard and the army, the Guerrero State Government informed, while [[some 1 100 persons|displaced;a=the Guerrero State Government]] remain in shelters in Heliodoro Castillo.",
)

F(
    "Xinhua: Burkina Faso attack kills soldiers and civilians in Djibo",
    "OUAGADOUGOU, {{May 13}} (Xinhua) -- [[Dozens of soldiers and civilians|killed;a=local sources;n=soldiers and civilians]] were killed on Saturday in an attack by armed terrorist groups on military positions in Djibo, northern Burkina Faso, local sources told Xinhua. "
    "According to the sources, [[more than 1,000 assailants|combatants;a=the sources;alt=local sources]] took part in the attack, and [[hundreds of residents|displaced;a=the sources;alt=local sources]] fled toward the town centre.",
)

F(
    "ENA: Ethiopian government says displaced returned in Benishangul-Gumuz",
    "Assosa, (ENA) - The Deputy President of Benishangul-Gumuz Regional State said that [[over 600 thousand citizens|returned;a=The Deputy President of Benishangul-Gumuz Regional State]] displaced by the conflict in Metekel zone have been returned to their villages, and that [[1 250 armed members|combatants;a=The Deputy President of Benishangul-Gumuz Regional State]] of the Gumuz People's Democratic Movement have accepted the peace call. "
    "[[The remaining 40 thousand|displaced;p;a=The Deputy President of Benishangul-Gumuz Regional State]] will return before the end of the Ethiopian year, he said.",
)

F(
    "TASS: evacuation from Energodar announced by regional governor",
    "MELITOPOL, {{6 May 2023}} /TASS/. The acting governor of the Zaporozhye region announced the evacuation of residents from [[18 settlements|other;u=other;a=The acting governor of the Zaporozhye region]] in the frontline zone, and said that [[about 70 thousand people|displaced;p;a=The acting governor of the Zaporozhye region]] will be relocated, including [[over 3,000 patients|displaced;p;a=The acting governor of the Zaporozhye region]] of hospitals. "
    "By the evening, [[1 679 persons|displaced;a=the regional administration]] had already been moved to Berdyansk, according to the regional administration.",
)

F(
    "WAFA: UNRWA says its staff killed in Gaza",
    "GAZA, (WAFA) - The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) announced that the number of its staff members killed in the Gaza Strip since {{7 October 2023}} has risen to [[263|killed;a=The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)]], and that [[190 of its installations|housing;n=installations;u=structure;a=The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)]] were hit. "
    "The agency said [[about 1.9 million people|displaced;a=The agency;alt=The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)]] are displaced, and that [[563 people|killed;a=The agency;alt=The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)]] sheltering in its schools have been killed.",
)

F(
    "Xinhua: families return to Adan Yabaal after al-Shabaab retreat",
    "MOGADISHU, {{Dec. 9}} (Xinhua) -- [[Nearly 3,000 families|returned;a=the district commissioner]] who fled the fighting in Adan Yabaal district have returned home after government forces recaptured the town from al-Shabaab, the district commissioner told Xinhua, adding that [[17 houses|housing;a=the district commissioner]] and the district hospital were destroyed by the militants before their retreat.",
)

F(
    "Bernama: Thai authorities prepare shelters along Cambodian border",
    "BANGKOK, {{July 25}} (Bernama) -- Thai authorities have evacuated [[more than 138,000 residents|displaced;a=the Thai Interior Ministry]] from border districts in four provinces to [[about 300 temporary shelters|capacity;a=the Thai Interior Ministry]] following the armed clashes with Cambodian troops, the Thai Interior Ministry said. "
    "[[14 civilians|killed;a=the ministry;alt=the Thai Interior Ministry]] and [[one soldier|killed;a=the ministry;alt=the Thai Interior Ministry]] were killed and [[46 people|injured;a=the ministry;alt=the Thai Interior Ministry]] were injured, the ministry said.",
)

F(
    "Anadolu: Cambodian side says civilians fled border areas",
    "PHNOM PENH (AA) - [[Over 20,000 Cambodians|displaced;a=the spokesperson of the Cambodian Ministry of National Defence]] living near the border with Thailand were evacuated to safer areas, the spokesperson of the Cambodian Ministry of National Defence said on Friday, adding that [[1 civilian|killed;a=the spokesperson of the Cambodian Ministry of National Defence]] was killed and [[5|injured;a=the spokesperson of the Cambodian Ministry of National Defence]] were injured by the Thai shelling.",
)

F(
    "MAP: Moroccan Armed Forces aid convoys to Gaza via Allenby",
    "Rabat - A convoy of [[30 trucks|aid;a=the Moroccan Agency for International Cooperation]] carrying [[120 tons|aid;a=the Moroccan Agency for International Cooperation]] of food products crossed the Allenby bridge towards Gaza, the Moroccan Agency for International Cooperation said, adding that the aid will benefit [[about 15 thousand families|aid;p;a=the Moroccan Agency for International Cooperation]] in the north of the Strip.",
)

F(
    "Kyodo: Japan to accept injured Gaza children for treatment",
    "TOKYO, {{Aug. 22}} (Kyodo) -- Japan will accept [[up to 10 Palestinian children|other;p;a=government sources]] injured in Gaza and their family members for medical treatment, government sources said Thursday, while [[about 100 Palestinian students|displaced;p;a=government sources]] will be invited to study in the country over {{five years}}.",
)

F(
    "Xinhua: Pakistan's Kurram district clashes leave dozens dead",
    "PESHAWAR, {{Nov. 24}} (Xinhua) -- [[At least 82 people|killed;a=local officials]] have been killed and [[156 others|injured;a=local officials]] injured in sectarian clashes in the Kurram tribal district, local officials said Sunday, adding that [[hundreds of families|displaced;a=local officials]] have left the area and [[about 30 shops|housing;a=local officials]] were set on fire. "
    "A ceasefire was agreed after [[8 prisoners|other;a=the officials;alt=local officials]] held by both sides were exchanged, the officials said.",
)

F(
    "Saba: Marib displacement camps hit by shelling",
    "Marib - Saba: The Executive Unit for the Management of IDP Camps in Marib said that [[more than 1 200 families|displaced;a=The Executive Unit for the Management of IDP Camps in Marib]] have fled from [[7 camps|capacity;a=The Executive Unit for the Management of IDP Camps in Marib]] in the Raghwan and Sirwah districts because of the shelling, and that they are now sheltering in the open, while [[4 displaced persons|killed;a=The Executive Unit for the Management of IDP Camps in Marib]] were killed.",
)

F(
    "Xinhua: Mali conflict sends refugees into Mauritania",
    "NOUAKCHOTT, {{March 6}} (Xinhua) -- [[More than 55,000 Malian refugees|displaced;a=the Mauritanian Ministry of Interior]] have arrived in the Hodh Ech Chargui region since the beginning of the year, the Mauritanian Ministry of Interior said, bringing the number of refugees in the Mbera camp and surrounding villages to [[about 250,000|displaced;a=the Mauritanian Ministry of Interior]]. "
    "The ministry said [[from 500 to 700 people a day|displaced;a=The ministry;alt=the Mauritanian Ministry of Interior]] are crossing at the Fassala border point.",
)

F(
    "INA: Iraqi security forces arrest ISIS members in Anbar",
    "Baghdad - INA: The Security Media Cell announced, on Monday, the arrest of [[11 terrorists|arrested;a=The Security Media Cell]] in separate operations in Anbar and Salah al-Din, and the seizure of [[28 explosive devices|other;a=The Security Media Cell]] and [[4 rocket launchers|other;a=The Security Media Cell]] in a hideout in the desert of Rutba.",
)

# ---------------------------------------------------------------- displacement, part 3 (passive, no source)

F(
    "SUNA: citizens flee villages east of El Obeid after militia incursion",
    "El Obeid, (SUNA) - [[Around 7 thousand citizens|displaced]] were forced to leave their homes in [[12 villages|other;u=other]] east of El Obeid after the incursion of the terrorist militia on {{21.10.2024}}, and [[27 citizens|killed]] were martyred, among them [[9 women|killed]]. "
    "The displaced were received in [[5 schools|capacity]] and a mosque in the city.",
)

F(
    "WAFA: families forced to leave Nur Shams camp",
    "TULKARM, (WAFA) - [[More than 9,000 citizens|displaced]] have been forcibly displaced from Nur Shams camp since the beginning of the aggression, and [[about 400 housing units|housing]] were totally or partially destroyed, while [[dozens of families|displaced]] were hosted in the halls of the Tulkarm municipality. "
    "[[Between 3,000 and 4,000 residents|displaced;a=the Popular Services Committee]] of the neighbouring Tulkarm camp also left their houses, according to the Popular Services Committee.",
)

F(
    "Xinhua: Cameroon Anglophone crisis, villagers flee to Nigeria",
    "YAOUNDE, {{Feb. 27}} (Xinhua) -- [[Several thousand villagers|displaced]] fled to neighbouring Nigeria after separatist fighters and government troops clashed in the Akwaya subdivision of Cameroon's Southwest region, and [[no less than 8 persons|killed]] were killed, including a traditional chief. "
    "[[Over 60 houses|housing;a=a local administrative official]] were burned and [[15 civilians|kidnapped;a=a local administrative official]] were abducted by the separatists, a local administrative official told Xinhua by phone.",
)
