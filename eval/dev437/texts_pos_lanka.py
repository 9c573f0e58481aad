"""dev437 positives from the Sri Lankan and Maldivian press in English (Daily Mirror, Daily FT,
The Island, Ada Derana, Sun Online): the violent days of 2022, communal riots, the Easter Sunday
bombings as they happened, attacks in the Maldives, and Sri Lankans and Maldivians caught in
other countries' wars. (title, text, tag codes, kind)."""


def _t(s: str) -> str:
    return " ".join(s.split())


POSITIVES = [
    (
        "Government supporters attack GotaGoGama; island-wide curfew as violence spreads",
        _t("""An island-wide police curfew was declared from 7pm today after supporters of the
        government, who had gathered at Temple Trees for a meeting with Prime Minister Mahinda
        Rajapaksa, marched to Galle Face and attacked the protesters camped there for more than a
        month. Armed with clubs and iron rods, the mob tore down tents at the 'MainaGoGama' site
        opposite Temple Trees and then at GotaGoGama, setting fire to several of them, witnesses
        said. Police used tear gas and water cannon, but video footage showed officers standing
        aside as unarmed protesters were beaten. At least 181 people were admitted to the Colombo
        National Hospital with injuries, hospital officials said. As news of the attack spread,
        crowds in several areas turned on the government supporters returning home in buses, and
        some of the vehicles were pushed into the Beira Lake. Houses belonging to ruling party
        politicians in Kurunegala, Moratuwa and Hambantota were set on fire in the evening. The
        Prime Minister handed his resignation letter to the President a few hours later. Troops
        were deployed in Colombo and other towns, and the Ministry of Defence said the Army had
        been ordered to assist the police in restoring order."""),
        "U V",
        "riot",
    ),
    (
        "Death toll rises to eight; MP found dead in Nittambuwa as over 100 houses torched",
        _t("""Eight people, including a Member of Parliament and a police officer, have been killed
        and more than 230 injured in the violence that erupted after Monday's attack on the Galle
        Face protesters, Police said today. SLPP MP Amarakeerthi Athukorala was found dead in a
        building in Nittambuwa after his vehicle was surrounded by a crowd; police said the MP had
        opened fire on the group, killing a 27-year-old man, before fleeing on foot. His personal
        security officer was also found dead. Mobs overnight set fire to more than 100 houses and
        offices belonging to ruling party politicians, including the Rajapaksa family's ancestral
        home in Medamulana, and burned dozens of vehicles. The Ministry of Defence ordered the
        tri-forces to open fire on anyone looting public property or causing harm to life, and the
        curfew was extended until Thursday morning. Former prime minister Mahinda Rajapaksa was
        evacuated from Temple Trees by the Army in the early hours and moved to the Trincomalee
        naval base, defence sources said. The Bar Association of Sri Lanka condemned both the
        attack on peaceful protesters and the retaliatory violence, and urged the police to act
        without fear or favour."""),
        "U",
        "riot",
    ),
    (
        "One killed, 24 injured as police open fire on Rambukkana protesters",
        _t("""One person was killed and at least 24 others, including police officers, were injured
        when police opened fire on protesters who had blocked the railway line at Rambukkana in
        protest against the latest fuel price hike, hospital sources said. The dead man was
        identified as Chaminda Lakshan, 42, a father of two from the area. Protesters had blocked
        the Kandy-Colombo railway and the main road since morning, burning tyres and halting a
        fuel bowser, police said. Police Media Spokesman SSP Nihal Thalduwa said officers fired
        after protesters tried to set fire to the bowser, which was carrying 33,000 litres of
        fuel, and pelted stones at the police. Residents, however, said the police fired without
        warning at people who were retreating. Thirteen of the injured were admitted to the
        Kegalle Teaching Hospital with gunshot wounds. The Human Rights Commission of Sri Lanka
        said it would conduct an inquiry, and a curfew was imposed in the Rambukkana police area.
        Several Western diplomats called for restraint and an independent investigation. It was
        the first fatal shooting since protests over the economic crisis began."""),
        "U",
        "crackdown",
    ),
    (
        "Protesters storm President's House; PM's private residence set on fire",
        _t("""Tens of thousands of protesters broke through police barricades and stormed the
        President's House in Fort today, hours after President Gotabaya Rajapaksa was moved out
        by the security forces. Police fired tear gas and shot into the air as crowds surged along
        Lotus Road and Chatham Street, and at least 102 people, including 11 journalists, were
        admitted to the National Hospital, hospital officials said. Protesters later entered the
        Presidential Secretariat and Temple Trees, swimming in the pool and sleeping in the
        bedrooms. In the evening, a group set fire to Prime Minister Ranil Wickremesinghe's
        private residence on Fifth Lane, Kollupitiya, after clashes with the police in which
        several journalists were assaulted by STF personnel. The Prime Minister and his family
        were not at home, his office said. Wickremesinghe said he was willing to step down to make
        way for an all-party government, and Speaker Mahinda Yapa Abeywardena later announced that
        the President would resign on July 13. Police had declared a curfew in the Western
        Province on Friday night but lifted it on Saturday morning after lawyers and the
        Opposition called it illegal."""),
        "U",
        "riot",
    ),
    (
        "Blasts rip through three churches and three hotels; at least 207 killed",
        _t("""At least 207 people, including 35 foreigners, were killed and more than 450 injured
        in a series of eight bomb blasts that struck churches and luxury hotels in Colombo,
        Negombo and Batticaloa on Easter Sunday, police said. The first explosions went off at
        around 8.45 in the morning during Easter services at St Anthony's Shrine in Kochchikade,
        St Sebastian's Church in Katuwapitiya and the Zion Church in Batticaloa. Within minutes,
        blasts tore through the Shangri-La, Cinnamon Grand and Kingsbury hotels in Colombo. Two
        more explosions followed in the afternoon, at a guest house in Dehiwala and at a house in
        Dematagoda, where three police officers were killed during a raid. Defence Minister Ruwan
        Wijewardene said the attacks had been carried out by suicide bombers and that 13 suspects
        had been arrested. 'This is a terrorist attack by a group of religious extremists,' he
        told reporters. The government declared a curfew from 6pm and temporarily blocked social
        media platforms including Facebook and WhatsApp. Cardinal Malcolm Ranjith called for the
        culprits to be punished mercilessly. Hospitals in Colombo and Negombo appealed for blood
        donors."""),
        "T E V",
        "suicide_bombing",
    ),
    (
        "Curfew in Kandy as mobs torch Muslim shops and mosque in Digana; STF deployed",
        _t("""Police imposed a curfew in the Kandy administrative district today and the Special
        Task Force was deployed after mobs set fire to dozens of Muslim-owned shops, houses and a
        mosque in Digana and Teldeniya. The violence followed the death of a lorry driver from
        Ambala, who had been assaulted by four Muslim youths after a traffic dispute late last
        month. Police said the body of a 24-year-old man was found in a burnt building in Digana
        this morning. Residents said groups that arrived on motorcycles and in buses from outside
        the area attacked property while police looked on. Police fired tear gas to disperse the
        crowds and arrested 24 suspects. President Maithripala Sirisena declared a state of
        emergency for ten days, and the Telecommunications Regulatory Commission temporarily
        blocked Facebook and WhatsApp to curb hate speech. Several hundred residents had taken
        refuge in mosques and schools by evening. Muslim politicians urged the government to
        deploy the Army to protect their community."""),
        "U V D",
        "communal_riot",
    ),
    (
        "Man hacked to death as mobs attack Muslim-owned shops in North Western Province",
        _t("""A 45-year-old carpenter was hacked to death in Kottaramulla in the Puttalam District
        last night when a mob attacked his workshop with swords, as anti-Muslim violence spread
        across several towns in the North Western Province, police said. Gangs attacked mosques,
        shops and houses in Kuliyapitiya, Hettipola, Bingiriya and Minuwangoda, where a pasta
        factory owned by a Muslim businessman was burned down. The island-wide curfew was
        extended until 4am tomorrow, and the Army commander said troops had been given full
        authority to use force against rioters. A police spokesman said 60 people, including the
        leader of a hardline Sinhala nationalist group, had been arrested. The violence began with
        a dispute over a Facebook post by a Muslim shop owner in Chilaw, three weeks after the
        Easter Sunday bombings. Social media platforms remain blocked. Prime Minister Ranil
        Wickremesinghe appealed to the public not to fall prey to rumours spread by those trying
        to create communal disharmony."""),
        "U V",
        "communal_riot",
    ),
    (
        "Three killed, dozens injured in Aluthgama, Beruwala clashes; curfew imposed",
        _t("""Three people were killed and at least 78 injured in clashes that broke out in Aluthgama
        and Beruwala last evening after a rally organised by the Bodu Bala Sena, police said. The
        rally, held in Aluthgama town over an alleged assault on a Buddhist monk last week, was
        followed by a procession through Muslim areas, where stones were thrown, police said.
        Mobs then set fire to shops and houses in Dharga Town, Adhikarigoda and Welipenna, and two
        men were shot dead in Dharga Town, according to residents. A Tamil security guard was
        killed in Welipenna. Police imposed a curfew in Aluthgama, Beruwala and Dharga Town, and
        the Special Task Force was deployed. Hundreds of families spent the night in mosques.
        Justice Minister Rauff Hakeem said he was ashamed to be part of a government that could
        not protect its citizens. President Mahinda Rajapaksa, who is in Bolivia for a G77
        summit, said an inquiry would be held and urged all communities to remain calm."""),
        "U V D",
        "communal_riot",
    ),
    (
        "Families seek answers as 16 Sri Lankan ex-soldiers reported killed fighting for Russia",
        _t("""At least 16 Sri Lankans recruited to fight for the Russian army have been killed in the
        war in Ukraine, State Minister of Defence Premitha Bandara Tennakoon said today, adding
        that 37 others had been wounded. Most of the men are retired members of the Sri Lanka Army
        who had been promised non-combat jobs, salaries of up to Rs 800,000 a month and Russian
        citizenship by human traffickers, the minister said. Relatives who met officials at the
        Foreign Ministry said some of the men had been sent to the front after less than two
        weeks of training. 'My husband called in March from near Bakhmut and said drones were
        bombing their trenches every night,' said Chandima Kumari from Anuradhapura, who has not
        heard from him since. A government delegation will travel to Moscow to seek the return of
        the bodies and the release of the Sri Lankans still serving, the minister said. The
        embassy in Moscow has also received reports that several Sri Lankans are fighting on the
        Ukrainian side. Police have arrested a retired major general and several others for
        running the recruitment racket."""),
        "B",
        "battle",
    ),
    (
        "Two Sri Lankan peacekeepers injured as Israeli fire hits UNIFIL headquarters in Naqoura",
        _t("""Two Sri Lankan soldiers serving with the United Nations Interim Force in Lebanon were
        injured today when Israeli forces fired at the mission's headquarters in Naqoura, in
        southern Lebanon, the Army Media Directorate said. The soldiers suffered minor injuries
        from explosions near an observation tower and were treated at the UNIFIL hospital in
        Naqoura, the directorate said. UNIFIL said in a statement that it was the second time in
        two days that its headquarters had come under fire, after an Israeli tank fired at an
        observation tower on Thursday, injuring two Indonesian peacekeepers. Israeli troops have
        been carrying out ground operations against Hezbollah in southern Lebanon since October
        1, while air strikes have killed more than 2,000 people in Lebanon over the past year,
        according to the Lebanese health ministry. Sri Lanka has a contingent of about 125 troops
        with UNIFIL. The Foreign Ministry said it had conveyed its concern to the Israeli
        authorities and called for the protection of peacekeepers under international law. The
        families of the two soldiers, from Polonnaruwa and Matale, have been informed."""),
        "E M",
        "shelling",
    ),
    (
        "Sri Lankan caregiver among injured as Iranian missile strikes Bat Yam",
        _t("""A Sri Lankan woman working as a caregiver in Israel was among those injured when an
        Iranian ballistic missile struck a residential building in Bat Yam, south of Tel Aviv,
        early yesterday, the Sri Lankan Embassy in Tel Aviv said. The woman, from Kurunegala,
        suffered leg injuries and is being treated at the Wolfson Medical Center in Holon,
        embassy officials said. At least six people, including two children, were killed in the
        strike, Israeli emergency services said, and dozens of buildings were damaged. Iran has
        fired more than 370 missiles and hundreds of drones at Israel since Israel began striking
        its nuclear and military facilities on Friday. Around 20,000 Sri Lankans work in Israel,
        most of them in caregiving, agriculture and construction. The Foreign Ministry has set up
        a 24-hour hotline for relatives and advised Sri Lankans in Israel to follow the
        instructions of the Home Front Command and stay close to shelters. Officials said there
        were no immediate plans to evacuate workers as the country's airspace remained closed."""),
        "E",
        "missile_strike",
    ),
    (
        "Sri Lankan seafarer among crew wounded as Houthi missile hits bulk carrier in Gulf of Aden",
        _t("""A Sri Lankan seafarer was among three crew members wounded when a missile fired by
        Yemen's Houthi rebels struck a Barbados-flagged bulk carrier in the Gulf of Aden
        yesterday, the Foreign Ministry said. The ship, carrying steel products to Europe, caught
        fire after the missile hit its accommodation block about 50 nautical miles south-west of
        Aden, according to the British maritime agency UKMTO. Two crew members, a Filipino and a
        Vietnamese national, were killed, the US military's Central Command said. The Sri
        Lankan, a 38-year-old second engineer from Galle, suffered burns and was taken with the
        other survivors by an Indian Navy warship to Djibouti, the ministry said. The Houthis, who
        say they target ships linked to Israel in solidarity with Palestinians in Gaza, claimed
        the attack. It was the first deadly strike on merchant shipping since the group began its
        campaign in November. The Merchant Shipping Secretariat has asked manning agencies to
        report all Sri Lankan crew on vessels transiting the Red Sea and the Gulf of Aden."""),
        "E",
        "missile_strike",
    ),
    (
        "Speaker Nasheed critically injured in Malé blast; police call it a deliberate attack",
        _t("""Speaker of Parliament and former President Mohamed Nasheed was critically injured when
        an improvised explosive device attached to a motorcycle exploded near his home in Malé on
        Thursday night, police said. The blast went off at around 8:27pm as Nasheed was walking to
        his car outside his residence in Maafannu. Two of his bodyguards and two bystanders,
        including a British national, were also wounded. Nasheed underwent surgery at ADK
        Hospital for injuries to his head, chest, abdomen and limbs, the hospital said. The
        Commissioner of Police said the explosion was a deliberate attack and that officers of
        the Australian Federal Police would assist the investigation. President Ibrahim Mohamed
        Solih described it as an attack on the country's democracy and economy and vowed that
        those responsible would be brought to justice. Police later said they were treating the
        case as an act of terrorism and released CCTV images of three suspects. Security was
        stepped up across the capital and at the airport."""),
        "T E",
        "bombing",
    ),
    (
        "Three foreigners stabbed in Hulhumalé; police treat attack as terrorism",
        _t("""Three foreign nationals, two Chinese and an Australian, were stabbed in Hulhumalé on
        Tuesday night in what the Maldives Police Service said was an act of terrorism. The
        victims were attacked in separate incidents near the ferry terminal and on a nearby
        street by men armed with knives, police said. All three were taken to Hulhumalé Hospital
        and were in stable condition on Wednesday. Hours later, a video was posted online showing
        masked men who claimed the attack on behalf of the Islamic State group and called on
        Maldivians to carry out further attacks. Police said three suspects had been arrested and
        that the case was being handled by the counter-terrorism department. President Ibrahim
        Mohamed Solih condemned the attack and said the Maldives would not allow extremists to
        threaten the safety of visitors and residents. The Tourism Ministry said the attacks had
        taken place far from resort islands and that resort operations were unaffected."""),
        "T V",
        "stabbing",
    ),
]
