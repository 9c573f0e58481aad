"""Sudan, South Sudan, Libya and the Middle East in the style of Radio Dabanga, Sudan Tribune,
the Libya Observer, L'Orient Today, The National, Arab News, Rudaw and Kurdistan24: village
raids, camp shelling, crackdowns, cattle raids, militia fighting, air and drone strikes,
bombings and sieges (14 items with figures, 1 without)."""

from _wrap import item

item(
    "RSF kill 38 in attack on village west of El Fasher",
    """Members of the paramilitary Rapid Support Forces (RSF) killed
    [[38 people|killed;a=residents and a local rights group]] and wounded
    [[dozens|injured;a=residents and a local rights group]] in an attack on the village of
    Shaqra, west of El Fasher, on Saturday, residents and a local rights group told Radio
    Dabanga. A member of the Shaqra Emergency Room said the attackers arrived in
    [[more than 50 vehicles|other;a=A member of the Shaqra Emergency Room]] and on motorcycles,
    firing at homes and at the market. He said [[15 shops|housing;a=A member of the Shaqra
    Emergency Room]] were set on fire and [[hundreds of cattle and goats|other;n=cattle and
    goats;a=A member of the Shaqra Emergency Room]] were looted. The Darfur Bar Association said
    [[eight women|kidnapped;a=The Darfur Bar Association]] were abducted and
    [[at least 13 residents|missing;a=The Darfur Bar Association]] remain missing. Survivors
    who reached Tawila on foot said [[some 1,400 families|displaced;a=Survivors]] had fled the
    village. Tawila already hosts [[more than 600,000 displaced people|displaced;a=the Norwegian
    Refugee Council]], according to the Norwegian Refugee Council. An RSF adviser said on
    Telegram that its forces had fought army-allied "joint forces" in the area and killed
    [[72 fighters|killed;a=An RSF adviser]]. The attack lasted from about {{7am}} until the late
    afternoon, residents said. The attackers also destroyed the village's water pumps. The Sudan
    Doctors Network described the attack as ethnic cleansing targeting the Zaghawa. El Fasher,
    the last major city in Darfur not held by the RSF, has been under siege since
    {{May 2024}}, and Shaqra was previously attacked that month.""",
)

item(
    "RSF shelling kills 14 in Abu Shouk camp",
    """[[At least 14 displaced people|killed;a=the camp's coordination office]] were killed and
    [[31 others|injured;a=the camp's coordination office]] wounded on Thursday when the Rapid
    Support Forces shelled the Abu Shouk camp for displaced people, north of El Fasher, the
    camp's coordination office said. Its spokesman, Adam Rizgallah, said
    [[at least 40 shells|other;a=Adam Rizgallah]] landed in the camp and that
    [[two schools|housing;a=Adam Rizgallah]] used as shelters were hit. The Sudanese army's
    {{6th Infantry Division}} said its forces repelled an RSF assault on the city's eastern
    flank and killed [[scores of militiamen|killed;a=The Sudanese army's 6th Infantry
    Division]]. According to the International Organization for Migration,
    [[some 450,000 people|displaced;a=the International Organization for Migration]] have
    fled El Fasher and its camps since {{April 2024}}. The UN says
    [[more than 260,000 civilians|civilians;a=The UN]] remain trapped in the besieged city. A
    convoy of [[up to 40 trucks|aid]] carrying food for the camp has been stuck in Tawila for
    {{two weeks}}.""",
)

item(
    "Seven protesters shot dead in Khartoum marches, doctors say",
    """Security forces shot dead [[seven protesters|killed;a=the Central Committee of Sudanese
    Doctors (CCSD)]] in Khartoum and Omdurman on Thursday during the Marches of the Millions
    against military rule, the Central Committee of Sudanese Doctors (CCSD) said. The committee
    said [[more than 100 people|injured;a=The committee;alt=the Central Committee of Sudanese
    Doctors (CCSD)]] were injured, [[38 of them|injured;n=-;a=The committee;alt=the Central
    Committee of Sudanese Doctors (CCSD)]] by live bullets. This brings the number of
    protesters killed since the coup of {{October 25, 2021}} to [[79|killed;a=the CCSD]],
    according to the CCSD. The Emergency Lawyers said
    [[at least 40 demonstrators|arrested;a=The Emergency Lawyers]] were detained and taken to
    unknown locations. Police said in a statement that
    [[37 officers|injured;a=Police]] were injured by protesters throwing stones. Witnesses said
    security forces fired [[dozens of tear gas canisters|other;a=Witnesses]] into the Burri
    neighbourhood and stormed a hospital in pursuit of the wounded.""",
)

item(
    "32 killed as armed youth raid Pibor villages",
    """[[At least 32 people|killed;a=a local official]] were killed and
    [[more than 5,000 head of cattle|other;n=head of cattle;a=a local official]] raided when
    armed youth from Jonglei attacked [[three villages|other;a=a local official]] in the
    Greater Pibor Administrative Area on Tuesday, a local official said. Pibor's information
    minister, Peter Gola, told Sudan Tribune that
    [[18 women and children|kidnapped;n=women and children;a=Peter Gola]] were abducted during
    the raid. He said the attackers, numbering [[over 1,000|combatants;a=Peter Gola]], were
    armed with machine guns and wore military uniforms. The UN Mission in South Sudan (UNMISS)
    said [[around 4,200 people|displaced;a=The UN Mission in South Sudan (UNMISS)]] had sought
    refuge near its base in Pibor town. Aid agencies said they planned to airlift food for
    [[10,000 people|aid;p;a=Aid agencies]] to the area.""",
)

item(
    "Tripoli clashes kill 38 as armed groups battle for capital",
    """Clashes between rival armed groups in the Libyan capital killed
    [[38 people|killed;a=the Emergency Medicine Centre]] and injured
    [[112|injured;a=the Emergency Medicine Centre]] on Monday and Tuesday, the Emergency
    Medicine Centre said. The centre said its teams had evacuated
    [[about 230 families|displaced;a=The centre;alt=the Emergency Medicine Centre]] from Ain
    Zara and Salah al-Din, where the fighting was heaviest. The Libyan Red Crescent recovered
    [[nine bodies|killed]] from a street near the Abu Salim roundabout on Wednesday morning.
    Flights at Mitiga airport were suspended and
    [[at least 18 flights|other;a=airport officials]] were diverted to Misrata, airport
    officials said. The Ministry of Education said [[62 schools|other;a=The Ministry of
    Education]] in the affected districts would stay closed until further notice. The
    Presidential Council announced a ceasefire late on Tuesday. The rival groups are believed to
    field [[as many as 3,000 fighters|combatants]] in the capital.""",
)

item(
    "Israeli strikes kill 11 in Nabatieh district, including three paramedics",
    """[[Eleven people|killed;a=the Health Ministry]], among them
    [[three paramedics|killed;a=the Health Ministry]] of the Islamic Health Committee, were
    killed on Wednesday in Israeli strikes on Kfar Roummane and Habboush, in the Nabatieh
    district, according to the Health Ministry. The ministry said
    [[29 people|injured;a=The ministry;alt=the Health Ministry]] were wounded. The National News
    Agency (NNA) reported that the strike on Kfar Roummane levelled a {{three-storey}} building
    and damaged [[at least 12 other homes|housing;a=The National News Agency (NNA)]]. Civil
    defence teams worked through the night to pull survivors from the rubble. Hezbollah said it
    fired [[40 rockets|other;a=Hezbollah]] at the Israeli town of Kiryat Shmona in response.
    The Israeli army said it struck
    [[more than 120 Hezbollah targets|other;u=other;a=The Israeli army]] in southern Lebanon and
    the Bekaa over the past day. Since {{October 8, 2023}}, Israeli strikes have killed
    [[more than 2,000 people|killed]] in Lebanon. According to the International Organization
    for Migration, [[some 112,000 people|displaced;a=the International Organization for
    Migration]] have been displaced from the south. In Nabatieh,
    [[dozens of families|displaced]] packed their cars and left for Saida and Beirut on
    Wednesday afternoon. The strikes came hours after Hezbollah claimed an attack on an Israeli
    position in the Shebaa Farms. The Israeli army's chief of staff said the campaign would
    continue "for as long as necessary". Lebanon's caretaker prime minister called on the
    international community to enforce {{Resolution 1701}}.""",
)

item(
    "Ain al-Hilweh clashes enter fifth day as families flee to Saida",
    """Fighting between Fatah and Islamist militants in the Ain al-Hilweh Palestinian refugee
    camp near Saida has killed [[at least 13 people|killed;a=medical sources]] over
    {{five days}}, medical sources said on Wednesday. The clashes erupted after the killing of a
    Fatah commander and [[four of his bodyguards|killed]] in an ambush inside the camp. UNRWA
    said [[about 2,000 camp residents|displaced;a=UNRWA]] had fled to Saida, where
    [[600 of them|displaced;n=-;a=UNRWA]] are sheltering in [[two UNRWA schools|capacity;a=UNRWA]].
    The Lebanese Red Cross said it had transported [[51 wounded|injured;a=The Lebanese Red
    Cross]] to hospitals in the city. The Lebanese army said
    [[five soldiers|injured;a=The Lebanese army]] were hit by stray bullets at a checkpoint on
    the camp's edge. Schools around the camp, which is home to [[more than 80,000
    residents|civilians]],
    closed for the week.""",
)

item(
    "Death toll from Sweida clashes nears 250, monitor says",
    """[[Nearly 250 people|killed;a=the Syrian Observatory for Human Rights]] have been killed in
    {{four days}} of fighting between Druze militias, Bedouin tribal fighters and government
    forces in the southern Syrian province of Sweida, the Syrian Observatory for Human Rights
    said on Wednesday. The UK-based monitor said the dead included
    [[92 Druze civilians|killed;a=The UK-based monitor;alt=the Syrian Observatory for Human
    Rights]], [[21 of them|killed;n=-;a=The UK-based monitor;alt=the Syrian Observatory for
    Human Rights]] summarily executed. It said
    [[84 members|killed;a=the Syrian Observatory for Human Rights]] of the government forces
    and [[18 Bedouin fighters|killed;a=the Syrian Observatory for Human Rights]] were also
    killed. Israel, which says it is protecting the Druze, carried out
    [[more than 160 strikes|other;u=other;a=the Israeli military]] in Sweida and Daraa,
    according to the Israeli military. Local activists said
    [[dozens of homes|housing;a=Local activists]] in the city's western neighbourhoods were
    burnt and looted. The Syrian Arab Red Crescent said it had evacuated
    [[about 1,100 families|displaced;a=The Syrian Arab Red Crescent]] from the city. OCHA said
    [[an estimated 87,000 people|displaced;a=OCHA]] had been displaced across the province.
    Government forces began deploying [[some 2,500 troops|combatants]] on Tuesday to enforce a
    ceasefire brokered by Washington and Ankara. The fighting began on {{13 July}} with the
    abduction of a Druze vegetable merchant on the Damascus-Sweida highway. Communications and
    electricity were cut in much of the province for a {{third}} day on Wednesday. "We buried our
    neighbours in their gardens because we could not reach the cemetery," a resident of Sweida
    city told The National by phone. Sweida, about {{100km}} south of Damascus, is home to most
    of Syria's Druze.""",
)

item(
    "Suicide bomber kills 22 worshippers at Damascus church",
    """[[At least 22 worshippers|killed;a=Syria's Health Ministry]] were killed and
    [[59 others|injured;a=Syria's Health Ministry]] injured when a suicide bomber attacked a
    church in the Dweila neighbourhood of Damascus during Sunday mass, Syria's Health Ministry
    said. [[Between 250 and 300 worshippers|other;a=a priest of the parish]] were attending the
    mass, a priest of the parish said. The Interior Ministry said the attacker, a member of ISIS,
    opened fire on the
    congregation before detonating an explosive vest. It said
    [[two suspects|arrested;a=The Interior Ministry]] linked to the cell were arrested in the
    Damascus countryside on Monday. The Greek Orthodox Patriarchate said
    [[four children|killed;a=The Greek Orthodox Patriarchate]] were among the dead.
    [[Six of the wounded|injured]] remain in critical condition at Al Mujtahid Hospital.""",
)

item(
    "Turkish drone strike kills three civilians in Duhok's Amedi district",
    """[[Three civilians|killed;a=the mayor of Kani Masi subdistrict]] were killed and
    [[two others|injured;a=the mayor of Kani Masi subdistrict]] wounded when a Turkish drone
    struck a vehicle near the village of Sargele in Duhok province's Amedi district on Friday,
    the mayor of Kani Masi subdistrict told Rudaw. Turkey's Defence Ministry said its forces had
    "neutralised" [[17 PKK terrorists|killed;a=Turkey's Defence Ministry]] in northern Iraq over
    the past week. According to Community Peacemaker Teams (CPT), a US-based group that monitors
    the strikes, Turkish operations have emptied
    [[over 160 villages|other;a=Community Peacemaker Teams (CPT)]] in the Kurdistan Region since
    {{2015}} and killed [[at least 138 civilians|killed;a=Community Peacemaker Teams (CPT)]].
    Villagers in Sargele said [[more than 40 families|displaced;a=Villagers in Sargele]] had left
    the area this summer.""",
)

item(
    "Drones hit three Kurdistan oil fields, halting production",
    """Explosive-laden drones struck
    [[three oil fields|other;u=other;a=the Kurdistan Region's Ministry of Natural Resources]] in
    Duhok and Erbil provinces early on Wednesday, the Kurdistan Region's Ministry of Natural
    Resources said, forcing operators to halt production of about
    {{200,000 barrels per day}}, or nearly {{70 percent}} of the region's output. The ministry said
    [[two workers|injured;a=The ministry;alt=the Kurdistan Region's Ministry of Natural
    Resources]] were lightly injured at the Sarsang field. [[Some 200 foreign
    staff|displaced;a=company
    officials]] were evacuated from the fields as a precaution, company officials said. The
    Kurdistan Region Security Council said
    [[at least 23 drone attacks|other;u=other;a=The Kurdistan Region Security Council]] had
    targeted energy sites in the region since {{June}}. Baghdad said on Thursday it had detained
    [[three people|arrested;a=Baghdad]] in connection with the attacks.""",
)

item(
    "ISIS kills four federal policemen at Kirkuk checkpoint",
    """Islamic State (ISIS) militants attacked a federal police checkpoint in Kirkuk province's
    Rashad subdistrict late on Sunday, killing [[four policemen|killed;a=a security source]]
    and wounding [[two|injured;a=a security source]], a security source told Rudaw. The
    attackers, believed to number [[about 10|combatants;a=the source;alt=a security source]], used
    sniper rifles and a
    roadside bomb before withdrawing toward the Wadi al-Shay valley, the source said. Iraqi
    warplanes later struck [[three ISIS positions|other;a=the Joint Operations Command]] in the
    valley, the Joint Operations Command said. It was the {{third}} attack on security forces in
    the province this month. Iraqi officials estimate that
    [[between 400 and 500 ISIS fighters|combatants;a=Iraqi officials]] remain active in the
    Kirkuk, Salahuddin and Diyala triangle.""",
)

item(
    "Houthi shelling kills two children in Taiz",
    """[[Two children|killed;a=a local official]] were killed and
    [[six other civilians|injured;a=a local official]] were injured on Saturday when the Houthi
    militia shelled a residential neighborhood in the besieged city of Taiz, a local official
    told Arab News. He said the Houthis fired [[at least 11 mortar shells|other;a=a local
    official]] at Al-Rawdha from their positions in the hills east of the city. Taiz, Yemen's
    {{third-largest}} city, has been under a Houthi siege since {{2015}}. The Yemeni Network for
    Rights and Freedoms said in a report this month that Houthi shelling and sniper fire had
    killed [[more than 3,800 civilians|killed;a=The Yemeni Network for Rights and Freedoms]] in
    Taiz since the siege began, including [[942 children|killed;a=The Yemeni Network for Rights
    and Freedoms]]. Masam, the Saudi demining project, said it had removed
    [[over 480,000 mines|other;a=Masam]] and unexploded ordnance across Yemen since
    {{2018}}.""",
)

item(
    "Israeli strike on Gaza school sheltering displaced kills 17",
    """An Israeli strike on a school sheltering displaced families in Gaza City's Al Tuffah
    neighbourhood killed [[at least 17 people|killed;a=Gaza's Civil Defence]], including
    [[six children|killed;a=Gaza's Civil Defence]], Gaza's Civil Defence said on Thursday.
    Civil Defence spokesman Ahmed Radwan said [[more than 40 people|injured;a=Ahmed Radwan]] were
    wounded and rescuers were searching for [[at least five people|missing;a=Ahmed Radwan]]
    believed to be under the rubble. The school, run by UNRWA, was housing
    [[about 1,500 displaced people|displaced;a=the agency;alt=UNRWA]], according to the agency. The
    Israeli
    military said it had struck a Hamas command centre inside the compound. UNRWA said
    [[more than 190 of its facilities|housing;a=UNRWA]] had been hit since the start of the war.
    [[About 1.9 million people|displaced;v=1900000;a=the UN]], or {{90 per cent}} of Gaza's
    population, have been displaced, according to the UN.""",
)

item(
    "Driver killed as Israeli drone strikes car on Tyre-Naqoura road",
    """An Israeli drone struck a car on the coastal road between Tyre and Naqoura at about
    {{2.15pm}} on Tuesday, killing its driver, the National News Agency (NNA) reported. The
    agency identified him as Ali Hassan, {{37}}, from the village of Chamaa, about {{3 km}}
    from the site. The Israeli army said he was a Hezbollah operative. It was the latest
    Israeli strike since the ceasefire of {{November 27, 2024}}, which called for the full
    implementation of UN Security Council {{Resolution 1701}}.""",
)
