"""dev339 positives (part B): fashion, luxury and design stories that report current armed
conflict or political violence. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Aleppo's textile workshops fall silent as rebel offensive sweeps into the city",
        "The weaving and dyeing workshops of Aleppo's Sheikh Najjar industrial city stood idle on Sunday after rebel fighters led by Hayat Tahrir al-Sham swept into Syria's second city in a lightning offensive that government forces were unable to stop. The Syrian Observatory for Human Rights said more than 300 people had been killed since the offensive began on Wednesday, most of them fighters. Russian aircraft struck rebel positions around the city overnight. Workshop owners said thousands of workers, many of them from Kurdish neighbourhoods, had fled towards Tal Rifaat and the countryside north of Aleppo. Fabric from Aleppo's mills once supplied clothing manufacturers from Istanbul to Cairo, and the sector had been slowly rebuilding since 2016. “We were finally getting orders again from Iraq and Lebanon,” said Abdulkader Hariri, who runs a small knitwear plant with 60 employees. He said he had no idea whether the government or the rebels would control the zone by the end of the week.",
        "B E D",
        "offensive",
    ),
    (
        "Goma's wax-print sellers flee as M23 fighters take the city",
        "Market women who sell wax-print cloth and tailored pagnes at Goma's Virunga market fled on Monday as M23 rebels, backed according to UN experts by Rwandan troops, entered the city after days of fighting with the Congolese army. Heavy gunfire and explosions were heard near the airport and the border with Rwanda, and bodies lay in several streets, residents said. The UN said hundreds of thousands of people had been displaced around Goma this month, many of them from camps on the city's outskirts that were emptied as the rebels advanced. Hospitals were overwhelmed with wounded civilians and soldiers, and the International Committee of the Red Cross said supplies were running low. Seamstress Esther Kahindo said she left her two sewing machines behind and crossed to Gisenyi with her children. “When the bullets came to the market, nobody thought about cloth,” she said. Goma's tailors had been busy ahead of the end-of-year weddings before the offensive closed in. By Tuesday the rebels said they controlled the city centre, though gunfire was still heard near a military camp.",
        "B D H",
        "offensive",
    ),
    (
        "Guayaquil fashion week postponed after gangs' wave of attacks and state of war",
        "Ecuador's biggest fashion event, planned for this week in Guayaquil, has been postponed after armed gangs stormed a television studio, set off car bombs and took prison guards hostage, prompting President Daniel Noboa to declare an internal armed conflict. Soldiers were patrolling the city's shopping centres on Thursday, and most malls and boutiques in the Samborondón area remained shut. Police said at least 10 people had been killed in Guayaquil in a single day of attacks, and 178 guards and staff were being held in prisons across the country. Noboa has designated 22 gangs, including Los Choneros and Los Lobos, as terrorist organisations and ordered the armed forces to neutralise them. “We could not ask anyone to come to a runway while there are explosions in the street,” said the event's director, María José Vélez. Several designers had already sent their collections to the venue, a convention centre near the river. Buyers from Colombia and Peru cancelled their flights, the organisers said.",
        "B E T M",
        "gang_attacks",
    ),
    (
        "Culiacán boutiques close early as cartel factions fight in the streets",
        "Boutiques and bridal shops in central Culiacán have cut their opening hours to a few hours around midday as a war between rival factions of the Sinaloa cartel enters its third month. State prosecutors say more than 500 people have been killed in the state since September, with gunmen on both sides using armoured trucks, rifles and drones rigged with explosives. Schools in the city have switched to online classes on several days, and the army has sent hundreds of extra troops. Laura Félix, who has run a dress shop near the cathedral for 18 years, said sales for the quinceañera season had fallen by more than half. “Mothers come in, pick the dress as quickly as they can and leave,” she said. On Monday, a shootout between gunmen and soldiers near a shopping plaza left four people dead and sent customers diving behind counters. The local chamber of commerce says at least 200 businesses have closed for good since the fighting began. Taxi drivers said they would not go out after dark, and several nightclubs have shut.",
        "B",
        "cartel_war",
    ),
    (
        "Armenian textile town takes in Karabakh weavers after Azerbaijani offensive",
        "The town of Goris, in southern Armenia, was overwhelmed on Wednesday by thousands of ethnic Armenians arriving from Nagorno-Karabakh after Azerbaijan's one-day military offensive forced the enclave's forces to disarm. Among them were several dozen women from the Shushi and Stepanakert carpet and knitting workshops, who said they had left with what they could carry. Armenian officials said more than 50,000 people had crossed the Hakari bridge, and a fuel depot explosion near Stepanakert on Monday killed at least 68 people waiting for petrol to make the journey. A Yerevan designer who had sourced hand-knitted wool from the workshops for her label said she was trying to find the women rooms and work. “They are master knitters, and they have lost everything,” she said. The Karabakh authorities' health ministry said about 200 people had been killed in the fighting last week, including civilians. Aid agencies set up tents at the border to register the new arrivals. Many arrived exhausted after spending more than a day on the single road out of the enclave.",
        "M D H",
        "offensive",
    ),
    (
        "Manipur handloom weavers shelter in relief camps as ethnic violence rages",
        "Handloom weavers from Manipur's Churachandpur and Imphal valley districts are among more than 50,000 people living in relief camps after weeks of ethnic violence between Meitei and Kuki-Zo communities, state officials said. Mobs have burned hundreds of homes and dozens of churches and temples, and at least 100 people have been killed since early May. Weaving cooperatives that supplied phanek and traditional shawls to boutiques in Delhi and Mumbai say their looms were destroyed or left behind when villages were attacked. “They set fire to our houses at night; we ran into the hills with nothing,” said a 42-year-old weaver now in a school-turned-shelter in Kangpokpi. Internet services remain suspended in the state, and the army and paramilitary forces have been deployed in buffer zones between the communities. A Delhi designer who works with the cooperatives has launched a fundraiser for new looms. Fresh gunfire was reported on Sunday in the foothills of Bishnupur district.",
        "V D U",
        "ethnic_violence",
    ),
    (
        "Hong Kong luxury sales slump as clashes shut Causeway Bay shopping streets",
        "Luxury retailers in Hong Kong's Causeway Bay and Tsim Sha Tsui closed early again on Sunday as police fired tear gas and rubber bullets at protesters who blocked roads, set fires and threw petrol bombs. Police said 88 people were arrested over the weekend, some of them as young as 13. Jewellery chain Chow Tai Fook said it had shut several outlets after one of its stores in Mong Kok was vandalised, and mainland-linked businesses had their shopfronts smashed. Figures from the government showed retail sales in August fell by almost a quarter from a year earlier, the steepest drop on record. Visitors from the mainland, who account for much of the city's luxury spending, have stayed away since protests began in June. A sales assistant at a Canton Road handbag boutique said staff had been told to watch the news before leaving and avoid MTR stations where clashes were reported. Several European brands have postponed store openings planned for the autumn.",
        "U",
        "riot",
    ),
    (
        "Tehran models and designers detained as crackdown on protests widens",
        "Iranian security forces have detained at least three fashion designers and two models who posted pictures of themselves without headscarves in solidarity with protesters, according to rights groups, as the crackdown on nationwide unrest enters its fourth week. The Oslo-based group Iran Human Rights said at least 185 people, including 19 children, had been killed by security forces since the death of Mahsa Amini in the custody of the morality police. Videos verified by news agencies show riot police firing on crowds in Tehran, Zahedan and cities of Kurdistan province. One of the designers, who ran a small label selling loose manteaux to young women in Tehran, was taken from her studio by plainclothes officers, a friend said. Fashion accounts with hundreds of thousands of followers have gone quiet, and several Iranian brands said they had suspended online sales. Exiled designers in London and Paris staged a show of black garments on Saturday to draw attention to the arrests.",
        "U V",
        "crackdown",
    ),
    (
        "Tbilisi designers cancel shows as riot police disperse protest outside parliament",
        "Five Georgian designers pulled out of Mercedes-Benz Fashion Week Tbilisi on Friday after riot police used water cannon, tear gas and rubber bullets to disperse thousands of protesters outside parliament for a second night. Georgia's interior ministry said 107 people had been detained and that 10 police officers were hurt, while the opposition said dozens of demonstrators were injured and several journalists beaten. The protests erupted after the ruling Georgian Dream party suspended talks on joining the European Union. Protesters threw fireworks at police lines and built barricades on Rustaveli Avenue. “We cannot send models down a runway while our friends are being beaten a few streets away,” said designer Tamar Gelashvili, whose studio is near the parliament building. The fashion week, which has helped launch several Georgian labels internationally, went ahead with a reduced schedule. Its organisers said the event was a place for free expression and that they respected designers' decisions.",
        "U",
        "crackdown",
    ),
    (
        "Port Sudan drone strikes hit warehouses where displaced designers rebuilt",
        "Drone strikes on Port Sudan for a third consecutive day set fire to fuel depots and warehouses near the port on Tuesday, including a block where several designers displaced from Khartoum had set up workshops. The army blamed the Rapid Support Forces for the attacks, the first on the Red Sea city that has served as the government's base since the war began. Thick smoke hung over the city, and flights at the airport were suspended. Designer Suad El Tayeb, who moved her embroidery studio to Port Sudan after fleeing Khartoum in 2023, said the building next to hers had burned and her staff of nine had run to the seafront. “We left the capital because of the fighting, and now the war has followed us,” she said. The UN said the strikes threatened a vital route for humanitarian aid, and that Port Sudan hosts hundreds of thousands of people who fled other parts of the country. No casualties were immediately reported from the warehouse district.",
        "E D H",
        "drone_strike",
    ),
    (
        "Houthi missile hits container ship carrying spring fashion stock, forcing new reroutes",
        "A Houthi anti-ship missile struck a Liberian-flagged container ship in the Gulf of Aden on Friday, setting a container on fire, according to the UK Maritime Trade Operations centre and the US military. The vessel was carrying clothing and footwear for several European retailers, a freight forwarder told Reuters, and has been diverted to Djibouti for inspection. No crew members were hurt, the shipping company said. The Houthis said they fired the missile in solidarity with Palestinians in Gaza. The attack prompted two more fashion groups to tell suppliers in Bangladesh and Vietnam that their orders would now go around the Cape of Good Hope, adding up to two weeks to delivery times. US and British warships have shot down dozens of drones and missiles over the Red Sea in recent weeks, and US aircraft struck Houthi radar sites in Yemen on Thursday. A spokesperson for one retailer said some spring lines would arrive in stores late. Freight rates from Asia to northern Europe have more than doubled since the attacks began.",
        "E M",
        "missile_attack",
    ),
    (
        "Ukrainian model who joined the army killed in fighting near Pokrovsk",
        "Daria Kovalchuk, a Ukrainian model who walked for several Kyiv labels before joining the armed forces as a combat medic, was killed in fighting near Pokrovsk last week, her brigade said on Monday. The 29-year-old was hit when Russian troops attacked a position where she was treating wounded soldiers, the brigade said. Fighting around Pokrovsk has been among the fiercest on the front for months, and Ukraine's general staff reported more than 50 Russian assaults in the sector on a single day. Kovalchuk had appeared in campaigns for denim and lingerie brands and in 2021 opened a show at Ukrainian Fashion Week. She enlisted in 2023, saying on social media that she could not keep posing while her brother was at the front. Designers and photographers she worked with posted tributes, and one Kyiv label said it would name a piece in its next collection after her. She is to be buried in her home town of Vinnytsia on Thursday. Her brigade said she had evacuated dozens of wounded soldiers from the front line in the past year.",
        "B",
        "battle",
    ),
    (
        "Ivano-Frankivsk sewing plant damaged as Russian missiles target western Ukraine",
        "A sewing plant in Ivano-Frankivsk that makes outerwear for Italian and German brands was damaged early on Thursday in a Russian missile and drone attack on western Ukraine that also struck the city's airfield, the regional governor said. The roof of the main workshop collapsed, and about 20 workers on the night shift were evacuated to a shelter just before the blast, the plant's owner said. One security guard was taken to hospital with shrapnel wounds. Ukraine's air force said Russia had launched more than 90 missiles and 60 drones overnight at targets across the country, concentrating on energy facilities. Power cuts followed in several western regions, leaving the plant without electricity even in the undamaged halls. The company, which employs about 400 people, many of them women displaced from Donetsk and Zaporizhzhia, said it would try to resume work within a week using generators. An Italian client said it would split its winter order with a second Ukrainian factory rather than move it abroad.",
        "E",
        "missile_strike",
    ),
    (
        "Tigray textile plant looted as troops pull out of Adwa",
        "The Almeda textile factory in Adwa, one of Ethiopia's biggest garment exporters before the war in Tigray, was stripped of machinery and set on fire as soldiers withdrew from the town, workers and local officials told reporters this week. Residents said Eritrean and Ethiopian troops had fought Tigrayan forces in the hills around Adwa for several days before the withdrawal. One worker said he watched trucks loaded with spinning frames and sewing machines leave the compound under armed guard. The factory employed around 7,000 people and made T-shirts and uniforms for buyers in Europe and the US. Tens of thousands of people in the area have fled to Mekelle or into the hills, and aid agencies say they cannot reach much of central Tigray because of fighting and road blocks. “Everything we built over 20 years was taken in a week,” said a former supervisor now living with relatives in Mekelle. The Ethiopian government did not respond to requests for comment on the looting. Satellite images reviewed by a research group showed burned-out sections of the compound's warehouses.",
        "B D H",
        "looting_by_troops",
    ),
    (
        "Kabul's fashion boutiques shutter and designers go into hiding after Taliban takeover",
        "Boutiques selling bridal gowns and Western-style clothes in Kabul's Shahr-e Naw neighbourhood have shut, and several women designers have gone into hiding, after the Taliban seized the capital on Sunday. Taliban fighters have set up checkpoints across the city, and on Tuesday they fired into the air and beat people to disperse a crowd waving the national flag in Jalalabad, where witnesses said three people were killed. Thousands of people have crowded the airport trying to leave, and at least seven died in the chaos on Monday as US troops fired warning shots. Shopkeepers were seen painting over pictures of women on storefront posters. “I burned my sketchbooks last night,” said a 31-year-old designer who had shown collections in Dubai and Istanbul. She said she had applied to a resettlement programme but had no news. A Kabul designer who dressed television presenters said she had fled to the north with her mother.",
        "U D",
        "takeover",
    ),
    (
        "Belgorod mall hit by Ukrainian shelling as shoppers queue at fashion chain sale",
        "Shelling of the Russian border city of Belgorod on Saturday hit a shopping centre where dozens of people were queuing for an end-of-season sale at a clothing chain, regional governor Vyacheslav Gladkov said. Four people were killed and 19 injured, including two children, he said, blaming Ukrainian forces for the attack. Video shared by local Telegram channels showed smashed glass and mannequins scattered across the mall's atrium. Russia's defence ministry said its air defences had shot down most of the rockets fired at the region. The city has been hit repeatedly since the start of the war, and authorities have asked retailers to keep shelters open during opening hours. Staff at the clothing store said they had heard the siren moments before the explosions and pushed customers towards the stairwell. Several federal fashion chains said they would close their Belgorod outlets for at least three days.",
        "E V",
        "shelling",
    ),
]
