"""Positives of eval/dev30, older wars and attacks, 2015-2020: (title, text, tags, kind)."""

POSITIVES = [
    (
        "Gunmen and suicide bombers kill scores in coordinated attacks across Paris",
        "PARIS — Gunmen and suicide bombers attacked a concert hall, a stadium, restaurants and "
        "bars across Paris on Friday night, killing at least 129 people in the deadliest "
        "violence in France since the Second World War, officials said. Three explosions went "
        "off outside the Stade de France, where France was playing Germany in a friendly "
        "football match attended by President François Hollande, who was evacuated. At about the "
        "same time, gunmen opened fire on people sitting on café terraces in the 10th and 11th "
        "districts. The worst carnage was at the Bataclan concert hall, where attackers took "
        "hostages during a rock concert and shot dozens of people before police stormed the "
        'building shortly after midnight. "They shot at the crowd for ten minutes. Everybody lay '
        'down on the floor," a radio journalist who was at the concert said. Hollande declared a '
        "state of emergency across the country, ordered border controls and called the attacks "
        '"an act of war" committed by a "terrorist army". The Islamic State group claimed '
        "responsibility on Saturday, saying the attacks were a response to French air strikes on "
        "its fighters in Syria and Iraq. Seven attackers were killed, most by detonating their "
        "explosive belts, prosecutors said. Hospitals activated emergency plans and called in "
        "off-duty staff to treat more than 350 wounded. Parisians opened their homes to "
        "strangers stranded in the streets, using the hashtag PorteOuverte.",
        "T V E B",
        "terror_attack",
    ),
    (
        "Iraqi forces battle Islamic State street by street in west Mosul",
        "MOSUL, Iraq — Iraqi troops backed by US-led coalition air strikes pushed deeper into "
        "the old city of western Mosul on Tuesday, fighting Islamic State militants house by "
        "house in narrow streets where hundreds of thousands of civilians remain trapped, "
        "officers said. Counter-terrorism service commanders said their forces had advanced to "
        "within a few hundred metres of the al-Nuri mosque, where the group's leader declared a "
        "caliphate in 2014. The militants were using snipers, suicide car bombs and drones "
        "dropping grenades to slow the advance, an officer said. Aid agencies said civilians "
        "were running out of food and water, and that families who escaped described eating "
        "flour mixed with water and seeing neighbours shot by militants as they tried to flee. "
        "More than 700,000 people have been displaced since the offensive to retake the city "
        "began in October, the International Organization for Migration said, and new camps "
        'south of the city were full. "We walked through the night with white flags. My son was '
        'hit by a sniper but we carried him," said a man who reached a screening centre at '
        "Hammam al-Alil. The UN said it was deeply concerned by reports of civilian deaths in "
        "coalition air strikes, including one in the al-Jadida district that residents said "
        "killed more than 100 people in a collapsed building. The Iraqi government has said the "
        "battle for Mosul, the group's last major stronghold in Iraq, is entering its final "
        "phase.",
        "B M D H E V",
        "offensive",
    ),
    (
        "Evacuation of east Aleppo stalls as fighting resumes around besieged enclave",
        "BEIRUT — The evacuation of civilians and rebel fighters from the last besieged "
        "districts of eastern Aleppo was halted on Friday as gunfire and shelling broke out "
        "again, leaving thousands of people waiting in the cold, the UN and rebel officials "
        "said. Buses that had carried several thousand people out of the enclave to rebel-held "
        "countryside west of the city on Thursday stopped running after pro-government militias "
        "blocked the route and opened fire on a convoy, according to the Red Cross and rebels. "
        "The Syrian army said militants had violated the agreement by trying to take heavy "
        "weapons and hostages with them. Rebels fired shells on government-held western "
        "districts, state media said. Inside the enclave, residents said they had no food, no "
        'functioning hospital and no shelter from the bombardment. "We have been waiting at the '
        'crossing since morning with the children. There is nowhere to go back to," said a '
        "teacher reached by text message. The World Health Organization said wounded people, "
        "including children, had been taken out in ambulances before the evacuation stopped. "
        "Government forces, backed by Russian air power and Iranian-backed militias, have "
        "retaken more than 90 percent of the former rebel-held area of the city in a month-long "
        "offensive. The UN Security Council was to meet to discuss sending observers to monitor "
        "the evacuation.",
        "B E D H M",
        "siege",
    ),
    (
        "Saudi-led coalition strikes Sanaa as air campaign against Houthis intensifies",
        "SANAA — Warplanes of a Saudi-led coalition carried out heavy air strikes on Yemen's "
        "capital Sanaa overnight, hitting army bases, a presidential compound and weapons depots "
        "held by the Houthi movement and its allies, residents and Houthi-run media said. A huge "
        "explosion at a missile depot on Fajj Attan hill shook the city and blew out windows "
        "across several districts, killing at least 25 people in nearby houses, medics said. "
        '"The sky turned red and the house shook. Glass fell on the children," a resident of the '
        "Haddah district said. The coalition said it was responding to a request from President "
        "Abd-Rabbu Mansour Hadi, who fled to Saudi Arabia last month after the Houthis advanced "
        "on the southern port of Aden. A coalition spokesman said the operation, named Decisive "
        "Storm, had destroyed most of the Houthis' air defences and ballistic missiles. On the "
        "ground, Houthi fighters and army units loyal to former president Ali Abdullah Saleh "
        "fought local militias in Aden and in the southern provinces. The International "
        "Committee of the Red Cross said it was struggling to fly in medical supplies because of "
        "the air blockade, and hospitals in Aden were overwhelmed. Thousands of foreign "
        "nationals have been evacuated by sea. The Houthis, who seized Sanaa in September, "
        "accuse Saudi Arabia of waging war on Yemen on behalf of the United States.",
        "E M B H D",
        "air_campaign",
    ),
    (
        "Fighting for Tripoli intensifies as Haftar's forces shell southern suburbs",
        "TRIPOLI, Libya — Forces loyal to eastern Libyan commander Khalifa Haftar shelled "
        "southern suburbs of Tripoli on Saturday and fought government troops near the disused "
        "international airport, in the heaviest fighting since the start of their offensive on "
        "the capital two weeks ago, residents and officials said. The World Health Organization "
        "said at least 220 people had been killed and more than 1,000 wounded since the "
        "offensive began, including civilians. Rockets also hit residential blocks in the Abu "
        "Salim district, killing several people, the health ministry of the UN-backed Government "
        "of National Accord said. Both sides carried out air strikes, and Haftar's Libyan "
        'National Army said it had shot down a government warplane. "The shells fall on the '
        "houses without warning. We moved to my brother's flat in the centre,\" said a resident "
        "of Ain Zara. The UN said more than 25,000 people had been displaced from southern "
        "districts, many staying with relatives or in schools, and that migrants held in "
        "detention centres near the front line were at risk. Haftar's forces control most of "
        "eastern and southern Libya and advanced on the capital at the start of April while the "
        "UN secretary-general was visiting Tripoli. Libya has been divided among rival "
        "governments and armed groups since the 2011 uprising that toppled Muammar Gaddafi.",
        "B E D",
        "offensive",
    ),
    (
        "Gunmen kidnap 79 pupils from boarding school in Cameroon's restive north-west",
        "BAMENDA, Cameroon — Armed men abducted 79 pupils, their principal and a driver from a "
        "Presbyterian boarding school in Nkwen, on the outskirts of Bamenda in Cameroon's "
        "English-speaking North-West region, before dawn on Monday, the school's church and "
        "military sources said. The gunmen broke into the dormitories and marched the children, "
        "aged between 10 and 14, into the hills surrounding the town, a teacher said. A video "
        "circulated on social media later in the day showed a group of frightened boys saying "
        'they had been taken by "the Amba boys", a name used for separatist fighters who want an '
        "independent state they call Ambazonia, and that they did not know when they would be "
        "released. The children were told in the video to say they would stay with the fighters "
        "until schools were closed. Separatist groups have ordered schools in the region to "
        "close as part of a boycott of institutions they see as tools of the French-speaking "
        "majority, and have burned school buildings and threatened teachers who defy the order. "
        "A government spokesman blamed separatist fighters and said soldiers were searching the "
        "hills around the town. A spokesman for one separatist group denied involvement. Parents "
        'gathered at the school gates throughout the day, some in tears. "My son called me on '
        'Sunday night to say he had finished his exams. This morning he was gone," said one '
        "mother. The moderator of the Presbyterian Church in Cameroon said the church would "
        "close its schools in the region if the pupils were not released. The conflict in the "
        "Anglophone regions began in 2016 with peaceful protests by lawyers and teachers against "
        "the use of French in courts and schools, and turned violent after a crackdown by the "
        "security forces. Hundreds of thousands of people have fled their homes, and the UN says "
        "more than 600,000 children are out of school in the two regions. After the kidnapping, "
        "dozens of families pulled their children out of other boarding schools in Bamenda and "
        "sent them to relatives in the French-speaking cities of Douala and Yaoundé.",
        "V D",
        "abduction",
    ),
    (
        "Shelling pounds Stepanakert and Ganja as Nagorno-Karabakh fighting spreads to cities",
        "BAKU / YEREVAN — Armenian and Azerbaijani forces shelled each other's cities on Sunday "
        "as fighting over the breakaway region of Nagorno-Karabakh entered its second week, with "
        "both sides accusing the other of deliberately targeting civilians. In Stepanakert, the "
        "region's main city, explosions shook the centre throughout the day, and residents spent "
        "hours in basements, according to journalists in the city. The ethnic Armenian "
        "authorities said Azerbaijani artillery, rockets and drones had hit residential areas "
        "and the city's power station, cutting electricity. \"We have been living underground "
        'for a week. The children do not ask any more what the noise is," said a woman '
        "sheltering with her neighbours in a cellar lit by candles. In Azerbaijan's second city, "
        "Ganja, far from the front line, a missile destroyed a house and damaged several blocks "
        "of flats overnight, killing at least one civilian and wounding 32, Azerbaijan's "
        "prosecutor general said. Baku blamed Armenian forces and said the city had been "
        "deliberately targeted; Armenia denied firing at Azerbaijani territory and said Karabakh "
        "forces had struck military facilities near the city. Officials in Karabakh said about "
        "half of the region's 150,000 people had left their homes, many of them women and "
        "children who crossed into Armenia by road. Hotels and summer camps in Armenia were "
        "turned into shelters for the new arrivals. The International Committee of the Red Cross "
        "said it was seeing a rise in civilian casualties and damage to homes, hospitals and "
        "schools on both sides, and called on the parties to respect international humanitarian "
        "law. Both sides reported heavy fighting along the front line in the south of the "
        "region, where Azerbaijan says it has taken back several villages. Turkey has voiced "
        "strong support for Azerbaijan, while Russia, which has a defence pact with Armenia, has "
        "called for a ceasefire. Hundreds of soldiers have been killed since the fighting broke "
        "out on September 27, according to official figures from both sides, and the true toll "
        "is believed to be higher.",
        "E V D B H",
        "shelling",
    ),
]
