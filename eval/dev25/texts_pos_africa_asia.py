"""dev25 texts: positives: armed groups, insurgents, jihadists (Africa); positives: Asia.

POSITIVES = [(title, text, tag codes, kind), ...], in the order they were written.
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: armed groups, insurgents, jihadists (Africa)
    (
        "JNIM overruns army detachment near Djibo",
        "Fighters of the al-Qaeda-linked JNIM overran a military detachment near Djibo before dawn on Monday, security sources said. At least 40 soldiers and volunteer auxiliaries were killed, and the attackers made off with weapons and vehicles.",
        "B T",
        "attack_on_base",
    ),
    (
        "Convoy hit by roadside bomb, then gunfire, in central Mali",
        "A supply convoy escorted by Malian troops struck an improvised explosive device between Boni and Hombori on Thursday, and gunmen opened fire on the trucks as soldiers tried to secure the road. The army blamed 'terrorists' and said it had killed several of the assailants.",
        "B E T",
        "ambush",
    ),
    (
        "Worshippers gunned down at Friday prayers in western Niger",
        "Gunmen surrounded a mosque in the village of Fambita during Friday prayers and killed 44 worshippers, Niger's interior ministry said. It blamed the Islamic State in the Sahel and declared three days of national mourning.",
        "V T",
        "mosque_attack",
    ),
    (
        "Gunmen abduct more than 280 pupils from school in Nigeria's Kaduna state",
        "Armed men on motorcycles stormed a government school in Kuriga as morning assembly was ending and marched the children into the bush, residents said. A teacher was among those taken; soldiers and police have been sent to search the forest.",
        "V",
        "abduction",
    ),
    (
        "Boko Haram kills rice farmers in Borno fields",
        "Insurgents tied up and killed at least 43 farm workers harvesting rice near Zabarmari, a local militia leader said on Sunday. Nigeria's president condemned what he called a senseless killing by terrorists.",
        "V T",
        "massacre",
    ),
    (
        "Christmas Eve raids on Plateau villages leave more than 140 dead",
        "Armed groups attacked at least 17 villages in the Bokkos and Barkin Ladi areas on Saturday night, shooting residents and burning homes, local officials said. Thousands of survivors have taken shelter in schools and churches in Bokkos town.",
        "V D",
        "village_raid",
    ),
    (
        "Cameroon separatists ambush gendarmes near Bamenda",
        "Four gendarmes were killed when fighters from an Anglophone separatist group opened fire on their patrol vehicle on the outskirts of Bamenda, a regional official said. The army said it had launched a search of the surrounding neighbourhoods.",
        "B",
        "ambush",
    ),
    (
        "Funeral mourners among dozens killed by ADF in North Kivu",
        "Fighters of the Allied Democratic Forces, a group affiliated with Islamic State, attacked a wake in a village near Beni overnight, killing at least 35 people with machetes and guns, civil society leaders said. Survivors fled towards Oicha.",
        "V T D",
        "massacre",
    ),
    (
        "M23 rebels enter lakeside town as residents flee by boat",
        "Fighters of the M23 movement took control of Minova on the shore of Lake Kivu after two days of fighting with Congolese troops and allied militias. Local officials said thousands of people had left by canoe and on foot towards Goma.",
        "B D",
        "battle",
    ),
    (
        "Fano militia and federal troops fight for control of Amhara town",
        "Heavy gunfire was heard in Debre Markos for a second day on Wednesday as fighters of the Fano militia clashed with Ethiopian National Defence Forces, residents told AFP by phone. Shops stayed shut and internet service remained cut.",
        "B",
        "battle",
    ),
    (
        "Paramilitary raid on Gezira village kills over 100, activists say",
        "Fighters of the Rapid Support Forces stormed Wad al-Noura in Sudan's Gezira state, firing on residents, a local resistance committee said. Sudan's army-aligned government called it a massacre of unarmed villagers.",
        "V",
        "massacre",
    ),
    (
        "Car bomb and gunmen target Mogadishu hotel",
        "Al-Shabaab militants detonated a car bomb at the gate of a hotel near Lido beach and then fought their way inside, police said, in a siege that lasted into the night. At least nine people were killed, most of them guests and staff.",
        "E T V B",
        "hotel_siege",
    ),
    (
        "Muidumbe villagers killed, some beheaded, in insurgent raid",
        "Islamic State-linked insurgents killed at least 11 people in a raid on villages in Muidumbe district, some of them by beheading, Mozambican officials and residents said. Hundreds of families fled to Mueda.",
        "V T D",
        "village_raid",
    ),
    (
        "Roadside bomb kills police officers near Kenya-Somalia border",
        "Five police reservists were killed when their vehicle hit an explosive device in Mandera county on Tuesday. Kenyan police blamed al-Shabaab militants who cross from Somalia.",
        "E T",
        "ied",
    ),
    (
        "Dozens killed in Jonglei as armed youth raid cattle camps",
        "Hundreds of armed youth from a neighbouring community attacked cattle camps and villages in Jonglei state, killing at least 32 people and driving off thousands of cows, South Sudanese officials said. Women and children were abducted and several villages were burned.",
        "B V D",
        "communal_violence",
    ),
    (
        "Bandits kill police officers in Kenya's Kerio Valley",
        "Three police officers were shot dead when heavily armed cattle raiders ambushed their patrol in Elgeyo Marakwet, the interior ministry said. Officials said the raiders carried automatic rifles and had fought security forces for hours.",
        "B",
        "ambush",
    ),
    (
        "Chadian soldiers killed as Boko Haram storms Lake Chad base",
        "Around 40 troops died when Boko Haram fighters overran an island garrison in the Lake Chad area during the night, the presidency in N'Djamena said. Mahamat Deby ordered an operation to hunt down the assailants.",
        "B T",
        "attack_on_base",
    ),
    (
        "Park rangers killed by explosive device in Benin's W park",
        "Two rangers and a police instructor died when their vehicle struck a landmine in W National Park, the park's operator said. Jihadist groups active in the Sahel have expanded into northern Benin in recent years.",
        "E T",
        "ied",
    ),
    (
        "Togo reports first deadly jihadist attack on army post in the north",
        "Assailants attacked a forward military position in the Savanes region at night, killing eight soldiers and wounding 13, Togo's government said in a statement, describing them as terrorists. It is the first such attack the country has acknowledged.",
        "B T",
        "attack_on_base",
    ),
    (
        "Gunmen kill villagers and burn homes in Benue state",
        "At least 100 people were killed overnight when attackers stormed Yelwata, a farming community in Benue state, and set fire to houses where displaced families were sleeping, Amnesty International said. Local leaders blamed armed herders.",
        "V D",
        "village_raid",
    ),
    # ---------------------------------------------------------------- positives: Asia
    (
        "Suicide bomber strikes mosque inside Peshawar police compound",
        "At least 84 people died when a bomber detonated his explosives among officers gathered for the noon prayer in a mosque inside Peshawar's Police Lines, officials said. Part of the building collapsed on the worshippers.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Separatists seize passenger train in Balochistan, take hundreds hostage",
        "Fighters of the Baloch Liberation Army blew up a section of track and stormed the Jaffar Express in a mountain pass, holding passengers for more than a day before troops retook the train, the army said. Pakistan's prime minister called the attack an act of terrorism.",
        "V B E T M",
        "hostage_taking",
    ),
    (
        "Blast rips through Shia mosque in Kunduz during Friday prayers",
        "Dozens of worshippers died when a suicide bomber set off explosives inside a Shia mosque in Kunduz at midday, local Taliban officials said. The Khorasan branch of Islamic State said one of its members had carried out the bombing.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "Maoist IED kills eight security personnel in Bijapur",
        "Maoist insurgents triggered a powerful explosive device under a vehicle carrying district reserve guards in Chhattisgarh's Bijapur district, killing eight personnel and their driver, police said.",
        "E",
        "ied",
    ),
    (
        "Security forces kill 12 Maoists in Chhattisgarh gun battle",
        "A joint team of police and central forces exchanged fire with Maoist insurgents for several hours in a forest area of Narayanpur district during a search operation, officials said. Rifles and explosives were recovered from the site.",
        "B M",
        "military_operation",
    ),
    (
        "Gunfights and arson as Manipur ethnic violence flares again",
        "Armed men from rival Meitei and Kuki-Zo groups exchanged fire across the foothills of Bishnupur district, police said, and several empty houses were set on fire. Hundreds of residents moved to relief camps.",
        "B V D",
        "communal_violence",
    ),
    (
        "Militants fire on pilgrims' bus in Jammu, sending it into a gorge",
        "Nine Hindu devotees returning from the Shiv Khori shrine died after gunmen sprayed their coach with bullets near Reasi and the driver lost control on the mountain road. Jammu and Kashmir police called it a terror attack and sent teams into the forest to hunt the assailants.",
        "V T",
        "shooting_attack",
    ),
    (
        "Air strike hits school in Myanmar's Sagaing region",
        "Helicopters of the military fired on a village school in Let Yet Kone while classes were in session, killing at least 11 children, teachers and local officials said. The junta said it was targeting rebels hiding in the village.",
        "E V",
        "airstrike",
    ),
    (
        "Arakan Army takes last junta base on Bangladesh border",
        "The Arakan Army said it had captured the border town of Maungdaw after months of fighting, giving the ethnic armed group control of Myanmar's entire frontier with Bangladesh. Hundreds of soldiers were reported to have surrendered.",
        "B",
        "battle",
    ),
    (
        "Bomb kills four at Catholic mass in Marawi",
        "An explosion tore through a university gymnasium in Marawi during a Sunday mass, killing four people and wounding dozens, Philippine police said. President Marcos blamed 'foreign terrorists'; the Islamic State group later claimed the attack.",
        "E T V",
        "bombing",
    ),
    (
        "Army and communist rebels clash in Negros mountains",
        "Two soldiers and three New People's Army guerrillas were killed in a gun battle in the hills of Negros Occidental, the Philippine army said. Villagers in the area were told to stay indoors.",
        "B",
        "battle",
    ),
    (
        "Narathiwat road bomb hits paramilitary ranger patrol",
        "Six paramilitary rangers were wounded when a bomb hidden under a road exploded as their patrol passed in Narathiwat province, police said. Separatist insurgents have waged a low-level war in the Muslim-majority border provinces since 2004.",
        "E",
        "ied",
    ),
    (
        "Arson and clashes in Khagrachhari as hill communities and settlers fight",
        "At least four people were killed and dozens of shops and houses burned in clashes between Indigenous Pahari residents and Bengali settlers in Bangladesh's Chittagong Hill Tracts, officials said. The army imposed a curfew in the district.",
        "U V",
        "communal_violence",
    ),
    (
        "Kiwi pilot seized by West Papua fighters at Paro airstrip",
        "Fighters of the West Papua National Liberation Army torched a Susi Air plane on the Paro airstrip in Nduga and led its New Zealand pilot away, the group said. Indonesian police said the five passengers were let go.",
        "V",
        "abduction",
    ),
    (
        "Sri Lanka declares emergency as anti-Muslim mobs burn shops in hill district",
        "Sri Lanka declared a state of emergency after crowds torched mosques, shops and homes owned by Muslims in the hill district of Kandy, police said. Troops were deployed to the streets.",
        "U V",
        "communal_riot",
    ),
    (
        "Indian and Chinese troops fight hand-to-hand in Galwan valley",
        "Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan valley in Ladakh, the Indian army said, the deadliest on the disputed border in decades. The two sides fought with rocks and clubs studded with nails, officials said.",
        "B",
        "border_clash",
    ),
    (
        "Armenia says Azerbaijani shelling hit border towns overnight",
        "Yerevan said Azerbaijani artillery and drones had pounded Jermuk, Goris and other towns on the frontier overnight and that dozens of Armenian troops had died. Baku said it had responded to provocations.",
        "E B",
        "border_clash",
    ),
    (
        "Kyrgyz-Tajik border clash kills dozens, tens of thousands evacuated",
        "Troops from Kyrgyzstan and Tajikistan fought with tanks, mortars and drones along a disputed stretch of their border, and Kyrgyz authorities evacuated more than 130,000 people from Batken region, officials said.",
        "B E D",
        "border_clash",
    ),
    (
        "Thailand and Cambodia exchange fire along disputed border",
        "Thai F-16 jets struck Cambodian military targets after Cambodian rockets hit a Thai village and a petrol station, killing civilians, Thai officials said. Tens of thousands of people were evacuated from both sides of the border.",
        "B E D",
        "border_clash",
    ),
    (
        "Shelling across Line of Control kills civilians in Poonch",
        "Pakistani artillery fire hit homes and a gurdwara in Poonch town, killing at least 12 civilians, Indian officials said. Families in border villages moved into bunkers or left for safer areas.",
        "E D",
        "shelling",
    ),
]
