"""dev57 negatives: the memory of past wars in state-media idiom: Victory Day and its parades,
martyrs' days, anniversaries of wars that have ended, repatriated remains, war memorials, veterans'
pensions and benefits, mine clearance and unexploded ordnance years later; kinds
hard_negative_history and (veterans' benefits) hard_negative_military.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Victory Parade on Red Square marks 80th anniversary of the Great Victory",
        "The military parade marking the 80th anniversary of Victory in the Great Patriotic War of "
        "1941-1945 was held on Red Square on Friday, with more than 11,000 servicemen and 180 "
        "pieces of equipment taking part, TASS reported. Participants of the special military "
        "operation marched in a separate column, and the parade ended with a flypast of aircraft "
        "painting the sky in the colours of the national flag. Leaders of 27 countries attended, "
        "and after the parade the guests laid flowers at the Tomb of the Unknown Soldier. Units "
        "from China, Vietnam, Egypt and other countries also marched across the square. Security "
        "was tight in the capital, and mobile internet was restricted in the city centre during "
        "the parade.",
        "history",
    ),
    (
        "Grand parade in Ho Chi Minh City celebrates 50 years of national reunification",
        "A grand parade and march involving some 13,000 people from the armed forces and all walks "
        "of life took place along Le Duan Boulevard in Ho Chi Minh City on Wednesday morning to "
        "celebrate the 50th anniversary of the Liberation of the South and National Reunification, "
        "the Vietnam News Agency reported. The General Secretary of the Communist Party said the "
        "victory of 30 April 1975 had ended 30 years of struggle for national liberation. "
        "Helicopters carrying the national flag and the Party flag flew over the city, and Lao and "
        "Cambodian troops marched alongside Vietnamese units.",
        "history",
    ),
    (
        "Victory Day: military parade in Shusha marks the liberation of Karabakh",
        "A ceremonial military parade was held in Shusha on Victory Day, 8 November, marking the "
        "fourth anniversary of the victory in the 44-day Patriotic War, AZERTAC reported. The "
        "Supreme Commander-in-Chief visited the Alley of Martyrs in Baku and laid a wreath, and at "
        "noon a minute of silence was observed across the country. In Shusha, the Azerbaijani flag "
        "was raised over the Yukhari Govhar Agha mosque, and the Victory Museum received new "
        "exhibits.",
        "history",
    ),
    (
        "Youm-e-Shuhada observed at GHQ to honour martyrs of the armed forces",
        "Youm-e-Shuhada was observed with solemnity at the General Headquarters in Rawalpindi to "
        "pay tribute to the martyrs of the armed forces and law enforcement agencies, ISPR said. "
        "The Chief of Army Staff laid a floral wreath at the Yadgar-e-Shuhada and met families of "
        "shuhada, saying the nation would never forget the sacrifices of its brave sons who laid "
        "down their lives for the motherland. Similar ceremonies were held at garrisons across the "
        "country. ISPR said more than 2,000 family members of shuhada attended the ceremonies.",
        "history",
    ),
    (
        "Defence and Martyrs Day: nation pays tribute to heroes of 1965 war",
        "The nation observed Defence and Martyrs Day on Saturday with traditional zeal to pay "
        "homage to the martyrs and ghazis of the 1965 war, APP reported. The day began with 31-gun "
        "salutes in the federal capital and 21-gun salutes in the provincial capitals, and the "
        "change of guard ceremony was held at the mausoleum of the Quaid-e-Azam in Karachi. "
        "Exhibitions of military equipment were arranged in major cities, and special prayers were "
        "offered for the security of the country.",
        "history",
    ),
    (
        "Kargil Vijay Diwas: Prime Minister pays tribute at Drass war memorial",
        "The Prime Minister paid tribute to the soldiers who laid down their lives in the 1999 "
        "Kargil war at the war memorial in Drass on the 25th anniversary of Kargil Vijay Diwas, "
        "PTI reported. 'Pakistan has never succeeded in its nefarious designs,' he said, "
        "addressing families of the fallen and veterans of the war. He also initiated by video "
        "link the first blast of the Shinku La tunnel project. India won the war in July 1999 "
        "after recapturing the heights that intruders from Pakistan had occupied.",
        "history",
    ),
    (
        "Armed forces parade opens Sacred Defence Week in Tehran",
        "A parade of the armed forces in front of the mausoleum of Imam Khomeini opened the Sacred "
        "Defence Week on Sunday, marking the anniversary of the start of the eight-year war "
        "imposed on Iran by the Baathist regime of Saddam in 1980, IRNA reported. Units of the "
        "army, the IRGC, the Basij and the police took part, and missiles, drones and air defence "
        "systems were displayed. The President said the Islamic Republic had learned from the "
        "imposed war that it must rely on its own defensive power.",
        "history",
    ),
    (
        "Egypt celebrates 50th anniversary of October War victory",
        "Egypt celebrated the golden jubilee of the October 1973 victory with a ceremony at the "
        "Al-Manara International Conference Centre attended by the President, the Supreme "
        "Commander of the Armed Forces, MENA reported. A documentary recounted the crossing of the "
        "Suez Canal and the destruction of the Bar Lev line, and the President honoured veterans "
        "of the war and the families of its martyrs. Celebrations were held in all governorates, "
        "and museums opened free of charge to the public.",
        "history",
    ),
    (
        "UAE observes Commemoration Day in tribute to its martyrs",
        "The United Arab Emirates observed Commemoration Day on 30 November in tribute to the "
        "sacrifices of its martyrs, WAM reported. A minute of silence was observed at 11.30 in the "
        "morning across the country, and flags were flown at half-mast until noon, then raised to "
        "full mast for the rest of the day. The President said the martyrs' sacrifices would "
        "remain a beacon for future generations, and Wahat Al Karama, the national memorial in Abu "
        "Dhabi, welcomed thousands of visitors.",
        "history",
    ),
    (
        "Canakkale Naval Victory marked on its 109th anniversary",
        "The 109th anniversary of the Canakkale Naval Victory and Martyrs' Remembrance Day was "
        "commemorated with ceremonies at the Canakkale Martyrs' Memorial on the Gallipoli "
        "peninsula on Monday, Anadolu Agency reported. Ministers, commanders and thousands of "
        "citizens attended, and wreaths were laid for the soldiers who fell in 1915. Students read "
        "letters written by soldiers at the front to their families, and a 21-gun salute was "
        "fired.",
        "history",
    ),
    (
        "Adwa Victory celebrated with ceremony at the new Adwa Victory Memorial",
        "The 128th anniversary of the Victory of Adwa was celebrated at the newly inaugurated Adwa "
        "Victory Memorial in Addis Ababa with military parades and cultural performances, the "
        "Ethiopian News Agency reported. Speakers said the victory over the Italian colonial army "
        "in 1896 was a symbol of freedom for all black peoples and an example of unity for today's "
        "generation. Thousands of people, many in traditional clothing, marched from Menelik "
        "Square.",
        "history",
    ),
    (
        "Remains of 25 Chinese People's Volunteers return home from ROK",
        "The remains of 25 Chinese People's Volunteers killed in the War to Resist US Aggression "
        "and Aid Korea were handed over in a ceremony at Incheon International Airport and flown "
        "home to Shenyang on a Chinese air force plane escorted by fighter jets, Xinhua reported. "
        "It was the 11th such handover since 2014, bringing the total returned to 963. A memorial "
        "service will be held at the cemetery for the martyrs of the war in Shenyang on Friday.",
        "history",
    ),
    (
        "Armed Forces Remembrance Day: President lays wreath at National Arcade",
        "The President laid a wreath at the National Arcade in Abuja to mark the 2025 Armed Forces "
        "Remembrance Day, in honour of fallen heroes of the two world wars, the civil war and "
        "peacekeeping missions, the News Agency of Nigeria reported. He released white pigeons as "
        "a symbol of peace and signed the remembrance register. Veterans' associations appealed "
        "for the prompt payment of their pensions.",
        "history",
    ),
    (
        "National War Heroes Day commemorated 16 years after the end of the war",
        "The 16th National War Heroes Day was commemorated at the National War Heroes Monument in "
        "Battaramulla on Monday, in memory of members of the armed forces and police who died "
        "during the 30-year conflict that ended in May 2009, the Department of Government "
        "Information said. The President said the country would never forget their sacrifice, and "
        "the names of the fallen were read out. Promotions were announced for service personnel.",
        "history",
    ),
    (
        "Sirens sound across Israel on Memorial Day for fallen soldiers and victims of terror",
        "A two-minute siren sounded across Israel at 11 on Monday morning as the country stood "
        "still for Memorial Day for Israel's Fallen Soldiers and Victims of Terrorism, the IDF "
        "said. Drivers stopped their cars on highways and stood beside them, and ceremonies were "
        "held at 52 military cemeteries. Bereaved families laid wreaths at the graves, and the day "
        "ends in the evening with the transition to Independence Day celebrations.",
        "history",
    ),
    (
        "Algeria celebrates 70th anniversary of the outbreak of the Liberation Revolution",
        "Algeria celebrated the 70th anniversary of the outbreak of the Glorious Liberation "
        "Revolution of 1 November 1954 with a grand military parade on the road leading to the "
        "Great Mosque of Algiers, APS reported. Some 4,000 soldiers and new equipment, including "
        "air defence systems and drones, were presented, and the President received delegations "
        "from friendly countries. At midnight, sirens sounded across the country in honour of the "
        "martyrs of the war of independence.",
        "history",
    ),
    (
        "State Duma passes law extending veterans' benefits to special military operation "
        "participants",
        "The State Duma passed in its third reading a law granting participants of the special "
        "military operation the status of combat veterans with monthly payments, tax benefits and "
        "priority medical care, RIA Novosti reported. The benefits will also apply to volunteers "
        "and members of Rosgvardia who served in the new regions, the bill's authors said. Family "
        "members will receive priority admission to universities and free meals for children at "
        "school.",
        "military",
    ),
    (
        "Quang Tri teams destroy 1,700 wartime bombs and shells in first half of year",
        "Explosive ordnance disposal teams in Quang Tri province found and destroyed more than "
        "1,700 bombs, mines and shells left over from the war in the first six months of the year, "
        "the provincial military command said, according to the Vietnam News Agency. Nearly 50 "
        "years after the war ended, about 83 percent of the province's land is still believed to "
        "be contaminated with unexploded ordnance, the command said. Teams from Project RENEW also "
        "taught 6,000 pupils how to recognise and report bombs.",
        "history",
    ),
    (
        "Two deminers killed by anti-tank mine in Aghdam, ANAMA says",
        "Two employees of the Mine Action Agency of the Republic of Azerbaijan were killed and one "
        "injured when their vehicle struck an anti-tank mine while clearing an area near the "
        "village of Garagashli in Aghdam district on Friday, ANAMA said. Since the end of the 2020 "
        "war, 379 people, civilians and servicemen, have been killed or injured by mines in the "
        "liberated territories, the agency said, blaming Armenia for refusing to hand over "
        "accurate minefield maps. The area had been mined during the occupation of the 1990s. The "
        "agency said it had cleared 160,000 hectares since 2020 but that the work would take "
        "decades.",
        "history",
    ),
    (
        "Boy killed by wartime cluster bomblet while herding buffalo in Quang Binh",
        "A 12-year-old boy was killed and his cousin seriously injured when a cluster bomblet left "
        "from the war exploded in a field in Le Thuy district of Quang Binh province on Tuesday, "
        "the district police said. The children had found the small round object while herding "
        "buffalo and were playing with it, police said. The province has recorded more than 6,000 "
        "casualties of unexploded ordnance since the war ended in 1975. Police cordoned off the "
        "field, and a military engineering team destroyed two more bomblets found nearby.",
        "history",
    ),
]
