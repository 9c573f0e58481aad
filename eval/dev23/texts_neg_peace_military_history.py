"""dev23 texts: negatives, batch 2 (peace, the military, history).

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives, batch 2 (peace, the military, history)
    (
        "Presidency of Colombia: final peace agreement signed with the FARC-EP",
        "The Government of Colombia and the FARC-EP signed the final agreement for the termination of the conflict in Bogotá on 24 November 2016, the Presidency said. The new text includes changes proposed after the October referendum. The agreement will now be submitted to Congress for endorsement.",
        "peace",
    ),
    (
        "African Union: Ethiopia and TPLF agree permanent cessation of hostilities",
        "The African Union Commission announced that the federal government and the TPLF put their signatures to a deal in South Africa's capital on 2 November 2022. Under it, the two sides commit to silence the guns for good, disarm the Tigrayan forces, reconnect banking, power and telecoms, and let relief flow freely. The AU High Representative spoke of a new dawn.",
        "peace",
    ),
    (
        "Joint statement by the United States and France on the cessation of hostilities in Lebanon",
        "The cessation of hostilities between Israel and Lebanon will take effect at 4:00 local time on 27 November 2024, the two governments said. Over the next 60 days, the Lebanese Armed Forces will deploy to the south. The United States and France will work with both sides to ensure that the arrangement is fully implemented.",
        "peace",
    ),
    (
        "Jeddah Declaration of Commitment to Protect the Civilians of Sudan",
        "Representatives of the Sudanese Armed Forces and the Rapid Support Forces signed a declaration of commitment to protect civilians in Jeddah on 11 May 2023, the facilitators Saudi Arabia and the United States said. The parties committed to allow humanitarian assistance. Talks will now focus on a short-term ceasefire.",
        "peace",
    ),
    (
        "UN Special Envoy for Yemen welcomes two-month truce",
        "The parties to the conflict have responded positively to a UN proposal for a two-month truce which will start on 2 April 2022, the Special Envoy said. The truce includes the entry of fuel ships into Hodeidah port and commercial flights from Sanaa airport. The truce can be renewed with the consent of the parties.",
        "peace",
    ),
    (
        "UN: Black Sea Grain Initiative signed in Istanbul",
        "The Initiative on the safe transportation of grain and foodstuffs from Ukrainian ports was signed in Istanbul on 22 July 2022 by Ukraine, the Russian Federation and Türkiye, with the United Nations. A Joint Coordination Centre will monitor ship movements. The Secretary-General called it a beacon of hope.",
        "peace",
    ),
    (
        "Coordination Headquarters: 95 Ukrainian defenders return home in exchange",
        "Another 95 Ukrainian defenders have returned home from Russian captivity, the Coordination Headquarters for the Treatment of Prisoners of War said on 24 August 2024. The exchange was mediated by the United Arab Emirates. Among those released are soldiers who defended the Chornobyl nuclear plant. Work continues to bring everyone home.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan initial peace agreement in Washington",
        "The foreign ministers of Armenia and Azerbaijan initialled the agreed text of the peace treaty at the White House on 8 August 2025, the Armenian Ministry of Foreign Affairs said. The leaders also signed a joint declaration on opening transport links. The treaty will be signed after constitutional procedures are completed.",
        "peace",
    ),
    (
        "Ministry of Foreign Affairs of the DRC: peace agreement signed with Rwanda",
        "The Democratic Republic of the Congo and the Republic of Rwanda signed a peace agreement in Washington on 27 June 2025, the Ministry of Foreign Affairs said. The agreement provides for respect of territorial integrity and a joint security coordination mechanism. The minister thanked the United States and Qatar for their facilitation.",
        "peace",
    ),
    (
        "OPAPRU: third phase of MILF decommissioning completed",
        "The Office of the Presidential Adviser on Peace, Reconciliation and Unity announced on 15 November 2023 that a further batch of combatants of the Moro Islamic Liberation Front have been decommissioned in Maguindanao. The combatants handed over their weapons and will receive socio-economic packages. The process is part of the Comprehensive Agreement on the Bangsamoro.",
        "peace",
    ),
    (
        "IGAD: revitalised peace agreement signed in Addis Ababa",
        "President Salva Kiir and Riek Machar signed the Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan on 12 September 2018, IGAD said. The agreement provides for a transitional government and the unification of forces. The heads of state of the region witnessed the signing.",
        "peace",
    ),
    (
        "African Union welcomes the Khartoum peace agreement for CAR",
        "The African Union welcomes the initialling in Khartoum on 5 February 2019 of the Political Agreement for Peace and Reconciliation between the Government of the Central African Republic and 14 armed groups, the Commission Chairperson said. The agreement will be signed in Bangui. The AU calls on all parties to implement it in good faith.",
        "peace",
    ),
    (
        "Government of Mozambique: last Renamo base closed",
        "The last military base of Renamo, in Vunduzi, Gorongosa, was closed on 15 June 2023, marking the end of the disarmament and reintegration of former guerrillas, the Presidency said. In total 5,221 former combatants have been demobilised. The President thanked the international partners who supported the process.",
        "peace",
    ),
    (
        "US Department of State: agreement for bringing peace to Afghanistan",
        "The United States and the Taliban signed an agreement in Doha on 29 February 2020, the Department of State said. The United States will reduce its forces in Afghanistan within 135 days, and the Taliban commit not to allow Afghan soil to be used against the security of the United States. Intra-Afghan negotiations will begin on 10 March.",
        "peace",
    ),
    (
        "Security Council extends mandate of UNMISS for one year",
        "The Security Council on 30 April 2024 extended the mandate of the UN Mission in South Sudan until 30 April 2025, unanimously adopting resolution 2729. The Council maintained the mission's authorised troop ceiling of 17,000. The mandate focuses on the protection of civilians and support for the peace process ahead of elections.",
        "peace",
    ),
    (
        "Ethiopian Prime Minister's Office: the state of war with Eritrea has ended",
        "Prime Minister Abiy Ahmed and President Isaias Afwerki signed a Joint Declaration of Peace and Friendship in Asmara on 9 July 2018, the Office of the Prime Minister said. The state of war that has existed between the two countries has come to an end. Telephone links and flights between the two capitals will resume.",
        "peace",
    ),
    (
        "Malaysian facilitator: talks between Thailand and BRN resume",
        "The Malaysian facilitator announced that the peace dialogue panel of the Thai government and the Barisan Revolusi Nasional met in Kuala Lumpur on 6 and 7 February 2024. The parties agreed on a joint comprehensive plan towards peace, covering reduction of violence and public consultation. The next round will be held in April.",
        "peace",
    ),
    (
        "Colombian government and ELN agree national bilateral ceasefire",
        "The national bilateral ceasefire between the Government and the ELN will come into force on 3 August 2023 for 180 days, the government peace delegation said in Havana. A monitoring mechanism with the United Nations and the Church will verify compliance. The delegations will now discuss the participation of society in the peace process.",
        "peace",
    ),
    (
        "UNSMIL: Libyan parties sign permanent ceasefire in Geneva",
        "The 5+5 Joint Military Commission signed a permanent ceasefire agreement in Geneva on 23 October 2020, the UN Support Mission in Libya said. All foreign fighters and mercenaries are to leave Libya within three months, and military units are to return to their camps. Commercial flights between Tripoli and Benghazi will resume.",
        "peace",
    ),
    (
        "Government of Sudan: Juba peace agreement signed with armed movements",
        "The transitional government signed the Juba Peace Agreement with the Sudan Revolutionary Front on 3 October 2020, the Council of Ministers said. The agreement covers power sharing, land, the return of displaced people and the integration of forces. The signing was attended by leaders of the region.",
        "peace",
    ),
    (
        "Polish Ministry of National Defence: contract for K2 tanks signed",
        "The Armament Agency signed an executive contract for 180 K2 tanks with Hyundai Rotem on 26 August 2022, the Ministry of National Defence said. The first tanks will be delivered this year. The contract also covers training, logistics and ammunition. The minister said the purchase will strengthen the army's eastern units.",
        "military",
    ),
    (
        "Japan Ministry of Defense: record defence budget approved",
        "The Cabinet approved a defence budget of 6.8 trillion yen for fiscal 2023, the Ministry of Defense said on 23 December 2022. The budget includes funds for Tomahawk cruise missiles and for strengthening stand-off defence capabilities. It is the first year of a five-year plan to build up defence capabilities.",
        "military",
    ),
    (
        "NATO: Steadfast Defender 2024 to begin",
        "Around 90,000 troops from all 31 Allies and Sweden will take part in exercise Steadfast Defender 2024 from February to May, NATO said on 18 January 2024. The exercise will rehearse the reinforcement of the Euro-Atlantic area across the Atlantic. More than 50 ships and 80 aircraft will take part. It is NATO's largest exercise in decades.",
        "military",
    ),
    (
        "Republic of Korea Joint Chiefs of Staff: Freedom Shield exercise begins",
        "The combined exercise Freedom Shield 23 began on 13 March 2023 and will run for 11 days, the Joint Chiefs of Staff said. The Republic of Korea and United States forces will conduct large-scale field training, including amphibious landing drills. The exercise is defensive in nature.",
        "military",
    ),
    (
        "Chinese Ministry of National Defense: joint naval exercise with Russia",
        "Chinese and Russian naval vessels will conduct the Northern/Interaction-2023 exercise in the Sea of Japan in July 2023, the Ministry of National Defense said. The exercise aims to safeguard the security of strategic waterways. It is not directed at any third party.",
        "military",
    ),
    (
        "Ministry of Defence: Republic Day parade showcases women contingents",
        "The Republic Day parade on Kartavya Path on 26 January 2024 featured contingents made up entirely of women from the three services, the Ministry of Defence said. Tanks, missile systems and drones rolled past the saluting base, and the Air Force flypast included 54 aircraft. The President took the salute.",
        "military",
    ),
    (
        "Élysée: Bastille Day parade with American troops",
        "American troops opened the military parade on the Champs-Élysées on 14 July 2017, marking the centenary of the United States' entry into the First World War, the Élysée said. Some 3,700 soldiers, 211 vehicles and 63 aircraft took part. President Trump attended as guest of honour.",
        "military",
    ),
    (
        "British Army launches new recruitment campaign",
        "The British Army has launched its latest recruitment campaign, aimed at young people aged 16 to 24, the Ministry of Defence said in January 2019. The campaign says the Army values compassion, self-belief and drive. The army is trying to fill a shortfall of several thousand soldiers.",
        "military",
    ),
    (
        "Australian Government: optimal pathway for nuclear-powered submarines",
        "Australia will acquire nuclear-powered submarines through the AUKUS partnership, the Prime Minister and Defence Minister said in San Diego on 14 March 2023. From the early 2030s, Australia will buy three Virginia-class submarines from the United States. The program will create around 20,000 jobs over 30 years.",
        "military",
    ),
    (
        "German Federal Ministry of Defence: Leopard 2 tanks to be supplied to Ukraine",
        "The Federal Government has decided to provide Ukraine with a company of Leopard 2 A6 battle tanks from Bundeswehr stocks, the Ministry of Defence said on 25 January 2023. Training of Ukrainian crews will start quickly in Germany. Partner countries will also be allowed to deliver their tanks.",
        "military",
    ),
    (
        "UNMAS: Iraqi deminers complete advanced training course",
        "Twenty-four Iraqi deminers graduated from an advanced explosive ordnance disposal course in Baghdad on 12 October 2021, the UN Mine Action Service said. The six-week course covered the safe handling of improvised devices and the marking of contaminated areas. The graduates will join the teams of the Directorate of Mine Action.",
        "military",
    ),
    (
        "CMAC: first demining dogs from Cambodia trained for Ukraine",
        "The Cambodian Mine Action Centre completed a training course for 15 Ukrainian deminers in Battambang province on 23 February 2023, the centre said. The trainees learned to use mine-detection equipment and to handle dogs trained to detect explosives. Japan funded the programme.",
        "military",
    ),
    (
        "Japan Ministry of Defense: ballistic missile fell outside the EEZ",
        "North Korea launched a ballistic missile eastward from near Pyongyang at around 7:40 on 17 December 2023, the Ministry of Defense said. The missile flew for about 77 minutes and fell into the Sea of Japan outside Japan's exclusive economic zone. No damage to ships or aircraft has been confirmed. Japan has protested through diplomatic channels.",
        "military",
    ),
    (
        "Government of Sweden: Sweden becomes a member of NATO",
        "Sweden became the 32nd member of the North Atlantic Treaty Organization on 7 March 2024, when the Prime Minister deposited the instrument of accession in Washington, the government said. Sweden will contribute to NATO's collective defence. The Swedish flag will be raised at NATO headquarters on Monday.",
        "military",
    ),
    (
        "Armed Forces of the Philippines: Balikatan 2024 is the largest ever",
        "More than 16,000 Philippine and US troops, with French and Australian forces, are taking part in exercise Balikatan from 22 April to 10 May 2024, the AFP said. The exercise includes a maritime drill beyond the country's territorial waters and the sinking of a decommissioned ship as target. The exercise is not directed at any country.",
        "military",
    ),
    (
        "Kenya Defence Forces: warning about fake recruitment agents",
        "The Kenya Defence Forces will hold its recruitment exercise across the country from 20 November 2023, the Ministry of Defence said. Candidates are warned that recruitment is free and that anyone asking for money is a fraudster. Applicants must be Kenyan citizens aged between 18 and 26.",
        "military",
    ),
    (
        "Federal Ministry of Defence: new military service law adopted by cabinet",
        "The Federal Cabinet adopted the draft law on a new military service on 27 August 2025, the Federal Ministry of Defence said. From 2026, all young men will be asked to complete a questionnaire about their willingness to serve. Service will remain voluntary for now. The Bundeswehr aims to grow to 260,000 active soldiers.",
        "military",
    ),
    (
        "Nigerian Air Force receives A-29 Super Tucano aircraft",
        "The Nigerian Air Force inducted 12 A-29 Super Tucano aircraft at a ceremony in Kaduna on 31 August 2021, the Air Force said. The aircraft will boost the service's capacity in close air support and surveillance. Nigerian pilots and technicians were trained in the United States.",
        "military",
    ),
    (
        "US Southern Command: hospital ship Comfort arrives in Colombia",
        "The hospital ship USNS Comfort arrived in Riohacha, Colombia, on 26 November 2018 as part of its mission to support countries receiving Venezuelan migrants, US Southern Command said. Military and civilian medical teams will treat patients at two land sites. The ship has treated more than 20,000 people during the deployment.",
        "military",
    ),
    (
        "Ghana Armed Forces: peacekeeping exercise at Bundase",
        "The Ghana Armed Forces, with partners from 12 countries, held a peacekeeping field exercise at the Bundase Training Camp in September 2024, the Ghana Armed Forces said. Troops rehearsed convoy protection and the protection of civilians in a mission scenario. The exercise prepares battalions for deployment to UN missions.",
        "military",
    ),
    (
        "Government of Rwanda: Kwibuka30 commemoration begins",
        "Rwanda began the 30th commemoration of the 1994 Genocide against the Tutsi on 7 April 2024, the government said. The President lit the flame of remembrance at the Kigali Genocide Memorial, where more than 250,000 victims are buried. A week of national mourning has started.",
        "history",
    ),
    (
        "City of Hiroshima: Peace Declaration on the 75th anniversary of the bombing",
        "On 6 August 2020, the 75th anniversary of the atomic bombing, the Mayor of Hiroshima read the Peace Declaration at the Peace Memorial Park. The ceremony was scaled down because of the pandemic. The Mayor called on the government to join the Treaty on the Prohibition of Nuclear Weapons.",
        "history",
    ),
    (
        "Auschwitz-Birkenau State Museum: survivors at the 80th anniversary of liberation",
        "About 50 survivors attended the commemoration of the 80th anniversary of the liberation of Auschwitz on 27 January 2025, the Memorial said. Heads of state from around the world attended. More than 1.1 million people, most of them Jews, were murdered in the camp. The survivors asked the world to remember.",
        "history",
    ),
    (
        "Ministry of the Armed Forces: 80th anniversary of the Normandy landings",
        "On 6 June 2024, the international ceremony marking the 80th anniversary of D-Day took place at Omaha Beach, the Ministry of the Armed Forces said. Around 200 veterans attended, most of them aged over 98. Heads of state and government paid tribute to the soldiers who landed on the beaches of Normandy.",
        "history",
    ),
    (
        "Ministry of Defence: Remembrance Sunday at the Cenotaph",
        "Members of the armed forces, veterans and the Royal Family gathered at the Cenotaph on 10 November 2019 to honour those who died in the First and Second World Wars and later conflicts, the Ministry of Defence said. A two-minute silence was held at 11:00. Around 10,000 veterans marched past the memorial.",
        "history",
    ),
    (
        "Frankfurt fire brigade: British bomb defused after city's largest evacuation",
        "A 1.8-tonne British aerial bomb from the Second World War, found on a building site in the Westend, was defused on 3 September 2017, the Frankfurt fire brigade said. More than 60,000 residents had left their homes, and two hospitals were evacuated. Residents have been allowed to return.",
        "history",
    ),
    (
        "Cambodian Ministry of Culture: Tuol Sleng inscribed on World Heritage List",
        "The Tuol Sleng Genocide Museum, the Choeung Ek killing fields and M-13 prison have been inscribed on the UNESCO World Heritage List, the Ministry of Culture and Fine Arts said on 11 July 2025. The sites bear witness to the crimes of the Khmer Rouge regime between 1975 and 1979. They are the first Cambodian sites related to recent history on the list.",
        "history",
    ),
    (
        "Defense POW/MIA Accounting Agency receives 55 cases from Pyongyang",
        "Fifty-five cases of remains believed to be those of US service members killed in the Korean War were returned by North Korea on 27 July 2018, the Defense POW/MIA Accounting Agency said. The remains were flown to Hawaii for identification. More than 7,600 Americans remain unaccounted for from the war.",
        "history",
    ),
    (
        "ICMP: DNA identifies further Srebrenica victims",
        "The International Commission on Missing Persons has helped identify the remains of 14 more victims of the July 1995 genocide, whose remains were exhumed from secondary graves near Zvornik, the commission said in June 2021. The victims will be buried at the Potočari Memorial Centre on 11 July. Around 1,000 people are still missing.",
        "history",
    ),
    (
        "Guatemala: forensic foundation returns remains of victims of the internal armed conflict",
        "The Guatemalan Forensic Anthropology Foundation returned the remains of 36 people to their families in Rabinal, Baja Verapaz, on 22 November 2019. The victims were killed in massacres in 1982 and buried in clandestine graves. The communities held a Mayan ceremony before the burial.",
        "history",
    ),
    (
        "USAID completes dioxin cleanup at Bien Hoa airbase",
        "USAID and the Vietnamese Ministry of Defence marked the completion of the first phase of dioxin remediation at Bien Hoa airbase on 21 May 2024, the agency said. The herbicide Agent Orange was stored at the base during the war. More than 150,000 cubic metres of soil have been treated.",
        "history",
    ),
    (
        "UXO Lao: more than 20,000 cluster submunitions cleared this year",
        "UXO Lao teams found and destroyed 21,300 items of unexploded ordnance in 2018, most of them cluster submunitions dropped during the Indochina war, the national clearance operator said. About 80 million bomblets did not explode. Teams cleared 2,800 hectares of farmland in nine provinces.",
        "history",
    ),
    (
        "Élysée: centenary of the armistice of 11 November 1918",
        "Some 70 heads of state and government gathered at the Arc de Triomphe on 11 November 2018 to mark the centenary of the armistice that ended the First World War, the Élysée said. Bells rang across France at 11:00. The President called on leaders to reject nationalism.",
        "history",
    ),
    (
        "Northern Ireland Office: 25 years since the Good Friday Agreement",
        "The Northern Ireland Office marked the 25th anniversary of the Belfast/Good Friday Agreement on 10 April 2023. The agreement was signed on 10 April 1998 and ended three decades of conflict known as the Troubles, in which more than 3,500 people died. The US President visited Belfast for the anniversary.",
        "history",
    ),
    (
        "Argentine Ministry of Defence: 40 years since the Malvinas war",
        "Argentina marked the 40th anniversary of the Malvinas war on 2 April 2022, the Ministry of Defence said. The President led the ceremony in Ushuaia in honour of the 649 Argentine soldiers who died in the conflict. Veterans marched through the city.",
        "history",
    ),
]
