"""dev183 positives (1 of 2): heritage news that reports current organised violence: Ukraine,
Gaza and Lebanon, Sudan, Syria and Iraq under Islamic State, the Thai-Cambodian border,
Karabakh, Myanmar, Bangladesh and Chile (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Russian missile strike wrecks Skovoroda museum outside Kharkiv",
        "A Russian missile struck the literary memorial museum of the 18th-century "
        "philosopher Hryhorii Skovoroda in the village of Skovorodynivka overnight, "
        "setting the building ablaze and leaving its roof and upper floor in ruins, "
        "Kharkiv regional officials said on Saturday. A night guard was injured when "
        "the blast blew in the windows of the adjoining house, according to the "
        "regional governor. Firefighters worked for several hours to contain the "
        "flames, which spread into the surrounding park. Most of the collection, "
        "including early editions of Skovoroda's writings, had been moved to a safer "
        "location in the first weeks of the invasion, the museum's director told local"
        " reporters, but a sculpture of the philosopher was left standing alone amid "
        "the smoking rubble. Photographs posted by Ukraine's culture ministry showed "
        'charred beams and a collapsed staircase. "They are trying to destroy not only'
        ' our cities but our memory," the culture minister wrote on Telegram. The '
        "ministry said it had now recorded damage to more than 300 cultural sites "
        "since the invasion began. Russia's defence ministry did not comment on the "
        "strike. The village lies about 40 kilometres north-west of Kharkiv, which has"
        " been shelled almost daily since February.",
        "E",
        "missile strike",
    ),
    (
        "Israeli strike on Gaza's oldest church kills 18 people sheltering inside",
        "An Israeli air strike on Thursday night hit a building in the compound of the"
        " Greek Orthodox Church of Saint Porphyrius in Gaza City, killing at least 18 "
        "Palestinians who had taken refuge there, church officials and Gaza's health "
        "ministry said. Hundreds of Christians and Muslims displaced by the "
        "bombardment had been sheltering in the compound, which dates to the 12th "
        "century and is regarded as the oldest church still in use in the territory. "
        "The Orthodox Patriarchate of Jerusalem said in a statement that targeting "
        'churches and their institutions, "along with the shelters they provide to '
        'protect innocent citizens", constituted a war crime that could not be '
        "ignored. Witnesses described families digging through the collapsed "
        "two-storey annex with their hands in the dark. The Israeli military said its "
        "jets had struck a command and control centre belonging to Hamas in the area "
        "and that a wall of the church had been damaged as a result. It said it was "
        "reviewing the incident. Heritage groups have warned that dozens of Gaza's "
        "historic buildings have been damaged or destroyed in the first fortnight of "
        "the war, among them mosques, the Rashad Shawa cultural centre and houses in "
        "the old city.",
        "E V D",
        "airstrike",
    ),
    (
        "Sudan's National Museum looted as fighting rages in central Khartoum",
        "Sudan's antiquities authority says the National Museum in Khartoum has been "
        "ransacked, with trucks seen carrying crates out of its storerooms as the army"
        " and the paramilitary Rapid Support Forces battle for control of the capital."
        " In a statement issued from Port Sudan, the National Corporation for "
        "Antiquities and Museums said satellite images and footage from residents "
        "showed lorries loading objects at the museum, which sits near the confluence "
        "of the Blue and White Nile and has been held by RSF fighters since the early "
        "weeks of the war. Staff have not been able to reach the building for months "
        "because of sniper fire and shelling in the surrounding streets. The museum "
        "houses some of the most important collections of Nubian and Kushite "
        "antiquities in the world, including royal statues from Kerma and temples "
        'rescued from the waters of Lake Nasser. "We are watching the heritage of the '
        'whole nation being carried away and we can do nothing," one curator told AFP '
        "by telephone. UNESCO urged the art market and the public to refrain from "
        "acquiring or taking part in the trade of cultural property from Sudan. The "
        "RSF has denied its fighters looted the museum and blamed criminal gangs. "
        "Heavy clashes were reported again on Tuesday around the nearby government "
        "quarter, where millions of people have fled the fighting.",
        "B E D",
        "looting during fighting",
    ),
    (
        "Islamic State blows up Mosul's al-Nuri mosque and leaning minaret as Iraqi "
        "troops close in",
        "Islamic State militants blew up the Great Mosque of al-Nuri and its famous "
        "leaning minaret in Mosul's Old City on Wednesday night as Iraqi "
        "counter-terrorism forces advanced to within 50 metres of the site, the Iraqi "
        "military said. The 12th-century al-Hadba minaret had leaned over the city's "
        "skyline for centuries and was the pulpit where Abu Bakr al-Baghdadi declared "
        "his so-called caliphate in 2014. Prime Minister Haider al-Abadi said the "
        'destruction was "an official declaration of defeat" by the militants. IS, '
        "through its Amaq news agency, claimed that a US air strike had destroyed the "
        "mosque, a claim the US-led coalition rejected. Aerial photographs released by"
        " Iraqi commanders showed only the stump of the minaret's base and a field of "
        "rubble where the prayer hall had stood. Fighting continued on Thursday in the"
        " narrow alleys of the Old City, where an estimated 100,000 civilians remain "
        "trapped and are being used as human shields, according to the United Nations."
        " The offensive to retake Mosul began in October. Iraqi officials said the "
        "remaining militants were now confined to less than two square kilometres.",
        "B T M V E",
        "demolition during offensive",
    ),
    (
        "Islamic State beheads retired Palmyra antiquities chief",
        "Islamic State militants have beheaded Khaled al-Asaad, the 82-year-old "
        "archaeologist who looked after the ruins of Palmyra for four decades, and "
        "hung his body from a column in the town's main square, Syria's antiquities "
        "director said on Wednesday. Maamoun Abdulkarim told Reuters that Asaad had "
        "been held by the group for more than a month and interrogated about where the"
        " city's treasures had been hidden. He refused to tell his captors, according "
        "to relatives. A placard attached to the body accused the scholar of being an "
        '"apostate" and director of "idols" and of attending "infidel conferences" '
        "abroad. Asaad retired in 2003 but continued to work with foreign missions at "
        'the site, which IS seized from government forces in May. "He was one of the '
        'most important pioneers of Syrian archaeology in the 20th century," '
        "Abdulkarim said, adding that staff had managed to move hundreds of statues to"
        " Damascus before the town fell. UNESCO's director general condemned the "
        "killing and said the militants had murdered a great scholar because he would "
        "not betray his commitment to Palmyra. Syrian activists said the militants had"
        " executed dozens of people in the town since taking it.",
        "V T",
        "execution",
    ),
    (
        "Satellite images confirm destruction of Palmyra's Temple of Bel",
        "The main temple at Syria's ancient city of Palmyra has been destroyed, the "
        "United Nations said on Monday, releasing satellite images that show the spot "
        "where the 2,000-year-old Temple of Bel stood now reduced to rubble. Residents"
        " had reported a large explosion at the site on Sunday, but the extent of the "
        "damage was not clear until the images, taken by the UN's satellite programme,"
        " were analysed overnight. The main building of the temple, as well as a row "
        "of columns in its immediate vicinity, had vanished, the agency said. Islamic "
        "State militants, who captured the town in May, last week released pictures of"
        " fighters placing barrels and explosives inside the smaller Temple of "
        "Baalshamin before blowing it up. The group regards pre-Islamic monuments and "
        'shrines as idolatrous. "This is an intolerable crime against civilisation," '
        "UNESCO's director general said in a statement. Syrian state media said "
        "government forces were preparing an operation to retake the area, but no "
        "major fighting has been reported near the site in recent days. Archaeologists"
        " fear the ruins' grand colonnade and theatre may be next.",
        "T E",
        "destruction by militants",
    ),
    (
        "Preah Vihear temple hit as Thai and Cambodian forces trade fire for a third day",
        "Cambodia accused Thailand of damaging the 11th-century Preah Vihear temple "
        "with artillery fire on Saturday, as fighting along the disputed border "
        "entered its third day and tens of thousands of villagers on both sides fled "
        "to evacuation centres. Cambodia's culture ministry released photographs of a "
        "collapsed gallery wall and scorch marks on the stone stairway of the "
        "UNESCO-listed Hindu temple, which stands on a cliff top in the Dangrek "
        "mountains. Thailand's army said its troops were responding to Cambodian "
        "rocket fire and had not targeted the temple, accusing Cambodian forces of "
        "using the ancient site as a military position. The claims could not be "
        "independently verified. Both countries reported civilian and military deaths,"
        " and Thai authorities evacuated residents from hundreds of villages in Surin "
        "and Sisaket provinces. The International Court of Justice ruled in 1962 that "
        "the temple belonged to Cambodia, but the surrounding land has remained a "
        'source of tension for decades. UNESCO said it was "deeply concerned" and '
        "called on both sides to respect their obligations under the 1954 Hague "
        "Convention. Heavy guns could still be heard near the temple on Saturday "
        "evening, local reporters said.",
        "B E D",
        "border clashes",
    ),
    (
        "Cathedral in Shusha shelled twice in a day as Karabakh fighting intensifies",
        "The Holy Saviour Ghazanchetsots Cathedral in the town of Shusha, known to "
        "Azerbaijanis as Shusha and Armenians as Shushi, was hit twice on Thursday, "
        "leaving a gaping hole in its roof and its interior strewn with rubble, "
        "according to Armenian officials and journalists at the scene. Three Russian "
        "journalists who went to the cathedral after the first strike were injured "
        "when a second shell landed several hours later, one of them seriously, the "
        "authorities in Stepanakert said. The 19th-century cathedral is one of the "
        "most important monuments of the Armenian Apostolic Church in the region. "
        "Armenia accused Azerbaijan of deliberately targeting the church, while Baku's"
        " defence ministry said its forces did not target historical, religious or "
        "cultural sites. Photographs showed the floor of the nave covered with dust "
        "and shattered stone, and icons lying among the debris. The fighting over "
        "Nagorno-Karabakh, which broke out on Sept. 27, has killed hundreds of people "
        "and is the worst since the 1990s. Many of Shusha's residents have fled to "
        "Armenia, local officials said.",
        "E D",
        "shelling",
    ),
    (
        "Missile hits theatre square in Chernihiv during drone exhibition, killing seven",
        "A Russian missile hit the central square of Chernihiv outside the city's "
        "drama theatre on Saturday morning, killing seven people, including a "
        "six-year-old girl, and injuring more than 140, Ukrainian officials said. The "
        "strike came as residents were walking to church for a religious holiday and "
        "as an exhibition of military drones was being held inside the theatre "
        "building, according to local media. The neoclassical theatre, built in the "
        "1950s and one of the city's best-known landmarks, was badly damaged, its "
        "facade blackened and its windows blown out. President Volodymyr Zelensky said"
        ' it was "an ordinary Saturday that Russia turned into a day of pain and '
        'loss". Heritage officials said the nearby historic centre, with its '
        "11th-century cathedrals, appeared to have escaped serious damage, but a full "
        "assessment was under way. Cars in the square were burnt out and the pavement "
        "was scattered with broken glass and leaves. Russia did not comment on the "
        "attack. The city, near the borders with Russia and Belarus, was besieged in "
        "the first weeks of the invasion.",
        "E V",
        "missile strike",
    ),
    (
        "Archaeologist who excavated Scythian mounds killed fighting near Bakhmut",
        "Oleksiy Koval, an archaeologist at the Institute of Archaeology in Kyiv who "
        "spent two decades excavating Scythian burial mounds on the steppe, has been "
        "killed in fighting near Bakhmut, his colleagues said on Monday. He was 44. "
        "Koval volunteered for the army in the first week of the full-scale invasion "
        "and served as a machine gunner in a territorial defence battalion, according "
        "to a post by the institute. He died on Friday when his unit's position came "
        "under assault by Russian infantry, his brigade said. Colleagues remembered "
        'him as a meticulous field director who could read the soil "like a newspaper"'
        " and who trained a generation of students at digs near Zaporizhzhia. He led "
        "the 2019 excavation of a mound near Kamianka-Dniprovska that yielded a bronze"
        " cauldron now in the National Museum of History of Ukraine. The institute "
        "said at least a dozen Ukrainian archaeologists had been killed at the front. "
        "Fighting around Bakhmut has been among the most intense of the war. Koval is "
        "survived by his wife and two sons.",
        "B",
        "combat death",
    ),
    (
        "Museum director in occupied Melitopol seized after refusing to hand over Scythian gold",
        "The director of the local history museum in the occupied southern Ukrainian "
        "city of Melitopol has been taken away by armed men, Ukrainian officials said,"
        " days after she reportedly refused to tell Russian forces where the museum's "
        "collection of Scythian gold was hidden. Leila Ibrahimova was taken from her "
        "home on Friday and her whereabouts are unknown, the regional administration "
        "said. The city's mayor, who was himself abducted and later released in a "
        "prisoner exchange, said soldiers had come to the museum several times asking "
        "about the artefacts. Ukrainian officials later said that a man in a white "
        "coat and surgical gloves had been filmed by Russian state television removing"
        " the gold from boxes. The collection includes ornaments from a fourth-century"
        " BC burial mound and is considered among the most valuable in southern "
        "Ukraine. Ukraine's culture ministry said the seizure amounted to looting and "
        "vowed to document it for future prosecutions. Russian-installed officials in "
        'the region said the items had been "saved" from looters. Human rights groups '
        "have reported dozens of abductions of officials, journalists and activists in"
        " the occupied south since the invasion began.",
        "V",
        "abduction",
    ),
    (
        "Shelling damages Kherson art museum days after Russian retreat",
        "Russian artillery fire hit the centre of Kherson on Sunday, damaging the "
        "regional art museum and a nearby school and killing two civilians, city "
        "officials said. The museum, housed in a 1906 building on the main avenue, had"
        " already been stripped of most of its paintings by Russian forces before they"
        " withdrew across the Dnipro river this month. Staff say more than 10,000 "
        "works were loaded onto trucks and buses and taken to occupied Crimea. "
        "Sunday's shells blew out windows that had been patched only days earlier and "
        'left a crater in the courtyard. "First they stole the collection, now they '
        "are shooting at the empty walls,\" the museum's director, Alina Dotsenko, "
        "said. Shelling from the left bank of the river has become a daily occurrence "
        "since Ukrainian troops returned to the city to crowds waving flags. "
        "Authorities have urged residents to leave, citing the lack of power, water "
        "and heating. Ukraine's prosecutors said they had opened a war crimes "
        "investigation into the removal of the collection.",
        "E",
        "artillery",
    ),
    (
        "Mob sets fire to museum at Sheikh Mujib's house in Dhaka",
        "Crowds set fire to the Bangabandhu Memorial Museum in Dhaka on Monday, "
        "gutting the house in Dhanmondi where independence leader Sheikh Mujibur "
        "Rahman lived and was assassinated in 1975, hours after Prime Minister Sheikh "
        "Hasina fled the country. Footage broadcast on local television showed people "
        "carrying away furniture, paintings and photographs as smoke billowed from the"
        " windows. Other protesters smashed the statue of the country's founding "
        "leader outside the building. The house had been preserved as a museum, with "
        "the bullet holes from the 1975 killings left on the walls. Police had largely"
        " withdrawn from the streets after weeks of protests in which hundreds were "
        "killed, many of them shot dead by security forces. Crowds also attacked and "
        "torched party offices, police stations and the homes of ruling party leaders "
        "across the capital, witnesses said. Army chief General Waker-Uz-Zaman "
        "announced in a televised address that an interim government would be formed. "
        "Hasina, the museum's founder and Mujib's daughter, was flown to India, "
        "officials said. Historians described the loss of the archive of letters and "
        "photographs as irreparable.",
        "U",
        "riot",
    ),
    (
        "Two churches burned in Santiago as protest anniversary turns violent",
        "Hooded protesters set fire to two churches in central Santiago on Sunday, "
        "including the 19th-century Church of the Assumption, whose spire collapsed in"
        " flames as a crowd below cheered, on the anniversary of the mass protests "
        "that began a year ago. Firefighters struggled to reach the building as "
        "demonstrators threw stones and fireworks, and police used water cannon and "
        "tear gas to clear the area around Plaza Italia, Chilean media reported. The "
        "Church of San Francisco de Borja, used by the Carabineros police for "
        "ceremonies, was also set alight and looted, with religious images carried out"
        " and burned in the street. Tens of thousands of people had gathered "
        "peacefully earlier in the day, a week before a referendum on rewriting the "
        "constitution. Interior Minister Víctor Pérez condemned what he called "
        '"criminal groups" and said 580 people had been detained across the country. '
        "The Assumption church, built in 1876, had been declared a historic monument. "
        'Archbishop Celestino Aós said the attacks "will not stop us from continuing '
        'to be a church of peace". Heritage officials said it was too early to say '
        "whether the building could be saved.",
        "U",
        "riot",
    ),
    (
        "Mrauk U temples damaged as Arakan Army and Myanmar military fight for ancient capital",
        "Fighting between Myanmar's military and the ethnic Arakan Army has damaged "
        "several temples in the ancient Rakhine capital of Mrauk U, residents and a "
        "local heritage group said, as the rebels pressed an offensive to seize the "
        "town. The military shelled rebel positions near the 16th-century Shitthaung "
        "pagoda and a jet bombed the area around the Koe Thaung temple on Tuesday, "
        "according to residents who have fled to nearby villages. Photographs shared "
        "by the Arakan Army showed cracked stupas and fallen masonry, though the "
        "images could not be independently verified. The junta blamed the rebels for "
        "using the temples as cover. Mrauk U, the capital of a powerful Arakanese "
        "kingdom from the 15th to the 18th centuries, was added to the UNESCO World "
        "Heritage list in 2023. Most of the town's population has left since the "
        'fighting began, and residents say food and medicine are running short. "We '
        "used to take tourists to see the temples at sunrise, now we count the "
        'explosions," said a former guide now living in a monastery camp. The Arakan '
        "Army said it had captured two military outposts on the edge of the town.",
        "B E D",
        "battle",
    ),
    (
        "Israeli strikes near Baalbek's Roman temples stir fears for UNESCO site",
        "Israeli warplanes struck the outskirts of the Lebanese city of Baalbek on "
        "Wednesday, hitting a building a few hundred metres from the Roman temple "
        "complex and sending a cloud of smoke over the ruins, residents and officials "
        "said. The strike destroyed the Ottoman-era Manshiyya building next to the "
        "citadel, the city's governor said, and damaged parts of the old souk. "
        "Lebanon's health ministry said strikes in the Baalbek-Hermel region had "
        "killed at least 40 people over the previous day. The Israeli military had "
        "earlier issued an evacuation warning for the whole city, prompting thousands "
        "of residents to flee by car towards Deir al-Ahmar and the Christian villages "
        "to the north. Baalbek's temples of Bacchus and Jupiter are among the "
        "best-preserved Roman monuments anywhere. Lebanon's culture minister said he "
        "had asked UNESCO to give the site enhanced protection, and the agency said it"
        " had reminded Israel of the coordinates of the heritage sites in the country."
        " The Israeli military said it was striking Hezbollah targets and did not "
        "comment on the damage. Archaeologists said vibrations from repeated blasts "
        "could destabilise the columns.",
        "E D",
        "airstrike",
    ),
]
