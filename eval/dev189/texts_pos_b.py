"""dev189 positives (2 of 3): reserves, rangers, herders, cattle raids and army dogs under current
armed violence: Mozambique, Congo, South Sudan, Kenya, Nigeria, Mali, Uganda, Myanmar, Ukraine
and Kashmir (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Insurgents raid camp in Mozambique's Niassa reserve, killing two and sending "
        "villagers fleeing",
        "Islamist insurgents attacked a tourism and anti-poaching camp inside Mozambique's "
        "Niassa Special Reserve on Monday, killing two staff members and setting buildings on"
        " fire, according to the reserve's management and local officials. The gunmen, "
        "thought to belong to the Islamic State-linked group known locally as al-Shabaab, "
        "crossed into the reserve from neighbouring Cabo Delgado province, where they have "
        "waged an insurgency since 2017. Staff at the camp fled into the bush, and several "
        "were still unaccounted for on Tuesday, a conservation organisation working in the "
        "reserve told Mongabay. Villagers in at least three communities inside the reserve "
        "have abandoned their homes, some walking for two days to reach the district town of "
        "Mecula. Niassa, a wilderness larger than Switzerland, is one of the last strongholds"
        " of the African wild dog and has a recovering elephant population after a wave of "
        "poaching in the 2010s. Conservationists fear the violence will drive out the rangers"
        " and tourism operators whose presence helped stem the killing. Mozambique's defence "
        "ministry said troops had been sent to the area. The group claimed the attack on its "
        "Telegram channels, posting photographs of burning huts. It was the second attack on "
        "the reserve this year, after gunmen killed a ranger and burned a village school in "
        "the south in March. More than a million people have been displaced by the conflict "
        "in northern Mozambique, according to the United Nations, and Rwandan and regional "
        'troops have been deployed to fight the insurgents in Cabo Delgado. "We have never '
        'had to deal with men like these. Poachers run away, these people come to kill," a '
        "reserve official said. Tourism operators said they had cancelled bookings for the "
        "coming season and moved staff to the provincial capital, Lichinga.",
        "T V D",
        "insurgent raid",
    ),
    (
        "M23 rebels seize ranger post in Virunga's gorilla sector as rangers pull back",
        "Rebels of the Rwanda-backed M23 movement have taken control of a ranger post and the"
        " surrounding forest in the Mikeno sector of Virunga National Park, home to most of "
        "Congo's mountain gorillas, park officials and residents said on Thursday. The "
        "fighters moved in after two days of clashes with Congolese troops and allied "
        'militias around the village of Bukima, forcing park staff to withdraw to Goma. "We '
        'no longer have access to the gorilla families we monitor," a park official said, '
        "asking not to be named because he was not authorised to speak. Residents said "
        "hundreds of families had fled villages on the park's edge towards Kibumba and Goma, "
        "carrying what they could. The M23, which UN experts and Western governments say is "
        "supported by Rwanda, has seized large parts of North Kivu province since relaunching"
        " its rebellion in 2022. Rwanda denies backing the group. Conservationists warned "
        "that without rangers the gorillas would be exposed to snares and to the charcoal "
        "traders who have long moved into areas the state has lost. The park said its rangers"
        " were safe and that it was in contact with community trackers still in the sector.",
        "B D",
        "rebel advance",
    ),
    (
        "Cattle raiders kill 27 in South Sudan's Jonglei, thousands of cows driven off",
        "JUBA (AFP) — Armed youths attacked several villages in South Sudan's Jonglei state "
        "before dawn on Saturday, killing at least 27 people, most of them women and "
        "children, and driving off thousands of head of cattle, local officials said. The "
        "raiders, believed to have come from the neighbouring Greater Pibor Administrative "
        "Area, burned huts and fired on residents as they fled into the swamps, the county "
        "commissioner of Duk, Gabriel Chol, told AFP. Eleven people were wounded, and at "
        "least five children are missing, feared abducted. Revenge raids between Dinka, Nuer "
        "and Murle herders have killed hundreds of people in the region in recent years, "
        "fuelled by the easy availability of automatic weapons and by disputes over grazing "
        "land shrinking under floods. Cattle are the main store of wealth in much of South "
        "Sudan, and the bride price paid in cows has pushed young men to raid. The UN mission"
        " said it had sent peacekeepers to the area and was working with aid agencies to help"
        " families displaced by the attack. President Salva Kiir ordered the army to recover "
        "the stolen animals and bring the attackers to justice.",
        "V D",
        "cattle raid",
    ),
    (
        "Two police reservists killed as bandits raid Baringo homesteads, drive off 300 goats",
        "Two National Police Reservists were shot dead on Tuesday evening when heavily armed "
        "bandits raided homesteads at Kagir in Baringo North and made off with more than 300 "
        "goats and dozens of cattle. Baringo County Police Commander Julius Kiragu said the "
        "reservists had pursued the attackers towards the Kerio Valley escarpment before they"
        " were ambushed. A herder was also wounded and rushed to Kabarnet County Referral "
        "Hospital. The attack comes barely a week after the government extended the security "
        "operation codenamed Maliza Uhalifu, under which Kenya Defence Forces soldiers have "
        "been deployed alongside police in six counties of the North Rift to flush out cattle"
        " rustlers. Residents of Kagir told the Nation that many families had moved to the "
        'trading centre for safety and that schools in the area remained closed. "We sleep '
        'with one eye open. The bandits come with guns better than those of the police," said'
        " a village elder, Mr Kiprono Chelang'a. The government has declared the banditry-hit"
        ' areas "disturbed" and "dangerous", allowing the deployment of the military. '
        "Security officers were on Wednesday pursuing the raiders, Mr Kiragu said.",
        "B M D",
        "banditry",
    ),
    (
        "Gunmen suspected to be herders kill 19 in Benue village, burn farmland",
        "At least 19 people were killed on Sunday night when gunmen suspected to be armed "
        "herders invaded Tse-Ajaver community in Guma Local Government Area of Benue State, "
        "residents and officials said. The attackers, who arrived on motorcycles, shot at "
        "villagers as they slept and set houses and barns ablaze, the chairman of the local "
        "government council said. Several of the victims were women and children who had been"
        ' displaced by earlier attacks and were sleeping in a primary school. "They moved '
        'from house to house. They came with cows and left with our lives," one survivor, who'
        " lost his wife and two sons, told Premium Times. The police spokesperson in the "
        "state confirmed the attack but put the death toll at 12. Benue, one of Nigeria's "
        "main food-producing states, has seen repeated clashes between farmers and herders "
        "over land and water, and attacks on farming communities by armed groups. Governor "
        "Hyacinth Alia condemned the killings and said security forces had been deployed to "
        "the area. Thousands of residents from surrounding villages have since fled to "
        "Makurdi, the state capital.",
        "V D",
        "village raid",
    ),
    (
        "Jihadists kill herders, seize hundreds of cattle in central Mali",
        "Suspected jihadists killed at least eleven herders and drove off hundreds of cattle "
        "in an attack on a seasonal grazing camp in Mali's central Mopti region, local "
        "officials and a herders' association said on Wednesday. The gunmen surrounded the "
        "camp near the town of Tenenkou at dusk on Monday and opened fire, said an official "
        "of the Tabital Pulaaku association, who asked not to be named. Survivors fled on "
        "foot to the nearby river, and several herders are still missing. No group has "
        "claimed the attack, but fighters of the al-Qaeda-linked Group for the Support of "
        "Islam and Muslims (JNIM) are active in the area and have repeatedly seized "
        "livestock, both to finance their operations and to punish communities they accuse of"
        " siding with the army. Mali's army said it had sent reinforcements to the area. The "
        "UN estimates that more than 350,000 people are displaced within Mali.",
        "T V D",
        "jihadist attack",
    ),
    (
        "Ugandan police blame ADF after two tourists and guide killed in national park",
        "Ugandan police have blamed Islamist rebels for an attack in Queen Elizabeth National"
        " Park that killed two foreign tourists and their Ugandan guide, whose safari vehicle"
        " was then set on fire. The three were driving through the Ishasha sector, known for "
        "its tree-climbing lions, when gunmen stopped the vehicle on Tuesday evening, police "
        "said. The attackers belonged to the Allied Democratic Forces (ADF), a group that "
        "began in Uganda, is now based in the forests of eastern Democratic Republic of Congo"
        " and has pledged allegiance to the Islamic State group, a police spokesman said. The"
        " ADF has carried out repeated massacres in Congo and, in June, killed more than 40 "
        "pupils at a school in western Uganda. President Yoweri Museveni called the killers "
        "terrorists and vowed to hunt them down. The Uganda Wildlife Authority said it had "
        "temporarily closed the affected road and stepped up patrols with the army. Tour "
        "operators said several groups had cancelled their bookings. The park, which borders "
        "Congo's Virunga, is one of the most visited in the country.",
        "T V",
        "terrorist attack",
    ),
    (
        "Myanmar junta airstrike kills mahout and two elephants at Sagaing timber camp",
        "A Myanmar military airstrike killed an elephant handler and two working elephants at"
        " a timber camp in Sagaing region on Friday, residents and a local resistance group "
        "said. A fighter jet dropped two bombs on the camp near Kani township shortly after "
        "noon, when mahouts were bathing the animals in a stream, a resident told AFP by "
        "phone. Another handler and his teenage son were wounded. The military, which seized "
        "power in a 2021 coup, has relied more and more on air power against the armed groups"
        " and People's Defence Forces fighting it, and Sagaing has been one of the "
        "hardest-hit regions. The camp had housed about 30 elephants, most of them once used "
        "in state logging, and their handlers kept working after the coup because there was "
        "nowhere else to take the animals. After the strike, the remaining mahouts led their "
        "elephants deeper into the forest, and families from two nearby villages fled with "
        "them, residents said. A spokesman for the junta could not be reached for comment. "
        "Myanmar had an estimated 5,000 captive elephants before the coup, the largest such "
        "population after India's.",
        "E D",
        "airstrike",
    ),
    (
        "Sapper and his mine-detection dog killed by Russian shelling in Kharkiv Oblast",
        "A State Emergency Service sapper and the mine-detection dog working beside him were "
        "killed on Thursday when Russian forces shelled a field they were clearing near the "
        "village of Kurylivka in Kharkiv Oblast, the service said. Two other members of the "
        "demining team were injured and taken to hospital. The team had been checking "
        "farmland for mines and unexploded shells so that farmers could sow winter wheat, the"
        " service said in a statement on Telegram. It said Russian troops had fired on the "
        "area twice that morning, even though the team wore clearly marked vests. The dog, a "
        "four-year-old Malinois named Rubi, had found more than 200 explosive items since she"
        " began working in the region last year. Ukraine is now one of the most heavily mined"
        " countries in the world, and officials estimate that roughly a quarter of its "
        "territory needs to be checked. Deminers and rescuers have repeatedly come under fire"
        " in frontline areas, where Russian drones and artillery hunt vehicles and people "
        "moving in the open. President Volodymyr Zelensky has decorated the service's "
        "best-known dog, Patron, for his work in Chernihiv Oblast.",
        "E V",
        "shelling",
    ),
    (
        "Army assault dog shot during Baramulla encounter succumbs, two terrorists killed",
        "An Army assault dog that was shot twice while tracking terrorists holed up in a "
        "house in Baramulla district died on Thursday at the Army's veterinary hospital in "
        "Srinagar, officials said. The dog, a three-year-old Belgian Malinois named Tiger, "
        "was sent into the building ahead of the troops during a cordon-and-search operation "
        "at Wanigam village on Tuesday night, a defence spokesman said. The terrorists opened"
        " fire, hitting Tiger in the leg and the chest, but the dog kept going and pinned one"
        " of them down, allowing the troops to move in, he said. Two terrorists, including a "
        "Pakistani national, were killed in the encounter that continued till Wednesday "
        "morning, and two soldiers sustained injuries. Arms and ammunition were recovered "
        "from the site, police said. Tiger had served with an Army dog unit and taken part in"
        ' several counter-terrorist operations in north Kashmir. "He fought till his last '
        'breath," the spokesman said. A wreath-laying ceremony was held at the Chinar Corps '
        "headquarters in Srinagar on Thursday afternoon.",
        "B M",
        "counter-insurgency operation",
    ),
]
