"""dev7 items: Arabic-language agencies in translation (Saba, INA, LANA, MENA,
Petra, QNA, KUNA, SPA), Asia (Xinhua, Bernama, Kyodo, Yonhap), and the Sahel, Great Lakes
and Horn translated from French (attacks, kidnappings, surrenders, refugees, returnees).

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (the keys are
listed in build.py's docstring).
"""

from figset import F

# ---------------------------------------------------------------- Arabic-language agencies, translated

F(
    "Saba: Sanaa health ministry on US-British aggression victims",
    "Sanaa - Saba: The Ministry of Public Health and Population announced that the toll of the American-British aggression on the port of Ras Isa has risen to [[80 martyrs|killed;a=The Ministry of Public Health and Population]] and [[150 wounded|injured;a=The Ministry of Public Health and Population;n=wounded]], the majority of them workers and employees of the port. "
    "The civil defence teams are continuing to search for a number of missing under the rubble.",
)

F(
    "INA: Iraqi Counter-Terrorism Service kills ISIS terrorists in Kirkuk desert",
    "Baghdad - INA: The Counter-Terrorism Service announced, on Sunday, the killing of [[5 terrorists|killed;a=The Counter-Terrorism Service]] of the ISIS terrorist gangs and the arrest of [[2 others|arrested;a=The Counter-Terrorism Service]] in an air-landing operation in the Wadi al-Shay area in Kirkuk, and the destruction of [[3 hideouts|other;u=structure;a=The Counter-Terrorism Service]] used by the gangs. "
    "[[12 explosive belts|other;u=other;a=a statement of the Service]] and a quantity of weapons were seized in the hideouts, according to a statement of the Service.",
)

F(
    "LANA: Libyan Red Crescent recovers bodies after clashes in Tripoli",
    "Tripoli - LANA: The Libyan Red Crescent announced that its volunteers recovered the bodies of [[9 persons|killed;a=The Libyan Red Crescent]] in the Abu Salim area following the armed clashes which erupted on Monday night between two armed formations, and evacuated [[more than 300 families|displaced;a=The Libyan Red Crescent]] trapped in the clashes areas. "
    "The Ministry of Health said [[no less than 23 persons|injured;a=The Ministry of Health]] were transferred to the hospitals of the capital.",
)

F(
    "MENA: Egypt receives wounded Palestinians through Rafah crossing",
    "CAIRO, (MENA) - The Governor of North Sinai said that the Rafah land port received on Wednesday [[45 wounded Palestinians|injured;a=The Governor of North Sinai]] and [[120 patients|other;a=The Governor of North Sinai]] with their companions, in addition to [[1 200 foreign passport holders|displaced;a=The Governor of North Sinai;n=holders]] who left the Gaza Strip. "
    "He said [[160 trucks|aid;a=The Governor of North Sinai]] of humanitarian aid entered the Strip through the crossing on the same day, while [[about 3 thousand trucks|aid;a=The Governor of North Sinai]] are waiting in Al-Arish.",
)

F(
    "Petra: Jordanian army airdrops aid over northern Gaza",
    "Amman, (Petra) - The Jordan Armed Forces - Arab Army carried out, in cooperation with brotherly and friendly countries, [[8 airdrops|aid;a=a statement of the General Command]] of humanitarian and food aid over the north of Gaza Strip on Saturday, according to a statement of the General Command. "
    "The statement said that this brings the number of airdrops carried out since the beginning of the war to [[102|aid;u=other;a=The statement;alt=a statement of the General Command]], in addition to [[378 airdrops|aid;a=The statement;alt=a statement of the General Command]] carried out jointly with other countries.",
)

F(
    "QNA: Qatar mediates release of hostages and prisoners",
    "Doha, (QNA) - The Official Spokesperson of the Ministry of Foreign Affairs announced that [[24 hostages|kidnapped;a=The Official Spokesperson of the Ministry of Foreign Affairs]] were released from Gaza on Friday, including [[13 Israeli citizens|kidnapped;a=The Official Spokesperson of the Ministry of Foreign Affairs]], [[10 Thai nationals|kidnapped;a=The Official Spokesperson of the Ministry of Foreign Affairs]] and [[one Filipino|kidnapped;a=The Official Spokesperson of the Ministry of Foreign Affairs]], in exchange for [[39 Palestinian women and children|other;n=women and children;a=The Official Spokesperson of the Ministry of Foreign Affairs]] from the occupation prisons. "
    "The humanitarian pause also allowed the entry of [[200 aid trucks|aid]] to the Strip.",
)

F(
    "KUNA: Kuwaiti relief airlift lands in Damascus",
    "DAMASCUS, (KUNA) - The Kuwaiti air bridge continued its flights to Syria, with the arrival on Tuesday of the twelfth aircraft carrying [[40 tons|aid;a=the Kuwait Red Crescent Society]] of food and medical supplies, the Kuwait Red Crescent Society said. "
    "The society added that the aid, which includes [[5,000 food baskets|aid;a=The society;alt=the Kuwait Red Crescent Society]] and [[3,000 winter blankets|aid;a=The society;alt=the Kuwait Red Crescent Society]], will be distributed to [[nearly 10 000 displaced|aid;p;n=displaced;a=The society;alt=the Kuwait Red Crescent Society]] in the camps of the north.",
)

F(
    "SPA: KSrelief distributes food baskets in Sudan's White Nile",
    "Kosti, (SPA) - The King Salman Humanitarian Aid and Relief Centre (KSrelief) distributed [[1,800 food baskets|aid;a=the centre;alt=The King Salman Humanitarian Aid and Relief Centre (KSrelief)]] to the families displaced from Khartoum in the White Nile State, benefiting [[10,800 individuals|aid;a=the centre;alt=The King Salman Humanitarian Aid and Relief Centre (KSrelief)]], the centre stated.",
)

F(
    "Saba: Houthi prisoners committee announces prisoners exchange",
    "Sanaa - Saba: The Head of the National Committee for Prisoners Affairs announced the completion of the release of [[887 prisoners|other;a=The Head of the National Committee for Prisoners Affairs]] of both sides, under the auspices of the International Committee of the Red Cross, including [[706 prisoners|other;a=The Head of the National Committee for Prisoners Affairs]] of the national army and [[181|other;a=The Head of the National Committee for Prisoners Affairs]] of the aggression forces, among them [[16 Saudis|other;a=The Head of the National Committee for Prisoners Affairs]] and [[3 Sudanese|other;a=The Head of the National Committee for Prisoners Affairs]].",
)

F(
    "SANA: terrorists target Aleppo neighbourhoods with rocket shells",
    "Aleppo, SANA - [[Four citizens|killed]] were martyred and [[11 others|injured]] were injured, among them children and women, when terrorist organizations positioned in the western countryside targeted Hamdaniya and New Aleppo neighborhoods with rocket shells on {{12 August 2019}}. "
    "A source at Aleppo Police Command told SANA that the shells caused material damage to [[7 houses|housing;a=A source at Aleppo Police Command]] and a number of cars.",
)

F(
    "INA: Ministry of Migration says displaced families return from Jeddah 1 camp",
    "Baghdad - INA: The Ministry of Migration and Displaced announced the return of a new batch of [[152 families|returned;a=The Ministry of Migration and Displaced]] from the al-Hol camp in Syria to the {{Jeddah 1}} rehabilitation centre in Nineveh, bringing the number of families returned since {{2021}} to [[about 3 400|returned;a=The Ministry of Migration and Displaced]]. "
    "The ministry indicated that [[more than 5,000 families|displaced;a=The ministry;alt=The Ministry of Migration and Displaced]] are still living in [[21 camps|capacity;a=The ministry;alt=The Ministry of Migration and Displaced]] in the Kurdistan Region, and that the camps will be closed gradually.",
    ["Jeddah 1"],
)

# ---------------------------------------------------------------- Asia

F(
    "Xinhua: Afghan returnees from Pakistan receive aid in Nangarhar",
    "KABUL, {{Nov. 5}} (Xinhua) -- [[Around 2,000 Afghan refugees|returned;a=local officials]] returned home from Pakistan through the Torkham crossing on Sunday, local officials said, as the deadline given by Islamabad to undocumented foreigners expired. "
    "[[Over 9,000 families|aid]] have received food packages and temporary shelter in the camps set up in the Momand Dara district since {{Oct. 1}}.",
)

F(
    "Bernama: southern Thailand bomb attack injures rangers",
    "BANGKOK, {{May 4}} (Bernama) -- [[Five paramilitary rangers|injured;a=Narathiwat police]] were injured when a bomb exploded near their patrol vehicle in Rueso district of Narathiwat province on Saturday morning, Narathiwat police said. "
    "The police said [[between 20 and 30 rangers|combatants;a=The police;alt=Narathiwat police]] have been deployed to search for [[3 suspects|other;a=The police;alt=Narathiwat police]] believed to be members of the insurgent group.",
)

F(
    "Xinhua: Philippine troops clash with communist rebels",
    "MANILA, {{Jan. 24}} (Xinhua) -- [[Nine New People's Army (NPA) rebels|killed;a=the Armed Forces of the Philippines (AFP)]] were killed in a clash with government troops in Balbalan town in Kalinga province, the Armed Forces of the Philippines (AFP) said on Wednesday. "
    "The military said [[some 30 rebels|combatants;a=The military;alt=the Armed Forces of the Philippines (AFP)]] were encountered by soldiers, and that [[12 high-powered firearms|other;a=The military;alt=the Armed Forces of the Philippines (AFP)]] were recovered.",
)

F(
    "Kyodo: Japanese aid worker among hostages freed in Afghanistan",
    "TOKYO, {{Feb. 2}} (Kyodo) -- A Japanese aid worker abducted in eastern Afghanistan has been freed along with [[four Afghan colleagues|kidnapped;a=the Foreign Ministry]], the Foreign Ministry said Friday.",
)

F(
    "Yonhap: North Korean defectors arrive in South Korea",
    "SEOUL, {{Jan. 18}} (Yonhap) -- [[A total of 236 North Korean defectors|displaced;a=the unification ministry]] arrived in South Korea last year, up from [[196|displaced;a=the unification ministry]] the previous year, the unification ministry said Thursday. "
    "[[Some 34,000 North Koreans|displaced;a=the ministry;alt=the unification ministry]] have resettled in the South since the late {{1990s}}, the ministry said.",
)

F(
    "Xinhua: India's Manipur violence displaces thousands, says chief minister",
    "NEW DELHI, {{May 8}} (Xinhua) -- [[At least 60 people|killed;a=the chief minister of Manipur]] have been killed and [[231|injured;a=the chief minister of Manipur]] injured in the ethnic clashes in India's northeastern state of Manipur, the chief minister of Manipur said on Monday. "
    "The chief minister said [[1,700 houses|housing;a=The chief minister;alt=the chief minister of Manipur]] were burned, and [[over 35,000 people|displaced;a=The chief minister;alt=the chief minister of Manipur]] are sheltering in [[more than 200 relief camps|capacity;a=The chief minister;alt=the chief minister of Manipur]].",
)

F(
    "Bernama: Rohingya refugees land in Aceh, locals refuse shelter",
    "JAKARTA, {{Nov. 20}} (Bernama) -- [[About 250 Rohingya refugees|displaced;a=UNHCR Indonesia]] landed on the coast of Bireuen in Aceh province on Sunday after local residents refused them, and [[more than 1,000|displaced;a=UNHCR Indonesia]] have arrived in the province in one week, according to UNHCR Indonesia.",
)

F(
    "Xinhua: Myanmar military says ethnic armed groups attacked Lashio",
    "YANGON, {{July 29}} (Xinhua) -- [[Less than 100 residents|civilians;a=the State Administration Council's information team]] remained in Lashio town after the fighting, while the others fled, the State Administration Council's information team said. "
    "It said [[14 civilians|killed;a=the State Administration Council's information team]] were killed and a hospital and [[3 schools|housing;a=the State Administration Council's information team]] were damaged.",
)

# ---------------------------------------------------------------- Sahel, Great Lakes, Horn, translated from French

F(
    "AFP-translated: attack on Barsalogho, volunteers and civilians killed",
    "According to concordant security sources, [[several hundred people|killed;a=concordant security sources]], mostly civilians requisitioned to dig trenches around the town, were killed on Saturday in the attack claimed by the JNIM, while [[more than 140 wounded|injured;a=a local health worker;n=wounded]] were evacuated to Kaya, a local health worker affirmed. "
    "The Government has not communicated an official toll.",
)

F(
    "Mali: armed forces communique on attack against Boulkessi camp",
    "The General Staff of the Armies informs the public opinion that the camp of Boulkessi was the object of a complex attack by [[about 100 terrorists|combatants;a=The General Staff of the Armies]] on board of [[some 30 motorcycles|other;a=The General Staff of the Armies]] and [[4 vehicles|other;a=The General Staff of the Armies]] packed with explosives. "
    "The provisional toll is [[30 terrorists|killed]] neutralized on the FAMa side and, unfortunately, [[11 soldiers|killed]] fallen on the field of honour and [[16 wounded|injured;n=wounded]].",
)

F(
    "MONUSCO: presumed ADF attack on village in Lubero territory",
    "The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) informs that [[no fewer than 35 civilians|killed;a=The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO)]] were killed with machetes and firearms by presumed ADF elements in the village of Mayikengo during the night of {{12 to 13 June}}. "
    "[[Around twenty houses|housing;a=the civil society of Lubero]] were burned and an undetermined number of inhabitants were taken hostage, according to the civil society of Lubero.",
)

F(
    "UNHCR Chad: Central African refugees arrive in Logone Oriental",
    "The United Nations High Commissioner for Refugees (UNHCR) in Chad reports that [[more than 7,000 Central African refugees|displaced;a=The United Nations High Commissioner for Refugees (UNHCR) in Chad]] have arrived since {{1 January}} in the locality of Mbitoye, in the Logone Oriental province, fleeing the exactions of the armed groups. "
    "The new arrivals are hosted by [[5 host villages|other]], which already count [[3 000 inhabitants|civilians]].",
)

F(
    "AFP-translated: kidnapping of students in Kaduna state",
    "[[More than 280 pupils|kidnapped;a=the Government of Kaduna State]] were kidnapped on Thursday morning by armed men at the primary and secondary school of Kuriga, in the northwest of Nigeria, the Government of Kaduna State indicated, correcting a first toll of [[287|kidnapped;a=a teacher]] given by a teacher. "
    "A teacher was also taken, and [[one|killed;a=local sources]] of the people of the community who tried to resist was shot dead, according to local sources.",
)

F(
    "ENA: Ethiopian National Defense Force says Fano extremists surrendered",
    "Addis Ababa, (ENA) - The Head of the Northern Command of the Ethiopian National Defense Force (ENDF) said that [[over 1,300 members|combatants;a=The Head of the Northern Command of the Ethiopian National Defense Force (ENDF)]] of the extremist Fano group have surrendered with their weapons in the past {{two weeks}}, and that [[more than 400 extremists|killed;a=The Head of the Northern Command of the Ethiopian National Defense Force (ENDF)]] were killed in the operations. "
    "He said [[close to 800 AK-47 rifles|other;a=The Head of the Northern Command of the Ethiopian National Defense Force (ENDF)]] were collected.",
)

F(
    "SUNA: Sennar State receives displaced citizens from Sinja",
    "Sennar, (SUNA) - The Humanitarian Aid Commission in Sennar State said that [[about 57 thousand persons|displaced;a=The Humanitarian Aid Commission in Sennar State]] arrived in the localities of Sennar and Dinder after the attack of the terrorist militia on Sinja and Abu Hujar, and that [[no less than 150 citizens|kidnapped;a=The Humanitarian Aid Commission in Sennar State]] were abducted by the militia in the villages. "
    "The Commission indicated that it opened [[23 shelter centres|capacity;a=The Commission;alt=The Humanitarian Aid Commission in Sennar State]] in the schools and that the shelters need food, mattresses and mosquito nets.",
)

F(
    "SUNA: Sovereign Council member receives returnees from Egypt",
    "Port Sudan, (SUNA) - A Member of the Sovereignty Council received in Atbara the first train carrying [[about 1 200 returnees|returned;a=the Railway Corporation]] from Egypt via Wadi Halfa, and the Railway Corporation said [[3 more trains|other;p;u=other;a=the Railway Corporation]] will transport [[up to 4,000 citizens|returned;p;a=the Railway Corporation]] next week.",
)

F(
    "Xinhua: gunmen abduct passengers in northern Nigeria",
    "ABUJA, {{Feb. 14}} (Xinhua) -- Gunmen abducted [[at least 30 passengers|kidnapped;a=the state police spokesperson]] traveling on a highway in Nigeria's northwestern state of Zamfara, the state police spokesperson said Tuesday, adding that [[2 drivers|killed;a=the state police spokesperson]] were shot dead. "
    "Security forces rescued [[11|kidnapped]] of the abducted passengers on Wednesday.",
)

F(
    "Xinhua: Kenya police arrest suspects after Lamu attack",
    "NAIROBI, {{Jan. 6}} (Xinhua) -- Kenyan police arrested [[8 suspects|arrested;a=the regional police commander]] linked to the al-Shabaab attack on a village in Lamu County in which [[5 people|killed;a=the regional police commander]] were killed and [[6 houses|housing;a=the regional police commander]] were set on fire, the regional police commander said Saturday. "
    "He said [[about 200 security officers|combatants;a=the regional police commander]] were deployed to the Boni forest to pursue the attackers.",
)
