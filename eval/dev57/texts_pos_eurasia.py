"""dev57 positives from Russia, Ukraine, the Caucasus, Central Asia and Turkey, in the idiom of
TASS, RIA Novosti, the Russian Defence Ministry's briefings, regional governors, Ukraine's General
Staff, Air Force and regional military administrations, Ukrinform, Azerbaijan's and Armenia's
defence ministries, Kabar, Kazinform, Anadolu Agency and the Turkish Defence Ministry.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Battlegroup Centre liberates Novohrodivka, Russian Defence Ministry says",
        "MOSCOW, September 9 (TASS) -- Units of the Battlegroup Centre have liberated the "
        "settlement of Novohrodivka in the Donetsk People's Republic as a result of active "
        "offensive operations, the Russian Defence Ministry said in its daily briefing. Over the "
        "past 24 hours the enemy lost up to 520 servicemen, two tanks and four field artillery "
        "guns in that sector, the ministry said. Operational-tactical aviation, attack drones, "
        "missile troops and artillery struck manpower and hardware of the Armed Forces of Ukraine "
        "in 143 districts. In the Kupiansk direction, units of the Battlegroup West repelled four "
        "counterattacks by assault groups of two mechanised brigades. Air defence means shot down "
        "three JDAM guided aerial bombs, four HIMARS rockets and 96 fixed-wing drones over the "
        "past day.",
        "B M",
        "offensive",
    ),
    (
        "Air defence systems on duty destroy 41 Ukrainian UAVs over Bryansk, Kursk and Oryol "
        "regions",
        "Air defence systems on duty intercepted and destroyed 41 Ukrainian unmanned aerial "
        "vehicles over the Bryansk, Kursk and Oryol regions overnight, the Defence Ministry said "
        "on Saturday. The Kyiv regime's attempt to carry out a terrorist attack with fixed-wing "
        "drones against facilities on the territory of the Russian Federation was thwarted, the "
        "ministry said. The Bryansk regional governor wrote on Telegram that there were no "
        "casualties, although windows were shattered in several houses in the village of Sudimir. "
        "Flights at Kaluga airport were briefly restricted, the Federal Air Transport Agency said.",
        "E",
        "drone attack",
    ),
    (
        "Two killed as Ukrainian armed formations shell Shebekino with Grad rockets",
        "The Armed Forces of Ukraine shelled the town of Shebekino with Grad multiple rocket "
        "launchers on Tuesday morning, the Belgorod regional governor said. A woman and a "
        "70-year-old man were killed and five people were wounded; a school, a kindergarten and 14 "
        "private houses were damaged. Residents of two streets spent the night in temporary "
        "accommodation centres in Belgorod, the regional government added, and classes in the "
        "district were moved online until the end of the week. The governor said Ukrainian drones "
        "had also attacked two cars on the Belgorod-Shebekino road in the afternoon.",
        "E D",
        "shelling",
    ),
    (
        "More than 6,000 moved out of Kursk border districts as enemy incursion is repelled",
        "The acting governor of the Kursk region said on Wednesday that more than 6,000 residents "
        "had been moved out of the border districts since Ukrainian armed formations crossed the "
        "state border on August 6. Units of the Northern group of forces, together with Rosgvardia "
        "and FSB border troops, continue to destroy the enemy, the Defence Ministry said, "
        "reporting that the advance of mobile groups towards Bolshoye Soldatskoye had been "
        "thwarted. Buses were taking residents of Sudzha, Korenevo and Glushkovo districts to "
        "temporary accommodation centres in Kursk and Kurchatov, where volunteers were handing out "
        "food, medicines and clothing. The governor said three civilians had been killed and 31 "
        "wounded, among them six children, since the shelling of the border areas began. A "
        "regional state of emergency was declared, and a hotline was opened for relatives looking "
        "for residents who had stayed behind. Schoolchildren from the evacuated districts will "
        "begin the school year in other towns of the region, the regional education ministry said.",
        "B E D",
        "incursion",
    ),
    (
        "Air Force: 47 of 56 Shahed drones shot down, port facility hit in Odesa",
        "KYIV, 14 November (Ukrinform) -- On the night of November 14, the enemy attacked Ukraine "
        "with 56 Shahed-type attack drones and three Iskander-M ballistic missiles launched from "
        "the Kursk region, the Air Force of the Armed Forces of Ukraine reported. Air defence shot "
        "down or suppressed 47 drones; nine reached targets in the Odesa and Dnipropetrovsk "
        "regions. In Odesa, according to the head of the regional military administration, a drone "
        "hit a port infrastructure facility, wounding two workers and starting a fire over an area "
        "of 300 square metres. Mobile fire groups, electronic warfare units and aviation took part "
        "in repelling the attack.",
        "E",
        "drone and missile attack",
    ),
    (
        "General Staff: 167 combat clashes over past day, heaviest in Pokrovsk direction",
        "Over the past day, 167 combat clashes took place on the front line, the General Staff of "
        "the Armed Forces of Ukraine said in its morning update. The occupiers were most active in "
        "the Pokrovsk direction, where Ukrainian defenders stopped 52 assault actions near "
        "Myrnohrad, Udachne and Kotlyne. The enemy also dropped 28 guided aerial bombs in the "
        "Zaporizhzhia direction and carried out more than 4,100 attacks on settlements and "
        "positions of our troops, 112 of them with multiple rocket launchers. Units of the Defence "
        "Forces continue to inflict losses on the enemy along the entire line of contact, the "
        "General Staff said.",
        "B E",
        "battle",
    ),
    (
        "Russian drone drops explosive on city bus in Kherson, passenger killed",
        "The Russian army dropped an explosive device from a drone on a municipal bus in Kherson's "
        "Dniprovskyi district on Monday morning, killing a 58-year-old passenger and injuring the "
        "driver and six others, the Kherson Regional Military Administration said. Over the past "
        "day the occupiers targeted residential quarters, a humanitarian aid distribution point "
        "and private cars in 31 settlements of the region, the administration added. 'The enemy is "
        "hunting civilians with drones,' the head of the city military administration wrote, "
        "urging residents of the riverside neighbourhoods to stay in shelters. Bus services to the "
        "Korabel microdistrict, which the drones target almost daily, were suspended until further "
        "notice.",
        "E V",
        "drone attack",
    ),
    (
        "Defence Intelligence says naval drones sank Black Sea Fleet missile boat",
        "A special unit of Ukraine's Defence Intelligence destroyed the Black Sea Fleet missile "
        "boat Ivanovets in Donuzlav Bay overnight, the agency said in a statement accompanied by "
        "night-vision video. After several direct hits by Magura V5 naval drones to the hull, the "
        "vessel heeled to the stern and sank, the statement said. The Russian Defence Ministry did "
        "not comment on the loss, saying only that six unmanned boats had been destroyed in the "
        "western part of the Black Sea. The boat, built in 1989, carried Moskit anti-ship missiles "
        "and a crew of about 40, the statement said. Russian military bloggers said part of the "
        "crew had been rescued.",
        "E M",
        "naval drone strike",
    ),
    (
        "Kyiv regime strikes Donetsk market with artillery, 27 killed, DPR head says",
        "Ukrainian armed formations struck the Tekstilshchik market in Donetsk's Kirovsky district "
        "with 155mm and 152mm artillery on Sunday morning, when it was full of shoppers, the "
        "Russian-installed head of the Donetsk People's Republic said. Twenty-seven people were "
        "killed, including two teenagers, and 25 were wounded, he said, calling it a deliberate "
        "strike on a crowded market. Kyiv made no comment; a Ukrainian military spokesman said the "
        "armed forces were not responsible for strikes on civilian targets. Rescuers of the "
        "Russian Emergencies Ministry put out fires in several kiosks, and a day of mourning was "
        "declared in the republic.",
        "E V",
        "shelling",
    ),
    (
        "Azerbaijan launches 'local anti-terror measures' in Karabakh",
        "Local anti-terror measures have been launched in the Karabakh economic region to disarm "
        "and secure the withdrawal of formations of the armed forces of Armenia from our "
        "territories, the Ministry of Defence of the Republic of Azerbaijan said on 19 September. "
        "Only legitimate military targets are being incapacitated with the use of high-precision "
        "weapons, and the civilian population is not being targeted, the ministry said. "
        "Humanitarian corridors and reception points have been set up on the Lachin road for the "
        "safe exit of the population from the dangerous area. Officials in Stepanakert reported "
        "heavy artillery fire on the town and said at least two civilians had been killed. The "
        "ministry said the next day that the measures had been suspended after the Armenian "
        "formations agreed to lay down their weapons.",
        "B E M D",
        "offensive",
    ),
    (
        "Azerbaijani Defence Ministry reports fire on its positions in Kalbajar; Yerevan calls it "
        "disinformation",
        "On 11 January, units of the armed forces of Armenia, using small arms and large-calibre "
        "machine guns, subjected the positions of the Azerbaijan Army in the Kalbajar district to "
        "intermittent fire, the Ministry of Defence of Azerbaijan said. Our units took adequate "
        "retaliatory measures, the ministry added. The Armenian Defence Ministry called the report "
        "disinformation and said Azerbaijani units had opened fire first, wounding a contract "
        "serviceman at a post near Verin Shorzha.",
        "B",
        "border clash",
    ),
    (
        "Fighting on Kyrgyz-Tajik border for second day; 136,000 evacuated from Batken",
        "BISHKEK, September 16 (Kabar) -- Fighting continued along the Kyrgyz-Tajik state border "
        "for a second day, the Border Service of the State Committee for National Security said, "
        "accusing Tajik units of using mortars, tanks and drones against the settlements of the "
        "Batken region. The Ministry of Emergency Situations said more than 136,000 residents had "
        "been evacuated from the border zone, and that a school and the administration building in "
        "the village of Ak-Sai were on fire. Dushanbe's border troops said in their own statement "
        "that the Kyrgyz side had opened fire first on a Tajik outpost. Kyrgyz authorities said 24 "
        "people had been killed and 87 wounded, among them civilians, and the two presidents "
        "agreed by telephone on a ceasefire that was violated within hours.",
        "B E D",
        "border clash",
    ),
    (
        "MSB: 13 PKK terrorists neutralised in northern Iraq",
        "ANKARA (AA) - Turkish security forces neutralised 13 PKK terrorists in the Metina, Hakurk "
        "and Gara regions of northern Iraq, the National Defence Ministry said on Sunday. The "
        "terrorists were identified by intelligence units and neutralised in air-supported "
        "operations, the ministry said on X. 'Our fight against terrorism will continue until the "
        "last terrorist is neutralised,' the statement said. Turkish authorities use the term "
        "'neutralised' to indicate that the terrorists in question surrendered or were killed or "
        "captured.",
        "E M",
        "counterinsurgency operation",
    ),
    (
        "Soldier martyred in Claw-Lock zone laid to rest in Kayseri",
        "A soldier who was martyred in a clash with PKK terrorists in the Claw-Lock operation zone "
        "in northern Iraq on Friday was laid to rest in his hometown of Kayseri on Sunday. "
        "Specialist Sergeant Mehmet Ali Yurtsever, 24, was killed when terrorists opened fire on "
        "his unit near the Zap region, the National Defence Ministry said, adding that four "
        "terrorists were neutralised in the response. The provincial governor, commanders and "
        "thousands of citizens attended the funeral prayer at a mosque in Kocasinan, where his "
        "coffin, draped in the Turkish flag, was carried on the shoulders of his comrades.",
        "B T",
        "funeral after clash",
    ),
    (
        "Six killed, 81 injured in bomb attack on Istanbul's Istiklal Avenue",
        "A bomb exploded on Istanbul's crowded Istiklal Avenue at 16.20 local time on Sunday, "
        "killing six people and injuring 81, the Istanbul governor's office said. The Interior "
        "Minister said a woman who had left a bag on a bench had been detained with 46 other "
        "suspects, and that the first findings pointed to the PKK/PYD terrorist organisation. The "
        "group denied involvement. Flags were lowered to half-mast across the country.",
        "T E V",
        "bombing",
    ),
    (
        "Three gunmen planning attack on police post liquidated in Nalchik, NAC says",
        "Three members of an international terrorist organisation who were preparing to attack a "
        "traffic police post were liquidated in Nalchik on Tuesday after they put up armed "
        "resistance to an attempt to detain them, the National Anti-Terrorism Committee said. "
        "Automatic weapons, ammunition and components of an improvised explosive device were found "
        "at the scene, the committee said, adding that no law enforcement officers or civilians "
        "were hurt. A counter-terrorist operation regime was introduced in two districts of the "
        "city and lifted in the evening.",
        "B M",
        "raid",
    ),
    (
        "Ukrainian saboteurs cross into Bryansk region and fire on car, governor says",
        "A group of Ukrainian saboteurs crossed the state border into the Klimovo district of the "
        "Bryansk region on Thursday morning and opened fire on a passing car, killing two "
        "residents and wounding a ten-year-old boy, the regional governor said. Border guards and "
        "army units blocked the group, and the FSB later said the saboteurs had been pushed back "
        "onto Ukrainian territory and hit with massive artillery fire. An adviser to the Ukrainian "
        "president called the report a classic deliberate provocation. A school bus had passed "
        "along the same road minutes earlier, the governor said.",
        "B V E",
        "incursion",
    ),
    (
        "Tokayev orders troops to fire without warning as 'terrorist bands' seize Almaty buildings",
        "The President of Kazakhstan said in a televised address on Friday that he had ordered law "
        "enforcement agencies and the army to open fire without warning on bandits and terrorists "
        "who had seized the Almaty city administration and the airport. Over two nights crowds set "
        "fire to the akimat and the prosecutor's office, looted shops and attacked police, the "
        "Interior Ministry said, reporting 18 police officers and National Guard servicemen killed "
        "and 748 injured. A counter-terrorist operation has been under way across the country "
        "since Wednesday, and more than 3,800 people have been detained. Internet access was cut "
        "across the country and Almaty airport was closed to flights. Troops of the Collective "
        "Security Treaty Organisation began arriving at the President's request.",
        "U M T",
        "riot",
    ),
    (
        "Guided bombs hit Kharkiv hypermarket with some 200 people inside",
        "Two Russian guided aerial bombs struck the Epicentr building materials hypermarket in "
        "Kharkiv on Saturday afternoon, when some 200 people were inside, the head of the Kharkiv "
        "regional military administration said. The death toll rose to 16 overnight and 43 people "
        "were injured, and rescuers of the State Emergency Service were still searching the rubble "
        "for missing employees. 'This is clear terror against civilians,' the regional head said. "
        "Hospitals in Kharkiv appealed to residents to donate blood, and queues formed outside the "
        "regional blood centre.",
        "E V H",
        "airstrike",
    ),
    (
        "Nearly 10,000 evacuated from Vovchansk and Lyptsi since Russian offensive began",
        "Since the start of the Russian offensive on the Kharkiv region on 10 May, 9,907 people "
        "have been evacuated from the Vovchansk and Lyptsi communities, the Kharkiv Regional "
        "Military Administration reported on Wednesday. Police evacuation crews known as the White "
        "Angels are bringing residents out under fire, the administration said, and a transit "
        "centre in Kharkiv registered 2,300 arrivals in the past 24 hours. The General Staff said "
        "fighting continued on the northern outskirts of Vovchansk.",
        "B M D",
        "displacement",
    ),
    (
        "Four killed on Sevastopol beach as fragments of ATACMS missile fall, Defence Ministry "
        "says",
        "Four people, two of them children, were killed and 151 wounded when fragments of a "
        "US-supplied ATACMS missile with a cluster warhead fell on the Uchkuevka beach in "
        "Sevastopol on Sunday afternoon, when holidaymakers crowded the shore, the city's governor "
        "said. The Russian Defence Ministry said air defences had shot down four of the five "
        "missiles launched at the city, and accused Washington of a deliberate missile strike on "
        "civilians. Monday was declared a day of mourning in Sevastopol. Fragments also damaged "
        "houses in Lyubimovka, and 82 of the wounded, 27 of them children, were admitted to "
        "hospitals, the regional health department said.",
        "E V",
        "missile strike",
    ),
]
