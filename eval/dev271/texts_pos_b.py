"""dev271 positives, part B: the books desk reporting current violence in Asia, the Americas,
Ukraine and Europe (crackdowns and riots, air strikes, abductions, offensives).

POSITIVES = [(title, text, tag codes, kind), ...]; codes in eval/conflictset/__init__.py.
"""

POSITIVES = [
    (
        "Myanmar poet shot dead as security forces open fire on Monywa protest",
        "The Burmese poet Ko Zaw Win Naing was shot dead on Wednesday when soldiers and police "
        "opened fire on anti-coup protesters in the central town of Monywa, fellow writers and a "
        "local rescue team said. He was 45. Witnesses said security forces used tear gas, stun "
        "grenades and then live rounds to break up a march of several thousand people, killing "
        "at least six. Zaw Win Naing had written a widely shared poem in February, 'They aim at "
        "the head, not knowing the revolution is in the heart', which protesters have painted on "
        "banners across the country. His body was taken away by soldiers, and his family has "
        "not been allowed to recover it. The Myanmar chapter of PEN said at least four poets had "
        "now been killed since the military seized power, and dozens of writers arrested. In "
        "Yangon, residents banged pots after curfew in his memory. A volunteer said the crowd "
        "had been carrying nothing but flags and books.",
        "U",
        "crackdown",
    ),
    (
        "Junta airstrike on Sagaing village destroys school library and kills writer",
        "A Myanmar military airstrike on a village in Sagaing region on Tuesday destroyed a school "
        "and its library and killed at least 11 people, including the short-story writer Daw Khin "
        "Myo Thant, residents and an opposition official said. Two fighter jets dropped bombs on "
        "Let Yet Kone as classes were under way, a teacher who survived told reporters by "
        "phone. Seven of the dead were children. Khin Myo Thant, 58, had moved from Mandalay to "
        "the village after the coup and ran a lending library of about 1,500 donated books for "
        "pupils. The junta said it had targeted a base of the People's Defence Forces, which "
        "have fought the army across Sagaing for three years. Villagers have since fled to "
        "nearby forests, according to the National Unity Government. Writers in exile in "
        "Thailand read her stories aloud at a vigil in Mae Sot on Thursday. The army has "
        "stepped up its air campaign in the region in recent weeks.",
        "E V M D",
        "airstrike",
    ),
    (
        "Tear gas outside Hong Kong Book Fair as protesters clash with police",
        "Visitors leaving the Hong Kong Book Fair on Sunday evening found themselves in clouds of "
        "tear gas as riot police fired canisters at protesters in nearby Wan Chai, the latest "
        "clash in weeks of unrest over the extradition bill. Exhibitors at the convention centre "
        "said organisers briefly closed the exits while officers and black-clad demonstrators "
        "confronted one another on Harbour Road. Police said protesters had thrown bricks and "
        "set fire to barricades, and that 44 people had been arrested. Earlier in the day, "
        "queues had formed at stands selling political titles, several of which sold out. "
        "'Half my customers came with helmets and goggles in their bags,' said a publisher of "
        "essays on Hong Kong identity. The Hospital Authority said 17 people were treated, "
        "including a journalist hit by a rubber bullet. The fair, which draws about a million "
        "visitors a year, continues until Tuesday.",
        "U",
        "riot",
    ),
    (
        "Kenyan spoken-word poet killed as police fire on finance bill protesters",
        "The Nairobi spoken-word poet Brian 'Mistari' Otieno was among at least 19 people killed "
        "when police fired live ammunition at protesters storming parliament on Tuesday, the "
        "Kenya National Commission on Human Rights said. Otieno, 27, had performed at the "
        "Storymoja festival and hosted a weekly poetry night in Kilimani. Friends said he was shot "
        "in the chest near the parliament gates as crowds broke through police lines and set part "
        "of the building on fire. Hospitals reported dozens of gunshot wounds. The Kenya Writers' "
        "Guild said it was cancelling its annual awards gala 'while our young people are being "
        "killed in the streets'. Videos of his performances, many about unemployment and rent, "
        "have been watched more than two million times since his death. The interior minister "
        "defended the police, saying they had faced 'criminals bent on destruction'.",
        "U",
        "crackdown",
    ),
    (
        "Iranian writers swept up in arrests as security forces fire on protesters",
        "At least nine Iranian writers and translators have been detained in the past week as "
        "security forces intensified their crackdown on the protests that followed the death of "
        "Mahsa Amini, the Iranian Writers' Association said on Saturday. Among them is the "
        "translator Nasrin Kazemi, who was arrested at her home in Tehran in a night raid and "
        "taken to Evin prison. Rights groups say more than 1,000 people have been arrested "
        "nationwide, and that riot police and Basij militia have used live fire in several "
        "cities, including Zahedan, where dozens were killed on Friday. The association said the "
        "Tehran International Book Fair's organisers had asked publishers to withdraw titles by "
        "detained authors. Kazemi translated Virginia Woolf and Toni Morrison into Persian. Her "
        "husband said she had been allowed one phone call. 'They asked her which poems she had "
        "read aloud at the university,' he said.",
        "U",
        "crackdown",
    ),
    (
        "Dhaka publishers shut stalls as student protests turn deadly",
        "Publishers in Dhaka's Banglabazar, the capital's book district, closed their shops on "
        "Thursday after clashes between student protesters, police and ruling party activists "
        "spread through the old city, leaving at least 32 people dead across the country. "
        "Residents said police fired tear gas, rubber bullets and live rounds from early afternoon, "
        "while protesters set fire to vehicles and a police box near Jagannath University. The "
        "government shut down mobile internet and deployed the Border Guard Bangladesh in the "
        "capital. 'We print textbooks for the children who are being shot,' one publisher said, "
        "asking not to be named. The young poet Tahsin Rahman, a student at Dhaka University, was "
        "admitted to hospital with pellet wounds to his face. Several writers posted poems of "
        "protest before the internet went dark. The Bangla Academy postponed a scheduled "
        "literary event until further notice.",
        "U",
        "riot",
    ),
    (
        "Novelist among passengers abducted by gunmen on Abuja-Kaduna road",
        "The Hausa-language novelist Hajiya Balaraba Sani was among at least 30 passengers "
        "abducted by gunmen who ambushed vehicles on the Abuja-Kaduna highway on Sunday evening, "
        "her family and police said. The attackers, who arrived on motorcycles and fired at "
        "tyres, forced travellers into the bush near Katari, survivors said. Kaduna state police "
        "said two people were killed and that tactical teams had been deployed to search the "
        "forest. Sani, 61, is a founding voice of the Kano market literature known as Kano "
        "soyayya, and her romances sell in their hundreds of thousands. The Association of "
        "Nigerian Authors called on the government to secure her release. Armed groups known "
        "locally as bandits have carried out repeated mass abductions in the north-west, and "
        "officials say some are working with jihadist factions. No group has claimed the "
        "kidnapping. The military said on Tuesday that troops had exchanged fire with the "
        "abductors.",
        "V B M",
        "abduction",
    ),
    (
        "Afghan poets flee Herat as Taliban fighters storm the city",
        "Afghan poets and publishers were trying to leave Herat on Friday after Taliban fighters "
        "overran the western city following two weeks of fighting with government forces and "
        "local militias. The poet Shakila Azizzada, whose readings in Herat's old bazaar drew "
        "hundreds of young women, said she had burned her notebooks before fleeing with her "
        "family towards the Iranian border. 'My poems could get my brother killed,' she told us. "
        "Residents said Taliban fighters had gone from house to house looking for officials and "
        "soldiers, and several bookshops selling Persian poetry and novels had shut. The UN "
        "refugee agency said some 250,000 Afghans had been forced from their homes since the "
        "end of May. Publishers in Kabul, where the fighting has not yet arrived, said they had "
        "started hiding titles by women writers. A Herat University lecturer said the faculty "
        "of literature had been emptied within hours.",
        "B D",
        "offensive",
    ),
    (
        "Somali poet among dead in al-Shabaab siege of Mogadishu hotel",
        "The Somali poet and broadcaster Abdirahman Hussein 'Gacal' was killed when al-Shabaab "
        "fighters stormed the Hayat hotel in Mogadishu on Friday evening, relatives and the "
        "Somali Writers Association said. The siege lasted more than 30 hours before security "
        "forces regained control on Sunday, with at least 21 people killed and 117 wounded, the "
        "health ministry said. The attackers detonated two car bombs at the gate before entering "
        "the building. Gacal, 53, was at the hotel for the launch of an anthology of Somali "
        "oral poetry, which he had edited over a decade. His verses on drought and clan "
        "reconciliation were recited on radio across the Horn of Africa. The militant group "
        "claimed the attack through its Radio Andalus. 'He had survived so many bombs in this "
        "city,' a colleague said. The anthology's publisher in Nairobi said the launch would be "
        "held later in his name.",
        "T E V B",
        "siege",
    ),
    (
        "Taiz library hit by shelling as fighting flares on the city's edge",
        "The public library in the Yemeni city of Taiz was hit by shells on Monday, destroying "
        "part of its reading hall and burning hundreds of books, the local culture office said. "
        "Government officials blamed Houthi forces positioned in the hills above the city, "
        "which they have besieged for years; the Houthis did not comment. A guard was wounded. "
        "The library, which reopened last year with donations from Yemeni writers abroad, had "
        "become one of the few quiet spaces for students in the divided city. Clashes between "
        "the two sides on the eastern front lines were reported throughout the weekend, "
        "according to residents. 'We collected these books one by one,' said the librarian, "
        "Amal al-Absi. Médecins Sans Frontières said its hospital in the city had treated 15 "
        "wounded people in 48 hours. Taiz has been cut off from its main roads since 2015, and "
        "aid must travel for hours along mountain tracks.",
        "E B H",
        "shelling",
    ),
    (
        "Chernihiv's children's library shelled as Russian forces encircle the city",
        "The regional children's library in Chernihiv, housed in a 19th-century mansion, was "
        "badly damaged by Russian shelling on Friday, the city's authorities said, as Russian "
        "forces tightened their encirclement of the northern Ukrainian city. The poet and "
        "librarian Iryna Shapoval, 47, said she and six colleagues had been sheltering "
        "in the basement with about 30 neighbours when the upper floor caught fire. Residents "
        "have had no heating or running water for a week, and the mayor said dozens of civilians "
        "had been killed in the city in recent days. 'We read to the children in the dark so they "
        "would not hear the explosions,' Shapoval wrote in a message to her publisher. Ukrainian "
        "troops were fighting on the outskirts to keep the road to Kyiv open. Officials said an "
        "aid convoy had been unable to reach the city. The library held a rare collection of "
        "Ukrainian children's books from the 1920s.",
        "E B H M",
        "shelling",
    ),
    (
        "Drones hit Odesa's historic centre, damaging a bookshop on the eve of a festival",
        "Russian drones struck the historic centre of Odesa overnight, damaging an independent "
        "bookshop on Derybasivska Street and injuring four people, the regional governor said "
        "on Saturday. The Slovo bookshop, which sells only Ukrainian-language books, "
        "had its windows blown out and part of its ceiling collapsed. The shop was due to host "
        "readings for the Odesa book festival this weekend, which organisers said would now take "
        "place in a basement theatre. Ukraine's air force said it had downed 38 of the 50 drones "
        "launched across the country. Staff spent the morning sweeping glass and drying wet books "
        "on the pavement. 'We will sell what survived at a discount,' the shop manager said. A "
        "neighbouring apartment building was also hit, and rescuers pulled a woman from the "
        "rubble. Unesco has condemned repeated strikes on the city's listed old town.",
        "E",
        "drone_strike",
    ),
    (
        "Colombian poets wounded as riot police break up Cali protest",
        "Two poets who had been reading at a protest camp in the Colombian city of Cali were "
        "wounded on Monday night when riot police moved in with tear gas and, according to "
        "witnesses, live ammunition, leaving at least three people dead. The poet Valentina "
        "Ocampo was hit by a tear gas canister in the head and is in intensive care, friends "
        "said. The clash at the Puerto Resistencia roadblock followed a week of strikes and "
        "marches against tax changes, some of which ended with buses burned and banks looted. "
        "Human rights groups say the ESMAD riot squad has fired on demonstrators repeatedly. "
        "Organisers of the Cali book fair said they would hold open-air readings in solidarity. "
        "'Poetry was the only thing we were armed with,' said a fellow poet who carried Ocampo "
        "to an ambulance. The defence ministry said officers had come under attack from "
        "'vandals' with stones and explosives.",
        "U",
        "crackdown",
    ),
    (
        "Rioters set fire to library in Paris suburb on third night of unrest",
        "A media library in the Paris suburb of Clamart was set on fire overnight on the third "
        "night of rioting that followed the police shooting of a teenager in Nanterre, the town's "
        "mayor said on Friday. Firefighters saved the children's section, but an estimated "
        "10,000 books and the local archive were lost. Across France, youths threw fireworks at "
        "police, torched cars and looted shops, and the interior ministry said 875 people had "
        "been arrested in a single night. Some 40,000 police were deployed. The library had "
        "hosted a writing workshop for teenagers from the estate only the week before, librarians "
        "said. 'It is the only free place these kids have,' said a librarian who asked that his "
        "name not be used. The French association of librarians counted at least a dozen "
        "libraries attacked or damaged since Tuesday. The culture minister promised emergency "
        "funds for rebuilding.",
        "U",
        "riot",
    ),
    (
        "Separatists abduct Cameroonian novelist and burn his village school",
        "Armed separatists in Cameroon's North-West region abducted the novelist and headmaster "
        "Emmanuel Fru Ngwa from his home near Bamenda on Wednesday and set fire to the school he "
        "ran, his family and local officials said. Ngwa, 55, writes in English about village life "
        "in the Grassfields, and his novel The Chief's Drum is on the national syllabus. The "
        "separatists, who enforce a boycott of schools they see as serving the French-speaking "
        "state, had threatened him for months. His family said the kidnappers were demanding a "
        "ransom and a public promise to close the school. The army said soldiers had clashed with "
        "the fighters in the area the following day, killing two. More than 700,000 people have "
        "been displaced by the conflict in the Anglophone regions since 2017, according to the "
        "UN. The Cameroon Association of English-Speaking Writers said it was 'in anguish'.",
        "V B",
        "abduction",
    ),
    (
        "Manipur poets' homes burned as ethnic violence grips Imphal",
        "The houses of at least three poets and a small publishing house in Imphal were burned by "
        "mobs on Thursday as ethnic clashes between Meitei and Kuki-Zo groups spread across "
        "Manipur, writers in the state said. The Kuki poet Lalboi Haokip, 40, said he had escaped "
        "to an army camp with his wife and children as a crowd armed with machetes and "
        "petrol bombs set fire to his street. 'My books were in that house, written and "
        "unwritten,' he said. Authorities imposed a curfew, suspended the internet and issued "
        "shoot-at-sight orders, and officials said more than 50 people had been killed and some "
        "23,000 had taken shelter in relief camps. Meitei writers in the valley also reported "
        "homes attacked in the hills. The Manipuri Sahitya Parishad appealed for calm. Sahitya "
        "Akademi, India's national academy of letters, said it was postponing a scheduled "
        "event in the state.",
        "U V D",
        "communal_violence",
    ),
]
