"""dev38 negatives: peace and reintegration, history and commemorations, the military without fighting, peaceful protest. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Operation Safe Corridor graduates 800 repentant ex-combatants",
        "The Defence Headquarters' Operation Safe Corridor has graduated 800 repentant former Boko Haram members after a programme of deradicalisation, rehabilitation and vocational training at the Mallam Sidi camp in Gombe State. The coordinator said the graduates would be handed over to their state governments for reintegration into their communities.",
        "peace",
    ),
    (
        "Repentant bandits surrender AK-47 rifles to Katsina government",
        "A group of repentant bandits has handed over 15 AK-47 rifles and over 500 rounds of ammunition to the Katsina State government at a peace meeting in Danmusa, the Commissioner for Internal Security said. The leader of the group pledged to stop attacks on communities and to embrace farming. The commissioner said the state would provide them with fertiliser and seeds under the peace initiative. Community leaders from the area witnessed the handover.",
        "peace",
    ),
    (
        "Former Abu Sayyaf members receive livelihood aid in Sulu",
        "Sixty former members of the Abu Sayyaf Group who returned to the fold of the law received livelihood packages and cash aid from the provincial government of Sulu on Friday, the Philippine News Agency reported. The Army brigade commander said Sulu had been declared free of the group's influence. Each of the former members also received a carabao and farming tools under the government's reintegration programme.",
        "peace",
    ),
    (
        "Clan elders sign reconciliation agreement in Galmudug",
        "Elders of two clans in the Galmudug state signed a reconciliation agreement in Dhusamareb on Sunday, ending a long-running dispute over grazing land and water points, SONNA reported. The state president said the agreement would be followed by the return of livestock and compensation under customary law.",
        "peace",
    ),
    (
        "Dogon and Fulani leaders sign local peace pact in Bankass",
        "Dogon and Fulani community leaders of the Bankass circle signed a local peace agreement under the auspices of the governor on Saturday, committing to the free movement of people and access to fields and markets, local radio reported. The signatories agreed to set up a joint committee to handle disputes.",
        "peace",
    ),
    (
        "Demobilised fighters receive reintegration kits in Bunia",
        "More than 300 former fighters of armed groups demobilised under the P-DDRCS received reintegration kits in Bunia on Tuesday, including tools, seeds and sewing machines, Radio Okapi reported. The provincial coordinator said the programme would also support the host communities. The beneficiaries had spent three months in a transit camp, where they received vocational training.",
        "peace",
    ),
    (
        "Government and armed group sign agreement to destroy weapons in Nariño",
        "The Colombian government and the Comuneros del Sur armed group signed an agreement in Pasto to destroy part of the group's weapons under the supervision of the United Nations, the peace commissioner said. The ceremony was attended by Indigenous and peasant leaders of the region, Prensa Latina reported.",
        "peace",
    ),
    (
        "Yemeni parties agree on prisoner exchange in Muscat talks",
        "The Yemeni government and the Ansarullah movement agreed in Muscat on the exchange of more than 800 detainees, the UN envoy's office said. The International Committee of the Red Cross will facilitate the release and transport of the detainees in the coming weeks.",
        "peace",
    ),
    (
        "Pokot and Marakwet elders hold peace caravan in Kerio Valley",
        "Elders, women leaders and youth from the Pokot and Marakwet communities held a peace caravan from Chesogon to Tot on Saturday, calling for an end to cattle rustling in the Kerio Valley. The Regional Commissioner said the government would support the reopening of schools and markets that had been closed. The caravan ended with a prayer ceremony and the slaughter of a bull as a sign of reconciliation.",
        "peace",
    ),
    (
        "Ukraine receives bodies of 909 fallen defenders",
        "The bodies of 909 fallen defenders have been returned to Ukraine as part of repatriation measures, the Coordination Headquarters for the Treatment of Prisoners of War said. Law enforcement and experts will carry out the identification of the bodies, Ukrinform reports. The International Committee of the Red Cross assisted in the repatriation.",
        "peace",
    ),
    (
        "Youm-e-Shuhada observed to pay tribute to martyrs",
        "Youm-e-Shuhada was observed across the country on Friday to pay tribute to the martyrs of the armed forces, police and civilians who laid down their lives for the defence of the motherland. The main ceremony was held at the General Headquarters in Rawalpindi, where the Chief of Army Staff laid a wreath at the Yadgar-e-Shuhada.",
        "history",
    ),
    (
        "Sacred Defence Week begins with military ceremonies nationwide",
        "The Sacred Defence Week, commemorating the eight years of resistance against the imposed war, began on Sunday with military ceremonies and visits to martyrs' cemeteries across the country, IRNA reported. Families of martyrs and veterans attended a gathering at the Behesht-e Zahra cemetery. Schools across the country also held ceremonies in honour of student martyrs.",
        "history",
    ),
    (
        "Army destroys 3,000 antipersonnel mines left from colonial era",
        "Army units destroyed a batch of 3,000 antipersonnel mines left on the Challe and Morice lines during the colonial era, the Ministry of National Defence said, APS reported. Since the start of the programme, more than 8.8 million mines have been destroyed and thousands of hectares returned to farmers.",
        "history",
    ),
    (
        "Remains of genocide victims laid to rest in Huye during Kwibuka",
        "The remains of more than 400 victims of the 1994 Genocide against the Tutsi, recently found in mass graves in Huye District, were laid to rest at the Murambi memorial during the 31st commemoration, the Rwanda News Agency reported. Survivors called for the perpetrators still at large to be brought to justice.",
        "history",
    ),
    (
        "Search teams rebury remains of 200 Red Army soldiers in Smolensk region",
        "The remains of more than 200 Red Army soldiers who fell during the Great Patriotic War were reburied at a memorial in the Smolensk region on Saturday, TASS reported. Search volunteers had found the remains in the forests near Vyazma last summer, and identified 14 of the soldiers by their medallions. Relatives of three of the identified soldiers travelled from Siberia to attend the ceremony.",
        "history",
    ),
    (
        "Syria marks anniversary of the October Liberation War",
        "Syrians marked the anniversary of the October Liberation War with ceremonies at the Tomb of the Unknown Soldier in Damascus, SANA reported. Speakers recalled the sacrifices of the martyrs of 1973 and the recovery of the city of Quneitra. Wreaths were also laid at the memorial in Quneitra. School students performed national songs.",
        "history",
    ),
    (
        "President lays wreath at National Arcade on Armed Forces Remembrance Day",
        "The President laid a wreath at the National Arcade in Abuja on Wednesday to mark the Armed Forces Remembrance Day, in honour of fallen heroes of the two world wars, the civil war and peace support operations. He also released white pigeons as a symbol of peace and signed the remembrance register. Service chiefs, members of the diplomatic corps and widows of fallen soldiers attended the ceremony.",
        "history",
    ),
    (
        "Algeria celebrates 71st anniversary of the outbreak of the liberation revolution",
        "Algeria celebrated the 71st anniversary of the outbreak of the revolution of 1 November 1954 with the raising of the flag at midnight and a wreath-laying at the Martyrs' Memorial in Algiers, APS reported. The President of the Republic recited the Fatiha in memory of the martyrs.",
        "history",
    ),
    (
        "Martyred Intellectuals Day observed in Dhaka",
        "The nation observed Martyred Intellectuals Day on Sunday, paying homage to the intellectuals killed during the 1971 Liberation War, BSS reported. People from all walks of life placed wreaths at the Martyred Intellectuals Memorial at Rayer Bazar. The President and the Chief Adviser paid tributes at the memorial in the early morning. Discussions and prayers were organised at mosques and educational institutions across the country.",
        "history",
    ),
    (
        "Passing-out parade of 150th PMA Long Course held at Kakul",
        "The passing-out parade of the 150th PMA Long Course was held at the Pakistan Military Academy in Kakul on Saturday, with the Chief of Army Staff as the reviewing officer, the ISPR said. Cadets from friendly countries also passed out, and the Sword of Honour was awarded to the battalion senior under officer.",
        "military",
    ),
    (
        "Army takes delivery of 40 armoured personnel carriers",
        "The Nigerian Army has taken delivery of 40 armoured personnel carriers to enhance its operational capability, the Chief of Army Staff said at a handover ceremony in Abuja. He said the vehicles would be deployed to units in the theatres of operation across the country.",
        "military",
    ),
    (
        "IRGC Ground Force begins large-scale drills in northwest",
        "The Ground Force of the Islamic Revolution Guards Corps began large-scale drills in the northwestern border areas on Monday, with the participation of armoured, artillery, drone and helicopter units, IRNA reported. The commander said the exercise was aimed at displaying the force's readiness to defend the country's borders.",
        "military",
    ),
    (
        "Pacific Fleet commissions new corvette in Vladivostok",
        "A new corvette armed with Kalibr cruise missiles joined the Pacific Fleet at a ceremony in Vladivostok, where the St Andrew's flag was raised on the ship, the fleet's press service told TASS. The commander said the corvette would carry out missions in the Sea of Japan after a period of training. It is the fourth ship of the series to be built at the Amur shipyard.",
        "military",
    ),
    (
        "Agni missile successfully test-fired from Odisha coast",
        "India successfully test-fired an intermediate-range ballistic missile from the APJ Abdul Kalam Island off the Odisha coast on Thursday, the Defence Ministry said. The test validated all operational and technical parameters, PTI reported. The Defence Minister congratulated the scientists of the Defence Research and Development Organisation and the Strategic Forces Command on the successful flight.",
        "military",
    ),
    (
        "Naval forces conduct live-fire exercise off Oran coast",
        "The Naval Forces conducted a tactical exercise with live ammunition off the coast of Oran, supervised by the Chief of Staff of the People's National Army, APS reported. Frigates, submarines and maritime patrol aircraft took part in the exercise, which simulated the defence of the national maritime space.",
        "military",
    ),
    (
        "KDF recruitment exercise kicks off across the country",
        "The Kenya Defence Forces recruitment exercise began on Monday at centres in all sub-counties, with thousands of youth turning up for physical tests, the Defence Ministry said. Officials warned applicants against paying bribes to anyone promising them a place in the forces. Successful candidates will report to the Recruits Training School in Eldoret next month. The exercise will run for two weeks.",
        "military",
    ),
    (
        "Defence ministry codifies new Ukrainian strike drone",
        "The Ministry of Defence of Ukraine has codified and approved for use a new domestically produced long-range strike drone, the ministry's press service said. The drone can be produced in large numbers by Ukrainian manufacturers, Ukrinform reports. More than 100 new models of domestic weapons and equipment have been codified since the start of the year, the ministry said.",
        "military",
    ),
    (
        "Chinese peacekeepers in Lebanon awarded UN Peace Medal of Honour",
        "More than 400 members of the 22nd Chinese peacekeeping contingent to Lebanon were awarded the UN Peace Medal of Honour at a ceremony in the south of the country, Xinhua reported. The contingent has cleared mines, built roads and provided medical services to local residents.",
        "military",
    ),
    (
        "Mali receives new aircraft at Bamako air base",
        "The Malian Air Force received new combat helicopters and drones during a handover ceremony at the air base of Bamako-Senou, presided over by the Minister of Defence and Veterans Affairs, ORTM reported. The minister said the acquisitions would strengthen the army's capacity to secure the national territory.",
        "military",
    ),
    (
        "New VDP recruits complete training in Kaya",
        "More than 1,500 new Volunteers for the Defence of the Homeland completed their 14-day training at the Kaya training centre on Saturday, the Burkinabe Information Agency reported. The regional governor urged the volunteers to remain disciplined and to respect human rights. The volunteers will be deployed in their communes of origin.",
        "military",
    ),
    (
        "Egyptian-Saudi joint naval exercise concludes in Red Sea",
        "The Egyptian and Saudi naval forces concluded a joint training exercise in the Red Sea with a demonstration of boarding and search operations, the Egyptian military spokesman said. The exercise aims to exchange expertise and enhance joint action between the two navies.",
        "military",
    ),
    (
        "Doctors' strike enters second week as talks stall",
        "The nationwide strike by doctors entered its second week on Monday as talks between the union and the Ministry of Health stalled over the implementation of a collective bargaining agreement. Patients were turned away from public hospitals in several counties, the union's secretary general said. Private hospitals reported a rise in patient numbers.",
        "protest",
    ),
    (
        "NLC members march peacefully in Abuja over minimum wage",
        "Members of the Nigeria Labour Congress marched peacefully from the Unity Fountain to the National Assembly in Abuja on Tuesday to demand a new minimum wage. The NLC president addressed the workers and submitted a letter to the Senate President before the crowd dispersed. Security personnel escorted the procession, which caused traffic diversions around the Three Arms Zone.",
        "protest",
    ),
    (
        "Traders observe shutter-down strike against new taxes",
        "Traders observed a complete shutter-down strike across major cities on Saturday against new taxes in the federal budget, with markets in Karachi, Lahore and Peshawar remaining closed. The traders' association said the strike was peaceful and called for talks with the government.",
        "protest",
    ),
    (
        "Garment workers form human chain in Gazipur demanding arrears",
        "Workers of a garment factory in Gazipur formed a human chain on the Dhaka-Mymensingh highway on Sunday, demanding three months of unpaid wages, BSS reported. The workers ended the programme after the factory owner promised to pay the arrears by the end of the week. Traffic on the highway was slow for about an hour during the programme.",
        "protest",
    ),
    (
        "Farmers hold tractor march on national highway in Punjab",
        "Hundreds of farmers held a tractor march on the national highway near Ambala on Wednesday, demanding a legal guarantee of minimum support prices, PTI reported. The march passed off peacefully, and traffic was diverted for several hours. The farmers' unions said they would hold another march next month if their demands were not met.",
        "protest",
    ),
    (
        "Thousands march in Havana in solidarity with Palestine",
        "Thousands of Cubans marched along the Malecón in Havana on Friday in solidarity with the Palestinian people and to demand an end to the genocide in Gaza, Prensa Latina reported. The march was led by the President and ended at the Anti-Imperialist Tribune. Students, workers and members of the Palestinian community in Cuba took part in the march.",
        "protest",
    ),
    (
        "Rallies across Iran condemn Zionist regime's crimes",
        "People across Iran took part in rallies after Friday prayers to condemn the crimes of the Zionist regime against the people of Gaza and Lebanon, IRNA reported. Participants chanted slogans and issued a resolution calling on Muslim countries to cut ties with the regime. Similar rallies were held in Mashhad, Isfahan, Tabriz and Shiraz.",
        "protest",
    ),
    (
        "Residents block highway demanding road repairs in Kasoa",
        "Residents of Kasoa blocked the Accra-Cape Coast highway with tree branches and old tyres for several hours on Monday, demanding the repair of a road they said had been abandoned for three years. Police negotiated with the protesters, who dispersed peacefully after the district chief executive addressed them. Traffic resumed in the afternoon.",
        "protest",
    ),
    (
        "University teachers stage sit-in over salary anomalies",
        "Members of the Federation of University Teachers' Associations staged a sit-in in front of the Ministry of Education on Thursday, demanding the correction of salary anomalies, the federation's president said. The protest ended after a meeting with the secretary of the ministry.",
        "protest",
    ),
    (
        "Niamey rally backs CNSP, demands departure of foreign troops",
        "Thousands of people gathered at the Seyni Kountché stadium in Niamey on Sunday in support of the National Council for the Safeguard of the Homeland and to demand the departure of foreign troops, ANP reported. The rally ended peacefully in the evening.",
        "protest",
    ),
    (
        "Agreement on Aleppo neighbourhoods takes effect as security forces deploy",
        "An agreement between the government and the Kurdish-led SDF on the Sheikh Maqsoud and Ashrafieh neighbourhoods of Aleppo took effect on Friday, with the deployment of Internal Security units at the entrances of the neighbourhoods, SANA reported. The agreement provides for the withdrawal of military units and the return of state institutions. Residents said life in the area was normal.",
        "peace",
    ),
]
