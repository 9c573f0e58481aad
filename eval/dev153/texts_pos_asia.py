"""dev153 positives (2 of 3): the Caucasus, Central Asia and Turkey: border wars, the
Karabakh exodus, crackdowns, riots and terrorist attacks (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Azerbaijani shelling hits Jermuk and Goris overnight, Armenian Defence "
        "Ministry reports dozens of soldiers killed",
        "Azerbaijani armed forces launched a large-scale attack on several sections "
        "of Armenia's border shortly after midnight on 13 September, shelling "
        "military positions and villages in the Syunik, Vayots Dzor and Gegharkunik "
        "provinces with artillery, mortars and drones, the Armenian Ministry of "
        "Defence said. Prime Minister Nikol Pashinyan told parliament that 49 "
        "Armenian servicemen had been killed by the afternoon and that the figure "
        "was likely to rise. Shells fell on the outskirts of the spa town of "
        "Jermuk, and residents of several villages near Goris spent the night in "
        "basements. Local authorities began evacuating women and children from Sotk "
        'and Jermuk to Yerevan. Baku said its troops had responded to "large-scale '
        'provocations" by Armenian units and reported 50 of its own servicemen '
        "dead. Armenia has asked the Russian-led Collective Security Treaty "
        "Organisation to invoke its mutual defence clause. The fighting is the "
        "worst since the 44-day war of 2020 and comes as the two countries were "
        "negotiating a peace treaty. By evening, both sides said a Russian-brokered "
        "ceasefire had been agreed, though Yerevan reported continued shelling near "
        "Verin Shorzha.",
        "B E D",
        "border clashes",
    ),
    (
        "In Goris, an exodus from Karabakh arrives with nothing but what fits in a car",
        "The road down from the Hakari bridge into Armenia's Syunik province has "
        "become a slow river of vehicles. Cars with smashed windscreens, trucks "
        "carrying whole families on mattresses and tractors towing trailers piled "
        "with furniture crawl towards Goris, where volunteers hand out water, bread "
        "and SIM cards. By Wednesday evening, the Armenian government said more "
        "than 50,000 people had crossed from Nagorno-Karabakh since Azerbaijan's "
        "one-day offensive last week forced the separatist authorities to lay down "
        "their arms. Many of the arrivals had spent the nine months of the Lachin "
        "corridor blockade living on rationed bread and had not eaten properly in "
        'days. "We left the graves of my parents and my son. We will never be able '
        'to go back," said Anahit, 58, who came from Askeran with her daughter and '
        "three grandchildren. Doctors at the Goris medical centre said they were "
        "treating exhaustion, dehydration and burns, some of them from the fuel "
        "depot explosion near Stepanakert on Monday that killed scores of people "
        "queuing for petrol. The government has set up a registration centre in the "
        "town's theatre and promised housing and a monthly allowance, but hotels in "
        "Goris and Kapan are full. Russian peacekeepers, deployed in Karabakh since "
        "2020, escorted some of the convoys. At the registration desks, officials "
        "in borrowed offices typed names into laptops while children slept on "
        "chairs. Some families said they had waited more than 30 hours in the queue "
        "of vehicles on the single mountain road out of Karabakh. Others had no car "
        "and came on buses organised by the government in Yerevan. The "
        "International Committee of the Red Cross said it had evacuated dozens of "
        "wounded people to Armenian hospitals.",
        "D H",
        "refugee exodus",
    ),
    (
        "Kyrgyz-Tajik border fighting spreads, Bishkek says dozens killed as tens "
        "of thousands evacuated from Batken",
        "Fighting between Kyrgyz and Tajik forces along their disputed border "
        "spread to new areas on September 16, with both sides using tanks, mortars "
        "and armed drones, officials in Bishkek and Dushanbe said. Kyrgyzstan's "
        "Health Ministry said 24 people had been killed and 87 wounded on the "
        "Kyrgyz side, while Tajik officials reported casualties in the Isfara "
        "district without giving figures. The Kyrgyz Emergencies Ministry said more "
        "than 136,000 people had been evacuated from villages in Batken Province. "
        "RFE/RL's Kyrgyz Service reported that houses in the village of Ak-Sai had "
        "been set on fire and that a school and a market in the town of Batken had "
        "been shelled. Each side accused the other of violating a ceasefire that "
        "the two countries' security chiefs had agreed a day earlier. Presidents "
        "Sadyr Japarov and Emomali Rahmon were both attending a summit of the "
        "Shanghai Cooperation Organisation in Samarkand when the clashes erupted. "
        "Roughly a third of the 970-kilometre border has never been demarcated, and "
        "disputes over water and pasture have led to repeated clashes since "
        "independence.",
        "B E D",
        "border clashes",
    ),
    (
        "Tajik forces launch 'anti-terrorist operation' in Gorno-Badakhshan after "
        "deadly protest clashes",
        "Tajik security forces have launched what the authorities call an "
        "anti-terrorist operation in the eastern region of Gorno-Badakhshan, a day "
        "after clashes between police and protesters left at least one demonstrator "
        "dead in the district of Rushan. The Interior Ministry said on May 18 that "
        '"members of organised criminal groups" had blocked the main highway to the '
        "regional capital, Khorog, and opened fire on security forces. Residents "
        "told RFE/RL's Tajik Service that troops fired live rounds and tear gas at "
        "several hundred people who had gathered to demand the resignation of the "
        "regional governor and the release of detained activists. Internet "
        "connections to the region have been cut since last November, making it "
        "difficult to verify the number of casualties. Local activists said at "
        "least eight people had been killed in Rushan, while the government put the "
        "figure at one. Armoured vehicles and special forces were seen arriving in "
        "Khorog on Wednesday. Human rights groups have urged Dushanbe to stop using "
        "force against the Pamiri minority, which has long been at odds with the "
        "central government.",
        "M U",
        "crackdown",
    ),
    (
        "Almaty burns as Tokayev gives shoot-to-kill order and CSTO troops arrive",
        "Kazakhstan's largest city woke up on Friday to the sound of gunfire for a "
        "third straight day. The mayor's office on Almaty's central square, set on "
        "fire by crowds on Wednesday, stood blackened and gutted, and burned-out "
        "police cars lined the streets nearby. In a televised address, President "
        'Kassym-Jomart Tokayev said he had ordered the security forces to "fire '
        'without warning" at what he called 20,000 "bandits and terrorists" who had '
        'attacked the city. The Interior Ministry said 26 "armed criminals" had '
        "been killed and more than 3,000 people detained nationwide, while 18 "
        "members of the security forces had died. Looters had stripped shops and "
        "banks, and the city's airport was briefly seized before troops retook it. "
        "The protests began on January 2 in the western oil town of Zhanaozen over "
        "a sharp rise in the price of liquefied gas and spread within days to much "
        "of the country. On Thursday, the first of about 2,500 troops from the "
        "Russian-led Collective Security Treaty Organisation landed at Tokayev's "
        "request. The internet has been largely shut down since Wednesday, and "
        "Eurasianet could not independently confirm the casualty figures. Residents "
        "reached by phone described bodies lying on Republic Square and soldiers "
        "firing at cars that did not stop at checkpoints. Banks, shops and petrol "
        "stations remained closed, and queues formed outside the few supermarkets "
        "that opened. Tokayev also dismissed his government and removed former "
        "President Nursultan Nazarbayev as head of the Security Council, a post he "
        "had held since stepping down in 2019.",
        "U M",
        "riot",
    ),
    (
        "Police disperse Rustaveli Avenue rally with water cannon and tear gas, dozens detained",
        "Riot police used water cannon, tear gas and pepper spray overnight to "
        "disperse thousands of protesters outside the Georgian Parliament on "
        "Rustaveli Avenue, the sixth consecutive night of demonstrations against "
        "the government's decision to suspend EU accession talks until 2028. "
        "Protesters fired fireworks at police lines and built barricades from "
        "benches and metal fences near the Kashveti church, according to footage "
        "from the scene. The Interior Ministry said 48 people had been detained for "
        "petty hooliganism and disobeying police orders and that 11 officers had "
        "been injured. The opposition and the Public Defender's Office said many "
        "detainees had been beaten in custody, several of them taken to hospital "
        "with head injuries. Journalists from at least three outlets said they were "
        "attacked by masked men while filming the dispersal. Prime Minister Irakli "
        'Kobakhidze thanked the police for what he called their "high '
        'professionalism" and accused the opposition of organising violence. '
        "President Salome Zourabichvili, who refuses to recognise the results of "
        "the October parliamentary elections, joined the protesters on Rustaveli "
        "Avenue before midnight.",
        "U",
        "crackdown",
    ),
    (
        "Five killed in terror attack on TUSAŞ headquarters in Ankara; Turkish jets "
        "hit PKK targets in Iraq and Syria",
        "Five people were killed and 22 others injured in a terror attack on the "
        "headquarters of Turkish Aerospace Industries (TUSAŞ) in Ankara's "
        "Kahramankazan district on Wednesday afternoon, Interior Minister Ali "
        "Yerlikaya announced. Two assailants, a man and a woman armed with "
        "long-barrelled rifles and explosives, arrived in a taxi, detonated a bomb "
        "at the security gate and opened fire on employees before security forces "
        "killed them in a gunfight inside the compound, officials said. Yerlikaya "
        "said the attackers had been identified as members of the PKK terrorist "
        "organisation. The taxi driver, whose body was found in the vehicle, was "
        "among the dead. Hours after the attack, the Turkish Armed Forces launched "
        "air strikes on 32 PKK targets in northern Iraq and Syria, the National "
        "Defense Ministry said, adding that caves, shelters and depots had been "
        '"neutralized." President Recep Tayyip Erdoğan, speaking at the BRICS '
        'summit in Kazan, condemned what he called a "heinous" attack on the '
        "country's defense industry. TUSAŞ produces the KAAN fighter jet and the "
        "ANKA drone. The attack came a day after Devlet Bahçeli, the leader of the "
        "Nationalist Movement Party (MHP), suggested that jailed PKK leader "
        "Abdullah Öcalan could address parliament if he declared an end to the "
        "violence. Flags flew at half-mast at the company's facilities, and the "
        "Ankara Chief Public Prosecutor's Office launched an investigation. Access "
        "to several social media platforms was throttled for hours after the "
        "attack, according to the internet monitor NetBlocks.",
        "T B E M",
        "terrorist attack",
    ),
    (
        "Interior minister says 1,133 detained as İmamoğlu protests continue for fifth night",
        "Turkish authorities have detained 1,133 people during five days of "
        "demonstrations against the arrest of Istanbul Mayor Ekrem İmamoğlu, "
        "Interior Minister Ali Yerlikaya said on March 24. Yerlikaya said 123 "
        "police officers had been injured by protesters who threw stones, "
        "fireworks, acid and Molotov cocktails, and that cases had been opened "
        'against dozens of people over "provocative" social media posts. Police '
        "used water cannon, pepper gas and plastic bullets against crowds outside "
        "the Istanbul Metropolitan Municipality building in Saraçhane late on "
        "Sunday, after Republican People's Party (CHP) leader Özgür Özel addressed "
        "tens of thousands of supporters. Demonstrators were also dispersed in "
        "İzmir, Ankara and Antalya. An Istanbul court on Sunday ordered İmamoğlu, "
        "widely seen as President Recep Tayyip Erdoğan's main rival, to be jailed "
        "pending trial on corruption charges. The same day, the CHP held a primary "
        "in which more than 15 million people voted to name İmamoğlu as its "
        'presidential candidate. Erdoğan accused the opposition of "street terror" '
        "and said the government would not tolerate disorder.",
        "U",
        "crackdown",
    ),
    (
        "Protesters seize Kyrgyz government headquarters after disputed vote, one "
        "dead in overnight clashes",
        "Protesters stormed and set fire to parts of the White House, the building "
        "that houses Kyrgyzstan's presidential administration and parliament, in "
        "Bishkek overnight, after police failed to disperse thousands of people "
        "angry over the results of the October 4 parliamentary elections. The "
        "Health Ministry said one person had been killed and about 590 injured, "
        "including police officers, in clashes in and around Ala-Too Square, where "
        "riot police had used water cannon, stun grenades and rubber bullets. "
        "Crowds also broke into the headquarters of the State Committee for "
        "National Security and freed former President Almazbek Atambaev, who had "
        "been serving an 11-year prison sentence, as well as the nationalist "
        "politician Sadyr Japarov. By the morning of October 6, several opposition "
        "parties had announced the formation of a coordination council. President "
        'Sooronbai Jeenbekov accused "certain political forces" of trying to seize '
        "power illegally. Only four of the 16 parties on the ballot passed the "
        "threshold, three of them with close ties to the government, and monitors "
        "had reported widespread vote-buying. RFE/RL's Kyrgyz Service reported "
        "looting of several shops and the office of a gold-mining company in "
        "Bishkek.",
        "U",
        "post-election unrest",
    ),
    (
        "Six killed, 81 wounded in bomb attack on Istanbul's İstiklal Avenue; suspect detained",
        "Six people were killed and 81 others injured when a bomb exploded on "
        "Istanbul's busy İstiklal Avenue on Sunday afternoon, when the pedestrian "
        "street in the Beyoğlu district was crowded with weekend shoppers and "
        "tourists. Interior Minister Süleyman Soylu said early on Monday that "
        "police had detained a Syrian woman suspected of leaving a bag containing "
        "the explosive device under a bench, and that 46 people in total had been "
        "taken into custody. Soylu said the suspect had confessed that she acted on "
        "orders from the PKK and its Syrian offshoot, the YPG, and had been trained "
        "in northern Syria. The PKK denied any involvement. Two of the dead were a "
        "girl and her father. President Recep Tayyip Erdoğan, speaking before "
        'departing for the G20 summit in Bali, said the attack "smells of terror," '
        "and the Justice Minister, Bekir Bozdağ, said the woman had sat on a bench "
        "for 40 minutes before leaving. The Radio and Television Supreme Council "
        "(RTÜK) imposed a temporary broadcast ban on coverage of the attack. "
        "İstiklal Avenue was also the scene of a suicide bombing in 2016 that "
        "killed four people.",
        "T E V",
        "bombing",
    ),
]
