"""eval/dev86: Positives set in sub-Saharan and North Africa.

(title, text, tag codes, kind); the comment above each item names the sentence (s1 = the
first sentence of the text) that reports the current violent event.
"""

POSITIVES = [
    # current: s5: Thursday's shells on the Abu Shouk camp and market (s4 frames the ongoing bombardment, s6 the flight overnight)
    (
        "UN fact-finding mission says Sudan's RSF committed crimes against humanity in West Darfur",
        "GENEVA, Sept 6 (Reuters) - United Nations investigators said on Friday that "
        "Sudan's Rapid Support Forces and allied Arab militias had committed crimes "
        "against humanity in West Darfur, including the killing of thousands of "
        "Masalit civilians in El Geneina in 2023. The independent fact-finding "
        "mission, set up by the Human Rights Council a year ago, said the Sudanese "
        "army had also carried out indiscriminate air strikes on residential areas "
        "and tortured detainees. It called for an arms embargo covering the whole "
        "country and for the International Criminal Court's jurisdiction to be "
        "widened beyond Darfur. The report landed as the RSF kept up its bombardment "
        "of El Fasher, the last army-held city in the region. Shells fired from the "
        "eastern edge of the city on Thursday hit the Abu Shouk displacement camp "
        "and a nearby market, killing at least 14 people, according to the camp's "
        "emergency response room. Local volunteers said hundreds of families left "
        "the camp overnight on foot towards Tawila. Sudan's foreign ministry "
        'rejected the findings as "politicised", while an RSF spokesman said the '
        "group would study them. The mission's chair said the war, now in its second "
        'year, had produced "a catalogue of atrocities" and that no side had shown '
        "any willingness to stop.",
        "E V D",
        "shelling of a displacement camp",
    ),
    # current: s6: Saturday's CPC attack on an army position near Bocaranga and the fighting (s7: the toll and villagers fleeing)
    (
        "Central African Republic's hybrid court convicts three militiamen over 2019 "
        "village massacre",
        "BANGUI, Oct 31 (AFP) - The Special Criminal Court in the Central African "
        "Republic on Monday sentenced three members of the 3R armed group to prison "
        "terms of 20 years to life for crimes against humanity over the killing of "
        "46 villagers in Koundjili and Lemouna in May 2019. It is the first verdict "
        "of the court, a hybrid tribunal of national and international judges set up "
        "in 2015 with UN backing to try the worst crimes of a decade of conflict. "
        "Relatives of the victims travelled for two days by road to hear the "
        'judgment in the capital. "We waited three years for someone to say out loud '
        'what happened," said a man who lost his father and two brothers. The '
        "verdict came as the northwest again slipped into violence. On Saturday, "
        "fighters of the Coalition of Patriots for Change attacked an army position "
        "near Bocaranga, and soldiers backed by Russian paramilitaries fought them "
        "for several hours, according to a local official and a humanitarian source. "
        "At least nine people were killed, and residents of three nearby villages "
        "fled into the bush, the sources said. The court's chief prosecutor said "
        "investigations into other massacres were continuing but that witnesses were "
        "hard to protect while armed groups still controlled much of the countryside.",
        "B D",
        "rebel attack",
    ),
    # current: s1: the burial on Sunday "a day after" JNIM fighters attacked the trench diggers (s2: survivors' account of Saturday's shooting)
    (
        "Barsalogho buries its dead as survivors recount jihadist raid on trench diggers",
        "Residents of Barsalogho, in north-central Burkina Faso, buried dozens of "
        "people in mass graves on Sunday, a day after fighters of the "
        "al-Qaeda-linked JNIM group attacked villagers who had been ordered by the "
        "army to dig defensive trenches around the town. Survivors told AFP by "
        "telephone that the gunmen arrived on motorcycles on Saturday morning and "
        "opened fire on the diggers, many of them teenagers, before pursuing those "
        'who ran into the fields. "They shot at everyone who was holding a shovel," '
        "said a 32-year-old trader who hid in a ditch until the afternoon. The "
        "government has not given a toll; JNIM claimed in a statement that it had "
        'killed hundreds of "militiamen". A local health worker said the town\'s '
        "clinic had received more than 140 wounded and had run out of blood. The "
        'security minister called the attack "a barbaric act of terrorism" and '
        "promised retaliation. Burkina Faso's junta, which seized power in 2022 "
        "promising to restore security, has made civilian self-defence a pillar of "
        "its strategy, a policy rights groups say exposes villagers to reprisals.",
        "T V",
        "jihadist massacre",
    ),
    # current: s3: 31 people killed when police confronted the Saba Saba marches on Monday (s4: tear gas, live rounds, looting, a police post set on fire)
    (
        "Kenya's rights watchdog presents report on last year's protest deaths amid fresh unrest",
        "NAIROBI, July 8 (Reuters) - Kenya's national human rights commission on "
        "Tuesday published its account of the anti-tax protests of June 2024, saying "
        "police killed at least 60 people, that dozens more were abducted by "
        "security agents and that many of those cases remain unsolved a year later. "
        "The report, based on hospital records, mortuary logs and interviews with "
        "families, urged parliament to strip officers of immunity in protest "
        "policing and to compensate the families of the dead. It was released a day "
        "after the commission said 31 people were killed when police confronted "
        "crowds on Monday during the Saba Saba anniversary marches in Nairobi and at "
        "least 16 other counties. Witnesses said officers fired tear gas and live "
        "ammunition on the main roads into the capital, where they had blocked "
        "access with razor wire, while groups of young men looted shops and set fire "
        "to a police post in Kikuyu. The interior minister defended the police, "
        'saying officers had faced "criminals who infiltrated the protests" and that '
        "567 people had been arrested. Opposition leaders called for the minister to "
        "resign. President William Ruto, who has denied that the police target "
        "demonstrators, did not comment on the report.",
        "U",
        "crackdown on protests",
    ),
    # current: s5: Thursday's JNIM attack on a Beninese army post in W National Park, eight soldiers killed
    (
        "Sahel violence pushes deeper into coastal West Africa, ACLED says",
        "Jihadist violence in the central Sahel is spreading faster towards the Gulf "
        "of Guinea than at any time since the insurgency began, the Armed Conflict "
        "Location and Event Data project said in a report released on Wednesday, "
        "warning that northern Benin and Togo now record more fatal incidents than "
        "parts of Niger did five years ago. The conflict monitor said fatalities "
        "linked to Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's affiliate in the "
        "region, had risen by almost a third in the border areas over the past year. "
        "Its analysts described a strategy of rear bases in national parks "
        "straddling the borders, from which fighters tax herders and recruit among "
        "communities that feel neglected by their capitals. The report's timing was "
        "grimly apt. On Thursday, JNIM fighters attacked a Beninese army post near "
        "Point Triple in W National Park, killing eight soldiers and wounding "
        "several others, the army said. The group claimed the attack on its "
        "propaganda channels and published photos of weapons and a burned pick-up. "
        "Benin has deployed about 3,000 troops to its northern border under an "
        "operation launched in 2022, and ACLED said the pressure on its forces was "
        "likely to increase during the dry season.",
        "T B",
        "jihadist attack on an army post",
    ),
    # current: s5: ISWAP fighters storming Mafa village in Yobe on Sunday night (s6 the toll, s7 a witness who buried the dead on Monday)
    (
        "Nigeria opens compensation register for victims of the northeast insurgency",
        "MAIDUGURI, Nigeria (AP) - The North East Development Commission on "
        "Wednesday began registering families who lost relatives, homes or farmland "
        "during the Boko Haram insurgency, the first step in a compensation scheme "
        "that officials say could eventually reach a million households in Borno, "
        "Yobe and Adamawa states. Registration teams will visit camps for displaced "
        "people and resettled towns over the next six months, and payments are "
        "expected to start next year. The conflict, which began in 2009, has killed "
        "more than 35,000 people directly, according to the UN, and forced over two "
        "million from their homes. Many of those returning have found that the "
        "fighting is not over. On Sunday night, fighters of the Islamic State West "
        "Africa Province stormed Mafa village in Yobe's Tarmuwa area, shooting "
        "villagers and burning homes and shops, according to the state police and "
        'residents. At least 34 people were killed, the police said. "They came on '
        'motorcycles and went house by house," said a local vigilante leader who '
        "helped to bury the dead on Monday. The state governor described the attack "
        "as terrorism and ordered security forces to pursue the attackers. The "
        "commission's chief executive said the scheme would not wait for the "
        "insurgency to end.",
        "T V",
        "village raid",
    ),
    # current: s4: RSF drones striking El Obeid's fuel depot and a market hours before the ceremony
    (
        "A Sudanese documentary about Khartoum's mutual-aid kitchens wins audience "
        "award in Amsterdam",
        "AMSTERDAM - A documentary about the volunteers who ran communal kitchens in "
        "Khartoum during the first year of Sudan's war won the audience award at the "
        "International Documentary Film Festival Amsterdam on Saturday. The film "
        "follows three young members of an emergency response room in the Bahri "
        "district as they cook for neighbours trapped by the fighting and bury the "
        "dead in a school courtyard. Its director, who was born in El Obeid, could "
        "not celebrate for long. Hours before the ceremony, drones launched by the "
        "paramilitary Rapid Support Forces struck the city's fuel depot and a "
        "market, killing at least 12 people, according to the North Kordofan state "
        "government. The director told the audience that his mother and sisters had "
        "spent the night in a neighbour's shelter. \"I made a film about people who "
        'refused to leave," he said. "This morning my family was again deciding '
        'whether to go." The RSF has been encircling El Obeid for months, and the UN '
        "says thousands of people have fled the city's outskirts since October. The "
        "war between the army and the RSF, which began in April 2023, has killed "
        "tens of thousands of people.",
        "E",
        "drone strike",
    ),
    # current: s5: Thursday's drone strike on a minibus near Finote Selam, 11 passengers killed
    (
        "Ethiopia's rights commission documents killings of civilians in Amhara conflict",
        "ADDIS ABABA (Reuters) - Ethiopia's state-appointed human rights commission "
        "said on Friday that government forces and Fano militiamen had both killed "
        "civilians in the Amhara region over the past year, in a report that "
        "documents extrajudicial executions, arbitrary detention and the looting of "
        "health centres. The commission said it had verified 98 killings by security "
        "forces in house-to-house searches in towns retaken from the militia, and "
        "dozens of abductions for ransom by Fano fighters. It called on both sides "
        "to allow independent investigators into the region. The government said the "
        'report contained "unverified allegations" but would be studied. As the '
        "report was released, residents of a village in the North Gojjam zone said a "
        "drone strike on Thursday had hit a minibus on the main road near Finote "
        "Selam, killing at least 11 passengers, most of them traders on their way to "
        "market. A health worker at the local hospital confirmed the toll. The "
        "military did not comment; it has previously said it targets only armed "
        "groups. The conflict in Amhara began in August 2023, when the federal "
        "government tried to disarm regional forces, and it has since spread across "
        "much of the region.",
        "E V",
        "drone strike on a minibus",
    ),
    # current: s6: M23 seizing Kanyabayonga on Saturday after two days of fighting (s7: tens of thousands fleeing in the past week)
    (
        "UN experts say Rwandan troops control M23 operations in eastern Congo",
        "KINSHASA (Reuters) - Between 3,000 and 4,000 Rwandan soldiers are fighting "
        'alongside the M23 rebels in eastern Congo, and Kigali has "de facto '
        "control\" of the group's operations, a panel of United Nations experts said "
        "in a report released on Monday. The Group of Experts, which monitors "
        "sanctions on Congo, said Rwandan forces had used jamming equipment and "
        "surface-to-air missiles in North Kivu, and that M23 was exporting coltan "
        "mined in areas it controls through Rwanda. Rwanda's government spokesperson "
        'rejected the report as "based on hearsay". Congo\'s foreign minister said it '
        "vindicated Kinshasa's complaints. The report was published as the rebels "
        "advanced in Lubero territory. M23 fighters seized the town of Kanyabayonga "
        "on Saturday after two days of fighting with the Congolese army and allied "
        "militias, local officials and a UN source said, opening a road north "
        "towards Butembo. Tens of thousands of people have fled from Kanyabayonga "
        "and nearby villages in the past week, according to the UN's humanitarian "
        "office, many of them towards Lubero town. Congo's army said it had "
        '"repositioned" its troops.',
        "B D",
        "rebel offensive",
    ),
    # current: s6: heavy fighting in Tripoli on Monday night between the Stability Support Apparatus and government-aligned forces (s7 gunfire in Abu Salim, s8 six killed)
    (
        "Libyan searchers identify more victims from Tarhuna's mass graves",
        "TRIPOLI (AFP) - Libya's authority for searching for missing persons said on "
        "Tuesday it had identified 19 more people whose remains were found in mass "
        "graves in Tarhuna, a town southeast of Tripoli that was controlled until "
        "2020 by the al-Kaniyat militia. The militia, run by a family of brothers, "
        "is accused of killing hundreds of residents during the years it held the "
        "town, many of them buried in farmland and rubbish dumps. More than 350 "
        "bodies have been recovered since the area was retaken, and the "
        "International Criminal Court has issued arrest warrants for several of its "
        "leaders. Relatives collected the first of the identified remains at a "
        "ceremony in the town. The announcement was overshadowed by violence in the "
        "capital. Heavy fighting broke out in Tripoli on Monday night between the "
        "Stability Support Apparatus and forces aligned with the Government of "
        "National Unity after the apparent killing of the armed group's leader, "
        "residents and officials said. Gunfire and explosions were heard in the Abu "
        "Salim district until the early hours, and the UN mission in Libya said it "
        "was alarmed by the use of heavy weapons in densely populated "
        "neighbourhoods. The health ministry said six people were killed. Flights at "
        "Mitiga airport were diverted to Misrata.",
        "B",
        "militia clashes",
    ),
    # current: s5: Wednesday's JNIM ambush of an army fuel convoy between Niono and Léré (s6 the army's air strikes in response)
    (
        "Mali holds national homage for soldiers killed at Boulkessi",
        "BAMAKO (AFP) - Mali's military rulers held a national ceremony on Friday in "
        "memory of the soldiers killed in the June attack on the army camp at "
        "Boulkessi, near the border with Burkina Faso, one of the deadliest assaults "
        "on the country's forces in a decade. The defence minister laid wreaths "
        "before coffins draped in the national flag at the Kati camp outside Bamako, "
        "and the soldiers were posthumously promoted. The army has never published a "
        "full toll for the attack, which was claimed by the al-Qaeda-affiliated "
        "JNIM; security sources said at the time that more than 30 soldiers were "
        "killed. The ceremony came two days after another blow. On Wednesday, JNIM "
        "fighters ambushed an army convoy escorting fuel trucks on the road between "
        "Niono and Léré, near Timbuktu, and set about 20 trucks on fire, according "
        "to local officials and a security source. The army said in a statement that "
        'it had repelled the attack and killed "dozens of terrorists" in air '
        "strikes, but did not say how many soldiers died. Residents of Léré said "
        "wounded soldiers were brought to the town's health centre overnight. JNIM "
        "has increasingly targeted fuel supplies to the capital and the regions "
        "since this summer.",
        "T B E",
        "jihadist ambush on a fuel convoy",
    ),
    # current: s5: Monday's abduction of six teachers and a principal from a school in Ndop (s6 pupils fleeing)
    (
        "Human Rights Watch accuses both sides of abuses in Cameroon's Anglophone conflict",
        "YAOUNDÉ (Reuters) - Armed separatists in Cameroon's English-speaking "
        "regions have killed, tortured and kidnapped civilians, and soldiers have "
        "responded with executions and the burning of villages, Human Rights Watch "
        "said in a report on Tuesday that covers the past 18 months of the conflict. "
        "The group said it documented 47 killings of civilians by separatist "
        "fighters and 29 by security forces, and the destruction of more than 200 "
        "homes in the Northwest region. It said separatists had repeatedly attacked "
        "schools to enforce a boycott of education they see as a tool of the "
        "French-speaking government. The warning was borne out on Monday. Gunmen "
        "believed to be separatists abducted six teachers and a school principal "
        "from a secondary school in Ndop, in the Northwest region, and set fire to "
        "the staff room, the regional governor's office said. Pupils fled into the "
        "surrounding farms. No group has claimed the kidnapping, and the army said "
        "it had launched a search. The conflict began in 2017, when a crackdown on "
        "protests by lawyers and teachers led to an armed uprising, and it has "
        "killed more than 6,000 people since, according to the International Crisis "
        "Group.",
        "V",
        "abduction of teachers",
    ),
    # current: s5: Friday night's insurgent raid on two villages in Macomia district (s6: more than 3,000 people fleeing over the weekend)
    (
        "Families return to Mocímboa da Praia, but insurgent raids drive new flight",
        "MOCÍMBOA DA PRAIA, Mozambique (Reuters) - The market in Mocímboa da Praia "
        "is busy again, two years after Rwandan and Mozambican troops retook the "
        "port town from Islamic State-linked insurgents who had held it for a year. "
        "The provincial government says more than 400,000 people have returned to "
        "districts in Cabo Delgado since 2022, and a new bank branch and a rebuilt "
        "water tower opened last month. Rebuilding is uneven: the hospital still "
        "works out of tents, and electricity is intermittent. And the war has not "
        "gone away. On Friday night, insurgents raided two villages in the Macomia "
        "district, about 100 kilometres to the south, beheading at least four people "
        "and burning dozens of houses, residents and a local official said. More "
        "than 3,000 people fled towards the coastal town of Macomia over the "
        "weekend, according to the International Organization for Migration. The "
        "Islamic State's Mozambique affiliate claimed the raid, saying it had killed "
        '"Christians". Aid groups say funding for their work in the province has '
        "fallen sharply as attention has shifted elsewhere. Returnees in Mocímboa "
        "said they were watching the news from Macomia closely.",
        "T V D",
        "insurgent raid",
    ),
]
