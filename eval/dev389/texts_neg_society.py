"""Negatives, part B: the army without violence, talks and exchanges, commemorations and
peaceful protest (title, text, kind code)."""

NEGATIVES = [
    (
        "Reserve+ app: men who have not updated their data face fines from next week",
        "Men of conscription age who have not updated their military registration data will "
        "face fines starting next week, the Ministry of Defence reminded. More than 4.6 "
        "million people have already updated their data, most of them through the Reserve+ "
        "mobile app, the ministry said. The app now also allows users to request a deferment "
        "without visiting a recruitment centre. Fines for violations of military registration "
        "rules range from UAH 17,000 to UAH 25,500. Deputy Defence Minister Kateryna "
        "Chernohorenko told Suspilne that the system was checked against the registers of the "
        "Pension Fund and the tax service. Lawyers advise men abroad to update their data "
        "through the app as well, since consulates no longer issue passports without it. "
        "Recruitment centres will continue to work with those who cannot use the app.",
        "military",
    ),
    (
        "Second batch of F-16s arrives in Ukraine, Air Force confirms",
        "A second batch of F-16 fighter jets from the Netherlands has arrived in Ukraine, the "
        "Air Force spokesperson Yurii Ihnat told the Kyiv Independent. He did not specify the "
        "number of aircraft for security reasons. Ukrainian pilots who completed training in "
        "Romania and the United States will fly the new jets. Defence Minister Rustem Umerov "
        "thanked the Dutch government and said that the coalition of countries supporting the "
        "F-16 programme had grown to 14. Norway and Denmark are also expected to deliver "
        "aircraft by the end of the year. Experts say maintenance and spare parts remain the "
        "main challenges. 'Each aircraft is a complex system, not just a plane,' Ihnat said. "
        "The first F-16s arrived in Ukraine last summer. Ukrainian officials have said the "
        "country needs at least 128 of the aircraft.",
        "military",
    ),
    (
        "Ukraine produced 2 million FPV drones this year, Brave1 says",
        "Ukrainian manufacturers produced about 2 million FPV drones this year, according to "
        "the defence technology cluster Brave1. Deputy Prime Minister Mykhailo Fedorov said "
        "that the country now has more than 500 drone manufacturers, compared with seven "
        "before the full-scale invasion. The government plans to buy 4.5 million drones next "
        "year, NV reports. Brave1 awarded grants worth UAH 250 million to 60 startups in the "
        "third quarter, including developers of electronic warfare and ground robots. "
        "Manufacturers complain about a shortage of Chinese components and slow payments from "
        "the state. Fedorov said that Ukraine was working on a 'drone line' project to create "
        "units specialised in unmanned systems. Several European companies have announced "
        "joint ventures with Ukrainian producers. Most of the drones are assembled from parts "
        "made in Ukraine, Fedorov said.",
        "military",
    ),
    (
        "Rada adds UAH 412bn to defence spending, 'the main front is financial'",
        "The Verkhovna Rada has approved amendments to this year's budget increasing defence "
        "spending by UAH 412 billion. The money will be used mainly to pay soldiers' salaries "
        "and to buy weapons, Finance Minister Serhii Marchenko said. To finance the increase, "
        "the government will raise military duty on incomes from 1.5% to 5% and increase "
        "taxes on banks. 'Today the main front is financial,' the head of the budget "
        "committee said. Opposition deputies criticised the tax increases, but voted for the "
        "defence spending. According to the ministry, the total defence budget will now "
        "exceed UAH 2.2 trillion. The decision was taken after the Ministry of Defence warned "
        "that it had run out of funds for salaries. The law now goes to the President for "
        "signature.",
        "military",
    ),
    (
        "'Contract 18-24': 1m hryvnias for young volunteers, but few sign up",
        "The Defence Ministry's programme offering young people aged 18 to 24 a one-year "
        "contract and a payment of UAH 1 million has attracted far fewer volunteers than "
        "expected, Ukrainska Pravda writes. According to the newspaper's sources, several "
        "hundred people have signed contracts in the first three months. Under the programme, "
        "volunteers receive the money in three instalments, a monthly salary of UAH 120,000 "
        "and a year's deferment from mobilisation after service. Brigades that recruit the "
        "volunteers must provide at least two months of training. Recruitment experts say "
        "young people fear that the state will not keep its promises. The ministry said it "
        "would run an advertising campaign and simplify the contract. The contracts are "
        "available in several brigades, including assault and drone units.",
        "military",
    ),
    (
        "New brigade finishes training in France, Umerov says",
        "A new mechanised brigade of the Armed Forces of Ukraine, named after Anne of Kyiv, "
        "has completed training in France, Defence Minister Rustem Umerov said. About 2,300 "
        "soldiers trained for several months at bases in eastern France, where they learned "
        "to use French Caesar howitzers and AMX-10 RC armoured vehicles. The brigade will "
        "return to Ukraine to complete its formation, the General Staff said. French "
        "President Emmanuel Macron visited the soldiers before the end of the training. "
        "Military analysts told Suspilne that the training of new brigades abroad helps to "
        "save time and resources. Questions were raised about desertion rates during the "
        "brigade's formation, which the ministry said it was investigating. Another brigade "
        "is expected to train in Poland next year.",
        "military",
    ),
    (
        "DOT-Chain Defence: soldiers can now order drones from an online marketplace",
        "The Ministry of Defence has launched an online marketplace called DOT-Chain Defence, "
        "where military units can order drones and electronic warfare equipment directly from "
        "manufacturers. Units receive points that they can spend on the platform, and "
        "delivery takes from one to two weeks, the ministry said. The pilot involved 15 "
        "brigades and more than 100 products. Defence officials say the system cuts out "
        "intermediaries and reduces corruption risks. Manufacturers praise the speed, but "
        "complain about the complicated certification. 'It is like an online shop for war,' a "
        "brigade procurement officer told NV. The ministry plans to expand the marketplace to "
        "all units next year. The ministry says the platform cuts the time between an order "
        "and delivery from months to weeks.",
        "military",
    ),
    (
        "Istanbul talks: delegations agree on exchange of seriously wounded and young prisoners",
        "The Ukrainian and Russian delegations agreed at talks in Istanbul on Monday to "
        "exchange all seriously wounded and seriously ill prisoners of war and those aged 18 "
        "to 25, the head of the Ukrainian delegation, Rustem Umerov, said. The two sides will "
        "also return the bodies of 6,000 fallen soldiers each. The talks lasted a little over "
        "an hour. Umerov said Ukraine had handed the Russian side a list of children deported "
        "to Russia and asked for their return. No agreement was reached on a ceasefire, and "
        "Russia's memorandum repeated its earlier demands. Turkish Foreign Minister Hakan "
        "Fidan said he hoped the talks would continue. Ukrinform reports that the next "
        "meeting could take place within a month. The delegations also agreed to exchange "
        "lists of civilian detainees.",
        "peace",
    ),
    (
        "Home after two years in captivity: 150 defenders return in new exchange",
        "Another 150 Ukrainian defenders returned home on Wednesday in a new prisoner "
        "exchange, the Coordination Headquarters for the Treatment of Prisoners of War said. "
        "Among them are soldiers of the National Guard, the Navy and the Territorial Defence "
        "Forces who had been in captivity for more than two years. The returned men wrapped "
        "themselves in flags and called their families from the bus, Suspilne reports. "
        "Ombudsman Dmytro Lubinets said that many of them had lost a lot of weight. The "
        "exchange was mediated by the United Arab Emirates. The released men will undergo "
        "medical examinations and rehabilitation. Relatives of other prisoners gathered at "
        "the meeting point with photos of their loved ones, hoping for news. The youngest of "
        "the released soldiers is 22 years old.",
        "peace",
    ),
    (
        "Riyadh: Ukraine and US agree on steps toward an energy ceasefire",
        "Ukrainian and American delegations agreed in Riyadh on steps toward a moratorium on "
        "strikes on energy infrastructure and safe navigation in the Black Sea, the Ministry "
        "of Defence said. Defence Minister Rustem Umerov called the talks 'productive and "
        "focused'. The US side held separate consultations with the Russian delegation. "
        "According to the White House statement, the parties would develop measures to ensure "
        "safe shipping and to ban strikes on power plants and refineries. Zelensky said "
        "Ukraine was ready to observe the agreement if Russia did the same. Analysts told NV "
        "that many questions remain about how such a ceasefire would be monitored. The next "
        "round is planned for April. Moscow said it would demand the lifting of some "
        "sanctions on its agricultural exports as part of the deal.",
        "peace",
    ),
    (
        "Qatar mediation: 11 children returned from occupied territories",
        "Eleven children have been returned to territory controlled by Ukraine from occupied "
        "areas and Russia with the mediation of Qatar, the Presidential Office said. The "
        "youngest is four years old. The children were handed over to their relatives at the "
        "border with Belarus and taken to a rehabilitation centre in Kyiv. The head of the "
        "Presidential Office thanked Qatar for its help and said that the Bring Kids Back UA "
        "initiative had so far returned more than 1,500 children. According to Ukrainian "
        "officials, Russia has deported about 19,500 children since 2022. Ombudsman Lubinets "
        "said the process remains slow and each case requires lengthy negotiations. The "
        "children will receive psychological support and help with documents. Some of them "
        "had been placed in Russian families, officials said.",
        "peace",
    ),
    (
        "Coalition of the willing meets in Paris to discuss security guarantees",
        "Leaders of the so-called coalition of the willing met in Paris on Thursday to "
        "discuss security guarantees for Ukraine after a ceasefire. Twenty-six countries have "
        "pledged to take part in a reassurance force or to support it, French President "
        "Emmanuel Macron said after the meeting. Zelensky, who attended in person, called it "
        "'the first serious step in a long time'. The plan envisages European troops "
        "stationed away from the contact line and air patrols over Ukraine. The United States "
        "has not yet specified what support it would provide. The Kremlin said any foreign "
        "troops in Ukraine would be unacceptable. Ukrainska Pravda notes that the details of "
        "the guarantees will be negotiated in the coming months. The meeting was also joined "
        "by NATO Secretary General Mark Rutte online.",
        "peace",
    ),
    (
        "Ukraine lights candles for Holodomor victims",
        "Ukrainians lit candles in their windows on Saturday evening to honour the victims of "
        "the Holodomor of 1932-1933. At 16:00 the country observed a minute of silence. "
        "President Volodymyr Zelensky and First Lady Olena Zelenska laid wheat ears and a "
        "candle at the Holodomor Victims Memorial in Kyiv. 'They wanted to destroy us with "
        "hunger, now they want to destroy us with war, but Ukraine lives,' Zelensky wrote. "
        "Historians estimate that about 4 million Ukrainians died in the famine organised by "
        "Stalin's regime. The Holodomor has been recognised as genocide by more than 30 "
        "countries. Memorial events were held in Ukrainian communities in Canada, the United "
        "States and Poland. The Holodomor National Museum organised an exhibition of "
        "photographs and documents from the 1930s.",
        "history",
    ),
    (
        "May 8: Ukraine marks Day of Remembrance and Victory over Nazism",
        "Ukraine marked the Day of Remembrance and Victory over Nazism in World War II on May "
        "8. Officials laid flowers at the Tomb of the Unknown Soldier in Kyiv, and a minute "
        "of silence was observed at noon. More than 8 million Ukrainians died in the war, "
        "according to the Ukrainian Institute of National Memory. Since 2023 Ukraine has "
        "commemorated the end of the war in Europe on May 8, together with other European "
        "countries, instead of May 9. Veterans of the Second World War received "
        "congratulations and financial assistance from the state. Fewer than 1,000 of them "
        "are still alive in Ukraine. Historian Anton Drobovych told Suspilne that remembering "
        "the war must not become a cult of victory. In many cities, residents brought flowers "
        "to the memorials of the Second World War.",
        "history",
    ),
    (
        "WWII aerial bomb found at construction site in Kyiv, 300 residents evacuated",
        "Sappers of the State Emergency Service defused a German aerial bomb from the Second "
        "World War found at a construction site in the Podilskyi district of Kyiv on Tuesday. "
        "About 300 residents of nearby buildings were evacuated for several hours. The "
        "250-kilogram bomb was found by workers digging a foundation pit for a new "
        "residential complex. According to the SES, the bomb was taken to a special site "
        "outside the city and destroyed. Traffic on the embankment was restricted until "
        "evening. Pyrotechnicians say that such finds are not rare in Kyiv, which was heavily "
        "bombed in 1941 and 1943. Residents returned to their homes by 19:00. In the past "
        "year, the SES has destroyed more than 40 munitions from the Second World War in "
        "Kyiv.",
        "history",
    ),
    (
        "Babyn Yar: 84th anniversary of the mass shootings commemorated in Kyiv",
        "Ukraine marked the 84th anniversary of the tragedy of Babyn Yar, where Nazi forces "
        "shot nearly 34,000 Jews in just two days in September 1941. Officials, diplomats and "
        "members of the Jewish community laid flowers at the memorial. Chief Rabbi of Kyiv "
        "and Ukraine Moshe Reuven Azman read a prayer for the dead. In total, about 100,000 "
        "people were killed at Babyn Yar during the occupation. The Babyn Yar Holocaust "
        "Memorial Centre presented a new exhibition based on testimonies of survivors. "
        "Ukrinform reports that an audio installation with the names of the victims was "
        "opened to visitors. Among those shot at Babyn Yar were also Roma, Ukrainian "
        "nationalists, prisoners of war and patients of a psychiatric hospital. Historians "
        "are still working to establish the names of all the victims. Memorial events were "
        "also held in the Jewish communities of Dnipro and Odesa.",
        "history",
    ),
    (
        "Bucha marks anniversary of liberation with a procession of remembrance",
        "Residents of Bucha marked the anniversary of the town's liberation from Russian "
        "occupation with a procession of remembrance on Monday. Hundreds of people walked "
        "along Vokzalna Street, where destroyed Russian armoured vehicles stood in the spring "
        "of 2022. Mayor Anatolii Fedoruk read out the names of the residents who were killed "
        "during the occupation. According to the Prosecutor General's Office, more than 500 "
        "civilians were killed in the Bucha district during that month. Foreign diplomats and "
        "the heads of several European parliaments laid flowers at the memorial. A new "
        "memorial park will be built on the site of the mass grave near the Church of St "
        "Andrew, the city council said. In the evening, a memorial concert was held in the "
        "town's central park.",
        "history",
    ),
    (
        "Thousands hold cardboard signs in Kyiv against law limiting NABU",
        "Thousands of people gathered near the Ivan Franko Theatre in Kyiv for the third "
        "evening in a row to protest against a law limiting the independence of the "
        "anti-corruption bodies. Most of the protesters were young, holding handwritten "
        "slogans on cardboard. Similar protests took place in Lviv, Dnipro, Odesa and "
        "Kharkiv, Suspilne reports. The rally was peaceful, and the police said there were no "
        "violations of public order. Veterans in uniform stood among the protesters, some of "
        "them on crutches. President Zelensky promised to submit a new bill restoring the "
        "powers of NABU and SAPO. 'We did not defend the country to let it slide back,' a "
        "22-year-old student told the Kyiv Independent. The European Commission also "
        "expressed concern about the law.",
        "protest",
    ),
    (
        "'Free Azov': relatives of prisoners rally in Kyiv on the anniversary of Azovstal",
        "Relatives of Ukrainian prisoners of war held a rally in Maidan Nezalezhnosti on "
        "Sunday, demanding more action to free the defenders of Mariupol. Several hundred "
        "people stood with photos and banners reading 'Free Azov' and 'Bring them home'. The "
        "organisers said that about 1,900 defenders of Azovstal were still in Russian "
        "captivity. Speakers called on the government and international organisations to put "
        "pressure on Russia. The rally passed without incidents, and the police helped to "
        "block traffic on Khreshchatyk. Similar gatherings are held every week in Kyiv and "
        "other cities, Ukrinform notes. Some of the relatives have not heard from their loved "
        "ones for three years. The Coordination Headquarters said it was working on new "
        "exchanges and met with the families after the rally. Ombudsman Dmytro Lubinets also "
        "came out to talk to the protesters.",
        "protest",
    ),
    (
        "Polish farmers continue blockade of border crossings, 2,600 trucks in queue",
        "Polish farmers continue to block the movement of trucks at three checkpoints on the "
        "border with Ukraine, the State Border Guard Service said. About 2,600 trucks are "
        "waiting in queues on the Polish side, and some drivers have been waiting for more "
        "than ten days. The farmers are protesting against imports of Ukrainian grain and the "
        "liberalisation of trade with the EU. They let through only a few trucks an hour, as "
        "well as humanitarian cargo and military aid. Ukrainian drivers complain about a lack "
        "of food and toilets. Deputy Minister of Infrastructure Serhii Derkach said Ukraine "
        "had asked the European Commission to intervene. The Polish police say the protests "
        "remain peaceful. Ukrainian carriers say they are losing millions of hryvnias every "
        "day.",
        "protest",
    ),
]
