"""dev183 positives (2 of 2): heritage news that reports current organised violence: Mali,
Somalia, Syria, the West Bank, Manipur, Peru, Haiti, Libya, Darfur, Yemen, Tigray and
Ukraine (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Shells land near Timbuktu's ancient mosques as jihadist blockade tightens",
        "Several shells struck Timbuktu on Monday, one of them landing near the "
        "14th-century Djingareyber mosque, as a blockade of the northern Malian city "
        "by al-Qaeda-linked fighters entered its second month, residents and local "
        "officials said. No one was hurt near the mosque, but a woman was wounded in "
        "the Abaradjou neighbourhood, a local official told AFP. The Group for the "
        "Support of Islam and Muslims (JNIM) declared the blockade in August, cutting "
        "the roads and river routes that bring food and fuel to the city. Prices of "
        "rice and sugar have doubled and boats on the Niger have been attacked. The "
        "city's manuscript libraries, which hold hundreds of thousands of documents on"
        " astronomy, law and medicine, have suspended visits, and some families who "
        "guard private collections said they were considering moving them again, as "
        'they did when jihadists occupied the city in 2012. "We hid them once in rice '
        'sacks, we can do it again," one librarian said. UN peacekeepers are due to '
        "leave their base near the city within weeks. The army said it had responded "
        'to the shelling and "neutralised" a group of attackers.',
        "E H T",
        "blockade and shelling",
    ),
    (
        "Car bomb outside Mogadishu's national theatre kills six",
        "A car bomb exploded outside the national theatre in Mogadishu on Saturday, "
        "killing at least six people and wounding more than a dozen, police said, in "
        "an attack claimed by the al-Qaeda-linked group al-Shabaab. The blast struck "
        "the gates as guests arrived for a poetry and music evening marking the "
        "anniversary of the theatre's reopening, witnesses said. The building was "
        "built as a gift from China in the 1960s, fell into ruin during the civil war "
        "and reopened in 2020 after a restoration that became a symbol of the city's "
        "cultural revival. Among the dead were two musicians and a security guard, "
        "according to the theatre's director. Al-Shabaab said in a statement on a "
        'website linked to the group that it had targeted "apostate officials" '
        "attending the event. Ambulances ferried the wounded to Medina and Erdogan "
        "hospitals. Prime Minister Hamza Abdi Barre visited the site and said the "
        'attackers wanted "to kill the joy of the Somali people". The theatre was '
        "previously hit by a suicide bomber in 2012, months after it first reopened.",
        "E V T",
        "car bombing",
    ),
    (
        "Turkish air strikes damage 3,000-year-old Ain Dara temple in Afrin, monitors say",
        "Turkish air strikes have badly damaged the Iron Age temple of Ain Dara in "
        "Syria's Afrin region, Syria's antiquities authority and a war monitor said on"
        " Sunday, as Ankara pressed an offensive against the Kurdish YPG militia. "
        "Images circulated by Kurdish activists showed a crater in the temple's basalt"
        " floor and the famous carved lions reduced to fragments. The Syrian "
        "Observatory for Human Rights said around 60 percent of the site had been "
        "destroyed in raids on Friday night. The temple, built in the first millennium"
        " BC, is known for giant footprints carved into its threshold and is among the"
        " most important Neo-Hittite monuments in the region. Turkey's military said "
        'it took "utmost care" not to harm civilians or cultural property and accused '
        "the YPG of spreading false information. The operation, code-named Olive "
        "Branch, began on Jan. 20 with air strikes and a ground push by Turkish troops"
        " and allied Syrian rebels. Damascus condemned what it called barbaric "
        "aggression. The claims about the temple could not be independently verified "
        "because access to Afrin is restricted.",
        "E M",
        "air campaign",
    ),
    (
        "Settlers attack Palestinians at Sebastia archaeological site",
        "Israeli settlers attacked Palestinian residents and shopkeepers at the "
        "archaeological site of Sebastia in the occupied West Bank on Friday, injuring"
        " four people and setting fire to a car, the Palestinian Red Crescent and the "
        "village council said. Witnesses said dozens of settlers, some of them armed, "
        "arrived at the Roman-era forum on the hill above the village under military "
        "escort for a visit, then threw stones at people near the site's entrance and "
        "smashed the windows of a café. Soldiers fired tear gas at villagers who "
        "gathered to confront them, according to the council. The Israeli military "
        'said forces had been dispatched to separate the two sides after "a violent '
        'confrontation" and that the incident was under review. Sebastia, the site of '
        "the ancient city of Samaria, has become a flashpoint since Israeli "
        "authorities announced plans to develop the hilltop as a national park. "
        "Palestinian officials say the plans amount to annexation of the site. Village"
        " leaders said tourists had stopped coming and that several families who run "
        "businesses at the site had been threatened before.",
        "V",
        "settler attack",
    ),
    (
        "Mobs torch churches and a tribal museum in Manipur as violence spreads",
        "Mobs set fire to at least three churches and a museum of tribal culture in "
        "Manipur's Imphal valley overnight, police said on Friday, as ethnic violence "
        "between the Meitei and Kuki-Zo communities spread across the north-eastern "
        "Indian state. The museum, which held textiles, carved beads and oral-history "
        "recordings collected over three decades, was reduced to a shell, its curator "
        "told reporters by phone from a relief camp. Armed groups also torched dozens "
        "of houses in villages near Churachandpur, and security forces fired tear gas "
        "and rubber bullets to disperse crowds trying to storm an armoury, officials "
        "said. The state government has imposed a curfew in several districts and "
        "suspended mobile internet. More than 20,000 people have fled their homes, "
        "many sheltering in army camps and schools. The violence erupted after a "
        "tribal solidarity march against a demand by the majority Meitei to be given "
        "tribal status. Church leaders said places of worship were being deliberately "
        "singled out. The army said it had flown additional troops into the state.",
        "U V D",
        "communal violence",
    ),
    (
        "Protesters storm Cusco airport as Machu Picchu is shut and tourists stranded",
        "Peru closed Machu Picchu indefinitely on Saturday and suspended the train "
        "line to the Inca citadel after protesters blocked the tracks and clashed with"
        " police in Cusco, leaving more than 400 tourists stranded in the village at "
        "the foot of the site. Demonstrators demanding the resignation of President "
        "Dina Boluarte tried to storm Cusco's airport, throwing stones at police who "
        "responded with tear gas, local media reported. Dozens of people were injured "
        "in the clashes, the health ministry said. Some of the stranded visitors, from"
        " the United States, Chile, Argentina and Europe, set off on foot along the "
        "tracks to the nearest town, a walk of several hours. The culture ministry "
        'said the closure was "to protect tourists and the population". At least 50 '
        "people have been killed in unrest since Boluarte took office in December, "
        "most of them shot by security forces in the southern regions. Tourism "
        "accounts for a large share of Cusco's economy, and hoteliers said "
        "cancellations were mounting. The government has declared a state of emergency"
        " in Lima, Cusco and Puno.",
        "U",
        "riot",
    ),
    (
        "Israeli raid in Nablus old city kills 10 and damages Ottoman-era buildings",
        "Israeli forces killed at least 10 Palestinians during a daytime raid into the"
        " old city of Nablus on Wednesday, the Palestinian health ministry said, in "
        "one of the deadliest operations in the occupied West Bank in years. Soldiers "
        "surrounded a house in the crowded market quarter where wanted members of the "
        "Lions' Den armed group were hiding, and gunfights broke out in the narrow "
        "alleys as shoppers fled, witnesses said. Missiles fired into the building "
        "left its upper floors in ruins and scarred the walls of a neighbouring soap "
        "factory that has operated since the Ottoman period. More than 100 people were"
        " wounded, many by live fire, according to the Red Crescent. The Israeli "
        "military said the raid targeted militants who had planned attacks and had "
        "opened fire on troops. Nablus's old city, known for its soap makers, "
        "bathhouses and caravanserais, has been on Palestine's tentative list for "
        "World Heritage since 2012. Shops were shuttered on Thursday for a general "
        "strike called by Palestinian factions. A municipal engineer said at least "
        "four historic buildings needed urgent shoring up.",
        "M B E",
        "military raid",
    ),
    (
        "Gangs storm Haiti's national library and school of arts in Port-au-Prince",
        "Armed gangs attacked and looted the National Library and the National School "
        "of Arts in downtown Port-au-Prince this week, Haiti's culture ministry said "
        "on Friday, as police fought to hold the last government-controlled streets of"
        " the city centre. Gunmen broke into the library, carried off computers and "
        "furniture and set fire to part of the reading room, according to a ministry "
        'statement, which described the attack as "an assault on the memory of the '
        'nation". Staff had already moved some of the rare books and colonial-era '
        "manuscripts to a secure location months ago. Police said officers exchanged "
        "fire with gang members around the Champ de Mars for several hours on "
        "Thursday. The Viv Ansanm coalition has taken control of most of the capital "
        "since early last year, forcing more than a million Haitians from their homes "
        "nationwide. The National Penitentiary and several police stations nearby were"
        " attacked earlier in the month. UNESCO condemned the destruction and offered "
        "to help document the losses. Heavy gunfire was heard again in the area on "
        "Friday morning, residents said.",
        "B",
        "gang fighting",
    ),
    (
        "Tripoli museum closes as militia clashes erupt around Red Castle",
        "Libya's national museum at Tripoli's Red Castle shut its doors on Tuesday "
        "after heavy fighting broke out between rival armed groups in the capital, "
        "with gunfire and explosions heard in the streets around the old city, "
        "residents said. The museum reopened in December after being closed for more "
        "than a decade and had recently welcomed school groups to see its Roman "
        "mosaics and statues from Leptis Magna and Sabratha. Clashes erupted overnight"
        " between the Radaa force and a rival brigade after the arrest of one of the "
        "latter's commanders, according to local media. The health ministry's "
        "emergency service said at least 27 people had been killed and more than 100 "
        "wounded, and flights at Mitiga airport were diverted. A museum official said "
        "staff had moved the most valuable pieces to a basement store and that no "
        'damage to the building had been reported so far. "We opened the doors to show'
        ' Libyans their history, and now we are locking them again," she said. The UN '
        "mission called for an immediate ceasefire. Families in the Souq al-Juma "
        "district said they had spent the night sheltering in corridors.",
        "B",
        "clashes",
    ),
    (
        "Shelling hits Sultan Ali Dinar palace museum in besieged El Fasher",
        "The palace of Sultan Ali Dinar in El Fasher, which houses the museum of "
        "Darfur's former sultanate, has been hit by artillery fire as the Rapid "
        "Support Forces pressed their siege of the city, local activists and a "
        "Sudanese heritage group said on Wednesday. Photographs showed a collapsed "
        "section of the palace's mud-brick wall and shattered wooden doors. The 1912 "
        "palace was the seat of the last independent sultan of Darfur and its museum "
        "held manuscripts, weapons and royal regalia. Shells also landed on the nearby"
        " Abu Shouk camp for displaced people, killing five civilians, including two "
        "children, according to the camp's coordination committee. The RSF, which has "
        "besieged El Fasher since May, has been accused by the UN and rights groups of"
        " deliberately shelling residential areas and camps. The paramilitaries deny "
        "targeting civilians. Aid agencies say famine has been confirmed in the camps "
        "around the city and that tens of thousands more people have fled to Tawila in"
        " recent weeks. Archaeologists said they had lost contact with the museum's "
        "caretaker.",
        "E V D H",
        "shelling",
    ),
    (
        "Saudi-led air strike hits Sanaa's UNESCO-listed old city, killing residents",
        "An air strike by the Saudi-led coalition hit the old city of Sanaa before "
        "dawn on Friday, destroying several of its multi-storey mud-brick tower houses"
        " and killing at least five people, residents said. Rescuers and neighbours "
        "dug through the rubble in the Qasimi neighbourhood, whose houses with "
        "white-painted window frames have stood for centuries and are listed by UNESCO"
        " as a World Heritage site. A family of four was among the dead, according to "
        "medics. The coalition, which has been bombing the Houthi rebels who control "
        "the capital since March, did not immediately comment. Irina Bokova, UNESCO's "
        'director general, said she was "profoundly distressed" by the loss of life '
        "and damage to one of the oldest jewels of Islamic urban landscape. She urged "
        "all parties to keep cultural heritage out of the conflict. Earlier strikes "
        "have damaged the Dhamar museum and the old city of Saada. Residents said they"
        ' had no shelter to go to. "These houses survived a thousand years and could '
        'not survive one night," a shopkeeper said.',
        "E",
        "airstrike",
    ),
    (
        "Taiz National Museum burned as fighting rages in city centre",
        "The National Museum in the Yemeni city of Taiz has been gutted by fire after "
        "being caught in fighting between Houthi rebels and pro-government forces, "
        "local officials said on Monday. The Ottoman-era palace that housed the museum"
        " was hit by shells and then set ablaze on Sunday, with manuscripts, coins and"
        " pre-Islamic artefacts believed to have been destroyed. Each side blamed the "
        'other. A Houthi spokesman accused "mercenaries" loyal to President Abd-Rabbu '
        "Mansour Hadi of burning the building after the rebels withdrew, while local "
        "resistance commanders said the Houthis had used it as a sniper post and "
        "shelled it as they retreated. Taiz has been besieged by the Houthis for "
        "months, and aid groups say food and medicine are scarce. Fighting continued "
        "on Monday around the republican palace and the nearby Qahira castle, a "
        "medieval fortress overlooking the city. A local historian said the museum "
        "held the only copies of some local archives. Yemen's antiquities authority "
        "called on the UN to send experts to assess the damage.",
        "B E H",
        "battle",
    ),
    (
        "Witnesses describe killings near Aksum's Church of St Mary of Zion",
        "Eritrean troops killed scores of civilians in the Ethiopian holy city of "
        "Aksum over two days in late November, witnesses told the Associated Press, in"
        " the first detailed accounts from Tigray since communications were cut at the"
        " start of the war. A deacon at the Church of St Mary of Zion, where Ethiopian"
        " Orthodox tradition holds that the Ark of the Covenant is kept, said soldiers"
        " went from house to house shooting young men after Tigrayan fighters attacked"
        " their positions on a hill outside the town. He said he helped to collect "
        "bodies from the streets and that many were buried in mass graves near the "
        "church. Residents said thousands of pilgrims had gathered in the town for the"
        " church's annual festival shortly before the fighting reached it. Ethiopia "
        "and Eritrea deny that Eritrean forces are operating in Tigray. The account "
        "could not be independently confirmed, but satellite images show fresh graves "
        "near the church compound. The Ethiopian government says its law-and-order "
        "operation in the region has ended. Aid agencies have warned of growing hunger"
        " in Tigray.",
        "V B",
        "massacre",
    ),
    (
        "Drone strike damages Odesa museum and historic centre buildings",
        "Russian drones struck the historic centre of Odesa overnight, damaging the "
        "Odesa Fine Arts Museum and several 19th-century buildings listed as part of "
        "the UNESCO World Heritage site, Ukrainian officials said on Thursday. Debris "
        "from a downed drone fell in the courtyard of the museum, which is housed in "
        "the Potocki palace, shattering windows and damaging the roof, the regional "
        "governor said. A woman was injured in a neighbouring building. Staff swept up"
        " glass and covered the windows with plywood before dawn, and paintings in the"
        " nearest rooms had been taken down and moved to storage some time ago, the "
        "director said. Emergency services said fires broke out at two residential "
        "buildings and a warehouse. Russia's defence ministry said it had struck "
        "military targets in Odesa. UNESCO added the historic centre of Odesa to its "
        "World Heritage in Danger list in 2023, after a missile strike damaged the "
        "Transfiguration Cathedral. Air defences shot down most of the drones launched"
        " overnight, the air force said.",
        "E",
        "drone strike",
    ),
    (
        "Al-Shabaab suicide bomber targets Mogadishu hotel next to historic mosque",
        "A suicide bomber detonated an explosive-laden vehicle at the gates of a hotel"
        " in Mogadishu's old Hamar Weyne district on Tuesday, before gunmen stormed "
        "the building and fought security forces for several hours, police said. At "
        "least nine people were killed, including two soldiers, according to a police "
        "officer at the scene. The Islamist group al-Shabaab said it carried out the "
        "attack. The blast damaged the walls of a centuries-old mosque across the "
        "street, one of the oldest in the Somali capital, whose coral-stone minaret "
        "has survived decades of conflict. Worshippers were inside for afternoon "
        "prayers when the bomb went off, an imam told Reuters. Special forces ended "
        "the siege by evening, the security ministry said. The neighbourhood, among "
        "the oldest in the city, was once a centre of the trade in ivory, gold and "
        "frankincense along the coast. Heritage volunteers said they would begin a "
        "survey of the damage once the area reopened.",
        "E B T",
        "bombing",
    ),
    (
        "Staff evacuate Kharkiv archive under fire as shells hit city centre",
        "Archivists in Kharkiv loaded thousands of boxes of documents onto trucks on "
        "Tuesday as Russian shells struck the city centre, part of a hurried effort to"
        " move the regional state archive out of artillery range, officials said. "
        "Shelling killed three people on Sumska Street, a few blocks from the archive "
        'building, and wounded more than a dozen, the regional governor said. "We '
        'carried the boxes down the stairs while the building shook," said the '
        "archive's deputy director, adding that staff had already lost part of the "
        "collection when a missile hit a nearby building two weeks ago. The archive "
        "holds records dating back to the 17th century, including the files of "
        "Soviet-era repressions that historians say are crucial to understanding the "
        "region's past. Many of the city's residents have left for the west of the "
        "country, and the metro stations are still being used as shelters by families "
        "who stayed. The documents are being taken to a storage site in western "
        "Ukraine. Kharkiv's mayor said more than 2,000 buildings had been damaged in "
        "the city since the invasion began.",
        "E",
        "shelling",
    ),
]
