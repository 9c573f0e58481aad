"""dev269 positives, part B: live pages whose entries report current fighting, strikes, attacks,
riots or their casualties (the Sahel, Asia, the Caucasus, Britain, the Levant, Latin America)."""

j = " ".join

POSITIVES = [
    (
        "Mali live: gunfire at Bamako gendarmerie school and military airport in dawn attack claimed by JNIM",
        j(
            [
                "06:20 GMT Residents of Bamako's Faladié district report heavy gunfire and explosions around the gendarmerie training school since about 5am local time.",
                "06:55 GMT The army says in a statement on state television that “a group of terrorists” attacked the school and that a combing operation is under way.",
                "07:40 GMT Smoke is rising from the military section of Modibo Keita international airport, where witnesses say a presidential aircraft was set on fire.",
                "08:15 GMT Flights out of Bamako have been suspended, an airline official tells AFP.",
                "09:30 GMT The al-Qaeda-linked group JNIM has claimed responsibility, saying its fighters killed “hundreds” of soldiers, a figure that cannot be verified.",
                "10:45 GMT A security source says dozens of gendarmerie students were killed and that the attackers were still holed up in part of the compound by mid-morning.",
                "12:05 GMT It is the first major attack on the capital since 2016, analysts note, and comes as the junta struggles to contain insurgents in the centre and north.",
            ]
        ),
        "T B M",
        "attack",
    ),
    (
        "Myanmar live: ethnic armed alliance seizes border posts in northern Shan as military hits back with airstrikes",
        j(
            [
                "08:00 GMT The Three Brotherhood Alliance says it has captured more than 80 military outposts since launching Operation 1027 on October 27.",
                "08:45 GMT Fighters from the Myanmar National Democratic Alliance Army say they now control the Chinshwehaw border crossing, a key trade gate with China.",
                "09:30 GMT The military government's spokesperson, Zaw Min Tun, acknowledges on state television that it has lost control of three towns in northern Shan state.",
                "10:15 GMT Residents of Laukkai say military jets bombed areas around the town overnight, and an aid worker says at least 10 civilians were killed in Namhsan.",
                "11:00 GMT The UN says more than 50,000 people have been displaced in northern Shan since the fighting began, many sheltering in monasteries.",
                "11:50 GMT China has called for an immediate ceasefire and urged its citizens to leave the border areas.",
                "12:40 GMT In Sagaing region, resistance forces loyal to the National Unity Government say they have attacked a police station in Kawlin.",
            ]
        ),
        "B E D",
        "offensive",
    ),
    (
        "India-Pakistan live: Indian missile strikes hit nine sites; Pakistan says 26 civilians killed",
        j(
            [
                "01:45 IST India's defence ministry says it has launched “Operation Sindoor”, striking nine sites in Pakistan and Pakistan-administered Kashmir that it says were used to plan attacks on India.",
                "02:30 IST The ministry says the strikes were “focused, measured and non-escalatory in nature” and that no Pakistani military facilities were targeted.",
                "03:10 IST Pakistan's military spokesperson says missiles hit six locations, including a mosque in Bahawalpur, and that women and children are among the dead.",
                "05:20 IST Pakistan says 26 civilians have been killed and 46 wounded, and that it shot down five Indian jets, a claim India has not addressed.",
                "06:05 IST Indian army officials say Pakistani shelling across the Line of Control has killed at least 10 civilians in Poonch district.",
                "07:40 IST Residents of Muzaffarabad describe loud explosions and say a mosque compound in the city was badly damaged.",
                "08:25 IST Pakistan's prime minister, Shehbaz Sharif, says his country has the right to respond “at a time and place of its choosing”.",
                "09:10 IST Several airlines have cancelled flights to northern India and Pakistan.",
            ]
        ),
        "M E",
        "missile_strike",
    ),
    (
        "Moscow concert hall attack live: gunmen open fire at Crocus City Hall; building ablaze",
        j(
            [
                "18.25 GMT Russian state media report that several men in camouflage opened fire in the foyer of the Crocus City Hall concert venue on the outskirts of Moscow, shortly before a rock concert was due to begin.",
                "18.40 GMT Videos posted on Telegram show the attackers shooting at people at close range, and thick black smoke rising from the building's roof.",
                "19.10 GMT The Investigative Committee says it has opened a criminal case into a “terrorist attack”.",
                "19.35 GMT Russia's Federal Security Service says at least 40 people were killed and more than 100 wounded, in a toll that is expected to rise.",
                "20.20 GMT Firefighters say a large part of the roof has collapsed, and concertgoers have been trapped in the basement and on the roof.",
                "21.05 GMT Islamic State has claimed responsibility in a statement carried by its Amaq news agency.",
                "22.10 GMT The US ambassador in Moscow says the embassy had warned of a possible attack on large gatherings earlier this month.",
                "23.00 GMT Moscow's mayor, Sergei Sobyanin, has cancelled all public events in the capital this weekend.",
            ]
        ),
        "T V",
        "terror_attack",
    ),
    (
        "Hong Kong protests live: police fire tear gas at PolyU as students hold campus",
        j(
            [
                "08:05 HKT Hundreds of protesters remain barricaded inside Hong Kong Polytechnic University after a night of clashes with police outside the campus.",
                "08:40 HKT Police say protesters threw petrol bombs and fired arrows at officers, one of whom was hit in the leg and taken to hospital.",
                "09:15 HKT A police spokesperson warns that anyone leaving the campus will be arrested for rioting, which carries a sentence of up to 10 years.",
                "10:30 HKT Officers fired tear gas and rubber bullets when a group tried to break out through the main entrance, according to our reporter at the scene.",
                "11:45 HKT The Hospital Authority says 38 people were injured overnight, five of them seriously.",
                "13:20 HKT Volunteer first aiders inside the campus say they have treated dozens of people for hypothermia after police used water cannon.",
                "14:50 HKT The university's president, Teng Jin-guang, says he has a temporary agreement from police to suspend the use of force if protesters leave peacefully.",
            ]
        ),
        "U",
        "crackdown",
    ),
    (
        "Bangladesh protests live: dozens killed in clashes as curfew is defied across the country",
        j(
            [
                "09:00 BST Welcome to our live coverage as Bangladesh faces the deadliest day of protests since student demonstrations began last month.",
                "09:35 BST Local media report that at least 91 people, including 14 police officers, were killed on Sunday as protesters calling for Sheikh Hasina's resignation clashed with police and ruling party supporters.",
                "10:10 BST In Sirajganj, a crowd attacked a police station and at least 13 officers were killed, police headquarters says.",
                "10:50 BST The government has imposed an indefinite nationwide curfew and shut down mobile internet.",
                "11:30 BST Students have called on people to march to Dhaka on Monday despite the curfew.",
                "12:15 BST Hospitals in Dhaka say they are treating hundreds of people with gunshot wounds, and a doctor at Dhaka Medical College tells us the morgue is full.",
                "13:00 BST The army chief, General Waker-Uz-Zaman, will address the nation shortly, military sources say.",
                "13:40 BST UN human rights chief Volker Türk calls for an end to the “shocking violence” and for the government to stop targeting protesters.",
            ]
        ),
        "U",
        "crackdown",
    ),
    (
        "Sri Lanka Easter Sunday blasts live: churches and hotels hit, more than 200 dead",
        j(
            [
                "05.20 BST Explosions have hit three churches and three luxury hotels in Sri Lanka as Easter Sunday services were under way, police say.",
                "05.45 BST The churches are St Anthony's Shrine in Colombo, St Sebastian's Church in Negombo and Zion Church in Batticaloa, and the hotels are the Shangri-La, the Cinnamon Grand and the Kingsbury.",
                "06.30 BST A police spokesperson says at least 138 people have been killed and more than 400 injured.",
                "07.40 BST Two further blasts have been reported, at a guesthouse near the zoo in Dehiwala and at a house in Dematagoda, where three police officers were killed during a raid.",
                "08.10 BST The government has imposed an immediate curfew and blocked social media platforms.",
                "09.25 BST The defence minister calls the bombings a terrorist attack carried out by suicide bombers and says seven suspects have been arrested.",
                "10.50 BST The death toll has risen above 200, including at least 30 foreign nationals, hospital officials say.",
                "11.35 BST Pope Francis has described the attacks as “cruel violence” in his Easter address from St Peter's Square.",
            ]
        ),
        "T E V",
        "bombing",
    ),
    (
        "Ethiopia live: Abiy orders military offensive in Tigray as thousands cross into Sudan",
        j(
            [
                "07:30 GMT Prime Minister Abiy Ahmed says he has ordered the army to carry out a “final phase” of operations against the Tigray People's Liberation Front.",
                "08:15 GMT Communications and the internet remain cut in Tigray, making claims from both sides impossible to verify.",
                "09:05 GMT The Ethiopian air force carried out strikes around the regional capital Mekelle overnight, the government's emergency taskforce says.",
                "10:00 GMT Amnesty International says it has confirmed that scores, and possibly hundreds, of civilians were killed in the town of Mai-Kadra, and that they appear to have been day labourers.",
                "11:10 GMT Sudan's refugee commission says more than 27,000 Ethiopians have crossed into Kassala and Gedaref states since the fighting began, and that about 4,000 are arriving every day.",
                "11:55 GMT The UN refugee agency says it is setting up a camp at Um Rakuba to take the new arrivals, many of whom walked for days.",
                "12:40 GMT TPLF leader Debretsion Gebremichael says Tigrayan forces have “downed” government fighting positions in the west, a claim the government denies.",
                "13:20 GMT The African Union has appointed three former presidents as special envoys.",
            ]
        ),
        "M B V D",
        "offensive",
    ),
    (
        "US strikes Yemen live: Houthi-run health ministry says 31 killed in Sanaa and Saada",
        j(
            [
                "20:05 GMT President Donald Trump says he has ordered “decisive and powerful military action” against the Houthis in Yemen, accusing them of piracy and terrorism against shipping.",
                "20:40 GMT Explosions are being reported across Sanaa, with residents saying the strikes hit the Shuub district in the north of the capital.",
                "21:15 GMT US officials say the operation could last for weeks and involves aircraft from the USS Harry S Truman.",
                "22:30 GMT The Houthi-run health ministry says at least 31 people were killed and 101 wounded, most of them women and children.",
                "23:10 GMT Houthi media say the strikes also hit Saada province, the group's stronghold in the north.",
                "23:45 GMT The Houthis' political bureau says the strikes “will not go unanswered” and that Yemeni forces are ready to respond to escalation with escalation.",
                "00:30 GMT The Houthis later claim to have fired missiles and drones at the carrier group, a claim the US has not confirmed.",
            ]
        ),
        "M E",
        "airstrike",
    ),
    (
        "Nagorno-Karabakh live: Azerbaijan launches 'anti-terrorist measures'; Stepanakert shelled",
        j(
            [
                "11:20 GMT Azerbaijan's defence ministry says it has begun “local anti-terrorist measures” in Karabakh to disarm ethnic Armenian forces and secure their withdrawal.",
                "11:55 GMT Residents of Stepanakert, known to Azerbaijan as Khankendi, say the city is being shelled and sirens have been sounding for an hour.",
                "12:40 GMT The ethnic Armenian authorities say at least 25 people have been killed, including two civilians, and more than 80 wounded.",
                "13:15 GMT Armenia's prime minister, Nikol Pashinyan, says Armenian troops are not involved and that the situation on Armenia's own border is stable.",
                "14:30 GMT Russian peacekeepers say they have evacuated more than 2,000 civilians from villages near the front line, including 1,000 children.",
                "15:45 GMT Protesters in Yerevan are gathering outside government buildings, demanding that Pashinyan act.",
                "17:10 GMT Azerbaijan's presidency says the operation will stop only if the Armenian forces lay down their arms.",
            ]
        ),
        "M E D",
        "offensive",
    ),
    (
        "Nigeria live: suicide bombers strike wedding, hospital and funeral in Gwoza",
        j(
            [
                "14:00 WAT Suspected female suicide bombers attacked a wedding party, a hospital and a funeral in Gwoza, Borno state, on Saturday, officials say.",
                "14:40 WAT The director general of Borno's emergency management agency, Barkindo Saidu, says 18 people were killed, including children and a pregnant woman, and 42 wounded.",
                "15:20 WAT A member of a militia helping the military says two of his colleagues and a soldier were killed in a separate attack on a security post.",
                "16:05 WAT Nobody has claimed responsibility, but Boko Haram has carried out similar attacks in the area, which lies near the Cameroon border.",
                "16:50 WAT The wounded have been taken to Maiduguri, about 135km to the north, by road and helicopter.",
                "17:30 WAT President Bola Tinubu has condemned what he calls “the desperate and cowardly acts of terrorists”.",
                "18:15 WAT Police have imposed a curfew in the town, and the army says troops are searching surrounding villages.",
            ]
        ),
        "T E V",
        "suicide_bombing",
    ),
    (
        "UK riots live: mob attacks hotel housing asylum seekers in Rotherham; Starmer condemns 'far-right thuggery'",
        j(
            [
                "13.45 BST Several hundred people have gathered outside the Holiday Inn Express in Manvers, near Rotherham, which houses asylum seekers.",
                "14.20 BST South Yorkshire Police say officers have come under sustained attack with bricks, fire extinguishers and pieces of wood.",
                "14.55 BST Footage shows a group smashing windows at the hotel and forcing their way into the building while residents and staff are inside.",
                "15.30 BST A bin has been set on fire against the wall of the hotel, and smoke can be seen coming from the ground floor.",
                "16.10 BST Police say at least 10 officers have been injured, one of them knocked unconscious.",
                "17.00 BST Keir Starmer says in a televised statement that those taking part in this “far-right thuggery” will “regret” it and face the full force of the law.",
                "17.45 BST In Middlesbrough, rioters smashed windows of homes and cars, and police made 43 arrests.",
                "18.30 BST Home Office officials say the residents of the Rotherham hotel have been moved to safety.",
                "19.15 BST In Tamworth, Staffordshire, another hotel used to house asylum seekers was targeted, and police say a fire was started while people were inside.",
                "20.00 BST The National Police Chiefs' Council says more than 150 people have been arrested since the disorder began last week.",
                "20.45 BST Mosques in several towns have stepped up security and some have cancelled evening prayers.",
                "21.30 BST Courts will sit for longer hours to deal with the cases quickly, the justice secretary says.",
            ]
        ),
        "U V",
        "riot",
    ),
    (
        "Israel live: Hamas fighters cross from Gaza in surprise attack as rockets hit south and centre",
        j(
            [
                "05:00 GMT Sirens have been sounding across southern and central Israel since dawn, and the Israeli military says thousands of rockets have been fired from Gaza.",
                "05:45 GMT The military says fighters have crossed the border fence into Israel from several points and that soldiers are battling them in towns and kibbutzim near Gaza.",
                "06:30 GMT Residents of Sderot report gunmen driving through the streets in pickup trucks and shooting at cars and passers-by.",
                "07:20 GMT Hamas's armed wing says it has launched “Operation Al-Aqsa Flood” and claims to have taken Israeli soldiers captive.",
                "08:10 GMT Prime Minister Benjamin Netanyahu says in a video that “we are at war” and that the enemy will pay an unprecedented price.",
                "09:30 GMT Israel's emergency service says at least 40 people have been killed, and hospitals in Ashkelon and Beersheba report hundreds of wounded.",
                "10:45 GMT Israeli warplanes are striking targets in Gaza, and residents of Gaza City say multiple buildings have been hit.",
                "11:30 GMT Reports are emerging of an attack on a music festival near kibbutz Re'im, where thousands of young people had gathered.",
            ]
        ),
        "B E V",
        "attack",
    ),
    (
        "Lebanon live: Israeli strikes kill hundreds in south and Bekaa; tens of thousands flee north",
        j(
            [
                "06:30 GMT Residents of south Lebanon say they received recorded phone messages from the Israeli military telling them to leave buildings where it says Hezbollah stores weapons.",
                "07:15 GMT The Israeli military says it is carrying out “extensive strikes” on Hezbollah targets in southern Lebanon and the Bekaa valley.",
                "09:00 GMT Lebanon's health ministry says at least 182 people have been killed so far, including children, women and paramedics.",
                "10:20 GMT Traffic is at a standstill on the coastal highway out of Tyre as families head north towards Beirut, our correspondent says.",
                "11:40 GMT Schools in Beirut and Sidon are being opened as shelters for the displaced, the education ministry says.",
                "13:10 GMT Hezbollah says it has fired rockets at Israeli military sites, including an air base near Haifa.",
                "15:30 GMT The health ministry's updated toll is 492 killed and more than 1,600 wounded, the deadliest day in Lebanon since the 2006 war.",
                "16:45 GMT The UN Secretary-General says he is alarmed by the escalation and warns that Lebanon could become “another Gaza”.",
            ]
        ),
        "E D M",
        "airstrike",
    ),
    (
        "Ecuador live: armed men storm TV studio on air as Noboa declares 'internal armed conflict'",
        j(
            [
                "14:20 ECT Masked men carrying guns and explosives have burst into the studio of the public broadcaster TC Televisión in Guayaquil during a live news programme.",
                "14:35 ECT Staff can be seen being forced to the floor before the transmission cut out, and one gunman was heard shouting that nobody should “play with the mafia”.",
                "15:10 ECT Police say officers have entered the building and detained 13 suspects, and that no staff were killed.",
                "15:45 ECT President Daniel Noboa has signed a decree declaring an “internal armed conflict” and ordering the armed forces to neutralise 22 criminal groups he now classes as terrorist organisations.",
                "16:30 ECT Prison authorities say more than 130 guards and administrative staff are being held hostage by inmates in several prisons.",
                "17:20 ECT Police in Guayaquil say eight people have been killed in attacks across the city today, and two officers were killed in Nobol.",
                "18:00 ECT Schools across the country will switch to online classes until further notice, the education ministry says.",
                "18:45 ECT Peru has declared a state of emergency along its border with Ecuador.",
            ]
        ),
        "V M B",
        "gang_attack",
    ),
]
