"""dev316 negatives, part 1: lives bound up with wars that are over, with armies in peacetime,
with peace-making and with war on the page and screen. (title, text, kind code)."""

NEGATIVES = [
    (
        "Gareth Pritchard, Welsh Guardsman who survived the Sir Galahad, dies at 68",
        "Gareth Pritchard, a Welsh Guardsman who was badly burned when Argentine jets bombed the "
        "landing ship Sir Galahad at Bluff Cove during the Falklands war, has died at his home in "
        "Llanelli after a short illness. He was 68. Pritchard was 24 when the ship was hit on 8 "
        "June "
        "1982, an attack in which 48 men died, 32 of them from his battalion. He spent months in "
        "hospital and underwent more than 30 operations on his hands and face. After leaving the "
        "army he trained as a driving instructor and later helped found a support group for "
        "veterans with post-traumatic stress, which he credited with saving his life. In 2012 he "
        "returned to the islands for the 30th anniversary and laid a wreath at the memorial at "
        "Fitzroy. “I lost my mates in that fire and I spent forty years trying to deserve getting "
        "out,” he told the BBC at the time. The regiment's colonel said he had been a source of "
        "strength to younger soldiers coming home from Iraq and Afghanistan. He is survived by his "
        "wife, Sian, two daughters and five grandchildren.",
        "history",
    ),
    (
        "Jacqueline Moreau, who reported from Sarajevo and Grozny, dies at 79",
        "Jacqueline Moreau, a French radio correspondent who reported from the siege of Sarajevo "
        "and the first Chechen war, has died at her home in Paris after a long illness, her family "
        "said. She was 79. Moreau joined France Inter in 1971 and covered the Lebanese civil "
        "war, the "
        "Iran-Iraq war and the fall of the Berlin Wall before being posted to the Balkans. Her "
        "nightly reports from a Sarajevo basement during the winter of 1993, read by candlelight "
        "over a satellite telephone, won her the Albert Londres prize. She was wounded by shrapnel "
        "in Grozny in 1995 and returned to Paris to run the foreign desk, where she trained a "
        "generation of reporters in what she called the discipline of fear. In retirement she "
        "wrote two memoirs and taught at a journalism school in Lille. Younger colleagues recalled "
        "her rule that a reporter should never file a figure she had not heard from at least two "
        "people. President Emmanuel Macron paid tribute to “a voice that brought the wars of the "
        "world into French kitchens”. She is survived by her partner and a son.",
        "history",
    ),
    (
        "Lieutenant General Harbans Singh Dhillon, hero of the 1971 war, dies at 94",
        "Lieutenant General Harbans Singh Dhillon, who commanded an infantry brigade in the "
        "advance "
        "on Dhaka during the 1971 war with Pakistan, died in Pune on Saturday, the Indian army "
        "said. "
        "He was 94. Dhillon's brigade crossed the Meghna river in a fleet of commandeered country "
        "boats in December 1971, a manoeuvre that military historians credit with speeding the "
        "surrender of Pakistani forces in the east. He was awarded the Maha Vir Chakra and later "
        "commanded a corps in Punjab before retiring in 1988. Born in a village near Ludhiana, he "
        "was commissioned into the Sikh Regiment in 1943 and served in Burma at the end of the "
        "Second World War. In retirement he wrote a history of his regiment and campaigned for "
        "better pensions for widows of soldiers. Army chief General Manoj Pande laid a wreath at "
        "his cremation, which was held with full military honours. Veterans of the 1971 campaign "
        "recalled a commander who insisted on walking with the forward companies. He is survived "
        "by two sons, one of whom served in the air force.",
        "history",
    ),
    (
        "Ray Delgado, Marine who fought at Hue and built a home for homeless veterans",
        "Ray Delgado, a Marine who fought in the battle of Hue in 1968 and later founded one of "
        "San "
        "Antonio's best-known shelters for homeless veterans, died on Monday at 75, his family "
        "said. "
        "The cause was complications of Parkinson's disease, which his doctors linked to his "
        "exposure "
        "to Agent Orange. Delgado was 19 when his company fought house to house through the old "
        "citadel during the Tet offensive, an experience he rarely spoke about for 30 years. He "
        "came "
        "home to work in a tyre factory, struggled with alcohol and was homeless for two "
        "winters in "
        "the late 1970s. In 1994 he opened Casa Delgado in a former motel, and it has since housed "
        "more than 4,000 former service members. “I don't fix anybody, I just give them a door "
        "that locks,” he told the San Antonio Express-News in 2015. Senator John Cornyn called him "
        "a Texas treasure. A memorial service will be held at Fort Sam Houston National Cemetery, "
        "where he will be buried beside his brother, also a Vietnam veteran.",
        "history",
    ),
    (
        "Chaika Rosenberg, last fighter of the Vilna ghetto underground, dies at 97",
        "Chaika Rosenberg, believed to be the last surviving member of the Jewish underground in "
        "the Vilna ghetto, died on Thursday in Tel Aviv at 97, the Yad Vashem memorial said. As a "
        "teenager she smuggled pistols into the ghetto hidden in loaves of bread and escaped "
        "through "
        "the sewers in September 1943, as the Germans liquidated it. She spent the rest of the war "
        "with Jewish partisans in the Rudniki forest, blowing up railway lines and telegraph "
        "poles. "
        "After the war she emigrated to Palestine on a ship of illegal immigrants intercepted "
        "by the "
        "British, and spent a year in a camp in Cyprus. She later taught chemistry in a Tel Aviv "
        "high school for 35 years. From the 1980s she spoke to thousands of schoolchildren and "
        "soldiers about the ghetto, returning to Vilnius almost every year for the "
        "commemoration at "
        "Ponar. “We did not fight to win,” she said in a 2013 interview. “We fought to choose how "
        "we died.” She leaves two children, seven grandchildren and 14 great-grandchildren.",
        "history",
    ),
    (
        "Captain Bhim Bahadur Gurung, Burma campaign veteran, dies in Pokhara at 101",
        "Captain Bhim Bahadur Gurung, one of the last Gurkha veterans of the Burma campaign of the "
        "Second World War, died at his home in Pokhara on Wednesday at 101, the Gurkha Welfare "
        "Trust "
        "said. Gurung enlisted in 1942 at 17, walking for nine days from his village in the "
        "hills to "
        "the recruiting depot at Gorakhpur. He fought with the 2nd Battalion of the 5th Royal "
        "Gurkha Rifles at Imphal and in the crossing of the Irrawaddy, and was mentioned in "
        "dispatches for leading a bayonet charge on a Japanese bunker in 1945. After "
        "independence he stayed with the British army and served in Malaya and Borneo before "
        "retiring in 1969. In later life he campaigned for Gurkha veterans to receive the same "
        "pensions as British soldiers, travelling to London at 88 to join a rally outside "
        "Parliament. The British ambassador to Nepal attended his cremation at the Seti river. He "
        "is survived by four sons, three of whom also served in Gurkha regiments, and more than 30 "
        "grandchildren and great-grandchildren.",
        "history",
    ),
    (
        "Colonel Emeka Nwosu, Biafran commander, dies in Enugu at 88",
        "Colonel Emeka Nwosu, who commanded a Biafran battalion during Nigeria's civil war and "
        "later "
        "became one of the most outspoken advocates of reconciliation, died in Enugu on Sunday "
        "at 88, "
        "his family said. Nwosu, a Sandhurst-trained officer, joined the secessionist forces in "
        "1967 "
        "and led the defence of Onitsha during the federal army's repeated attempts to cross the "
        "Niger. He was captured in 1970 and spent two years in detention after the war. He then "
        "built a business importing farm machinery and served as a commissioner in the old "
        "Anambra state. In his memoir, published in 2009, he wrote frankly about the hunger that "
        "killed hundreds of thousands of children during the blockade of Biafra and about mistakes "
        "by its own leaders. He spoke regularly at Nigeria's military academy, a rare honour for "
        "a former Biafran officer. Governor Peter Mbah described him as a soldier who fought for "
        "his people and then worked for peace. He will be buried in his home town of Nnewi next "
        "month.",
        "history",
    ),
    (
        "Nura Hamzić, Srebrenica survivor who helped name the dead, dies at 62",
        "Nura Hamzić, who survived the march through the forests from Srebrenica in July 1995 and "
        "spent the next two decades helping identify the remains of those killed, died of a heart "
        "attack in Tuzla on Friday, the International Commission on Missing Persons said. She was "
        "62. Hamzić lost her husband, two brothers and her father in the genocide, in which "
        "Bosnian "
        "Serb forces killed more than 8,000 Muslim men and boys. From 1999 she worked at the "
        "identification centre in Tuzla, collecting blood samples from relatives and matching them "
        "to bones exhumed from mass graves. Colleagues said she knew hundreds of families by name "
        "and sat with each of them when the remains of their relatives were returned. Her "
        "husband's remains were found in three separate graves and buried at the Potočari memorial "
        "in 2010. She testified at The Hague in the trial of Ratko Mladić. The memorial centre "
        "said she would be buried at Potočari, beside her husband, on Sunday. She is survived by a "
        "daughter and two grandsons.",
        "history",
    ),
    (
        "Sardasht chemical attack survivor and campaigner Ahmad Rasouli dies at 52",
        "Ahmad Rasouli, who was 17 when Iraqi aircraft dropped mustard gas on the Kurdish town of "
        "Sardasht in northwest Iran and who spent the rest of his life campaigning for its "
        "victims, "
        "died in a Tehran hospital on Tuesday, his association said. He was 52. Rasouli had "
        "suffered from lung damage since the attack of June 1987, one of the first on a civilian "
        "town in the Iran-Iraq war, and had been on oxygen for the past six years. He founded the "
        "Sardasht Chemical Victims Society, which registers survivors and presses for treatment "
        "and compensation, and travelled to The Hague and Geneva to speak at meetings of the "
        "Organisation for the Prohibition of Chemical Weapons. The society says more than 100 "
        "people "
        "died at the time and that thousands still live with chronic illnesses. Rasouli worked "
        "as a "
        "schoolteacher until his health failed. His funeral in Sardasht on Thursday drew hundreds "
        "of mourners, many of them carrying inhalers. He is survived by his wife and two "
        "daughters.",
        "history",
    ),
    (
        "Fahad al-Mutairi, Kuwaiti resistance radio voice of 1990, dies at 80",
        "Fahad al-Mutairi, who ran a clandestine radio station from a basement in Kuwait City "
        "during the Iraqi occupation of 1990 and 1991, died on Monday at 80, the Kuwait News "
        "Agency said. For seven months, Mutairi broadcast news, prayers and messages from families "
        "abroad on a transmitter hidden in a water tank, moving it between houses to avoid "
        "detection by Iraqi troops. Two of his colleagues were caught and never seen again. After "
        "the liberation he returned to his job as an engineer at the Ministry of Communications "
        "and "
        "later served a term in the National Assembly. He rarely gave interviews, but in 2016 "
        "donated the transmitter to the Kuwait House of National Works, the museum dedicated to "
        "the occupation. The emir, Sheikh Nawaf al-Ahmad al-Sabah, sent condolences to the family "
        "and described him as a man who kept the country's voice alive in its darkest days. He was "
        "buried in the Sulaibikhat cemetery. He leaves his wife, four sons and two daughters.",
        "history",
    ),
    (
        "Sir Malcolm Hale, the procurement chief who bought Britain's carriers, dies at 81",
        "Sir Malcolm Hale, who as the Ministry of Defence's chief of defence materiel oversaw the "
        "ordering of the Royal Navy's two Queen Elizabeth-class aircraft carriers, died on Tuesday "
        "at 81, his family said. Hale, a former engineer at Rolls-Royce, took over the "
        "procurement agency in 2003 and spent five years in what he called a war of attrition with "
        "the Treasury over the cost of the carriers, the Eurofighter Typhoon and the Astute "
        "submarines. Critics in Parliament attacked him for budget overruns running into billions "
        "of pounds, while supporters said he had inherited contracts that were already out of "
        "control. He later chaired a review of the defence industrial strategy and advised the "
        "Australian government on its submarine programme. The First Sea Lord said HMS Prince of "
        "Wales and HMS Queen Elizabeth would “sail for decades as his monument”. Hale was knighted "
        "in 2008. He is survived by his wife, Margaret, and three children.",
        "military",
    ),
    (
        "Admiral Bambang Sutrisno, who built Indonesia's submarine fleet, dies at 77",
        "Admiral Bambang Sutrisno, a former Indonesian navy chief who championed the purchase of "
        "the country's first new submarines in three decades, died in Jakarta on Friday at 77, the "
        "navy said. Sutrisno joined the navy in 1967 and served as a submarine officer on the "
        "Soviet-built boats Indonesia operated at the time. As chief of staff from 2009 to 2012 he "
        "negotiated the purchase of three submarines from South Korea, including an agreement for "
        "the third to be assembled at the state shipyard in Surabaya. He also expanded the navy's "
        "annual exercises with Australian and American forces and pushed for more patrols around "
        "the Natuna islands. The navy held a ceremony at its headquarters in Cilangkap, where "
        "officers lined the road as his coffin passed. He was buried at the Kalibata Heroes' "
        "Cemetery with full military honours. Sutrisno is survived by his wife, three children "
        "and six grandchildren.",
        "military",
    ),
    (
        "Colonel Kim Jae-won, test pilot who first flew the KF-21, dies at 58",
        "Colonel Kim Jae-won, the South Korean air force test pilot who took the KF-21 Boramae "
        "fighter on its first flight in 2022, has died of pancreatic cancer at 58, Korea Aerospace "
        "Industries said on Wednesday. Kim flew the prototype for 33 minutes over Sacheon, a "
        "flight "
        "broadcast live on national television and celebrated as a milestone in South Korea's "
        "ambitions to build its own warplanes. A graduate of the Korea Air Force Academy, he flew "
        "F-16s for a decade before joining the test programme and logged more than 3,000 hours in "
        "20 types of aircraft. Colleagues said he insisted on checking every line of the "
        "flight-control software himself before the first flight. Defence Minister Shin Won-sik "
        "said Kim had “carried the hopes of the nation into the sky”. The air force will name a "
        "building at its flight test centre after him. He is survived by his wife and two sons. "
        "His funeral will be held at the air force academy chapel in Cheongju on Saturday.",
        "military",
    ),
    (
        "General Tadeusz Nowicki, who led Poland's army through its modernisation, dies at 66",
        "General Tadeusz Nowicki, a former commander of Poland's land forces who oversaw its "
        "largest arms purchases since the end of communism, died on Sunday after a long illness, "
        "the defence ministry said. He was 66. Nowicki commanded the 11th armoured cavalry "
        "division before becoming land forces commander in 2019, and in that post pushed for the "
        "purchase of American Abrams tanks and South Korean K2 tanks and howitzers. He also "
        "organised the large Defender exercises in which thousands of Polish and allied troops "
        "trained on ranges in the east of the country, and championed a new territorial defence "
        "force of volunteers. Critics said the pace of purchases strained the budget, a charge he "
        "answered by saying Poland had “waited thirty years too long”. He served with Polish "
        "contingents in Iraq in 2004 and Afghanistan in 2010. Defence Minister Władysław "
        "Kosiniak-Kamysz called him one of the architects of the modern army. He will be buried in "
        "the Powązki military cemetery in Warsaw.",
        "military",
    ),
    (
        "Álvaro Restrepo, negotiator of Colombia's FARC peace deal, dies at 80",
        "Álvaro Restrepo, a lawyer who spent four years at the table in Havana as one of the "
        "government's negotiators with the FARC guerrillas, died in Bogotá on Tuesday at 80, his "
        "family said. Restrepo was responsible for the chapter of the 2016 agreement on victims, "
        "which created the special peace tribunal and the truth commission. Colleagues recalled "
        "that he spent weeks drafting the section on reparations with rebel commanders, and "
        "that he "
        "insisted the negotiators meet groups of victims from both sides before it was signed. He "
        "later defended the deal after voters narrowly rejected it in a referendum, and helped "
        "rewrite it for approval by Congress. Before the talks he had been a judge of the "
        "Constitutional Court and a professor of law at the Universidad Externado. President "
        "Gustavo Petro said Colombia owed him “part of the peace we still have to finish”. Former "
        "FARC leader Rodrigo Londoño also sent condolences. He is survived by his wife and four "
        "children.",
        "peace",
    ),
    (
        "Monica Devlin, the Belfast mediator who kept Good Friday talks going, dies at 74",
        "Monica Devlin, a community worker who acted as a go-between for loyalist and republican "
        "groups in the talks that led to the Good Friday Agreement, died on Saturday at her "
        "home in "
        "Belfast after a long illness, her family said. She was 74. Devlin ran a women's centre on "
        "the Falls Road and built friendships across the peace lines that few others could, "
        "hosting meetings in her kitchen when the parties would not be seen in the same room. "
        "Former Senator George Mitchell, who chaired the talks, once called her “the most "
        "important person nobody has heard of”. She later sat on the board overseeing the early "
        "release of prisoners under the agreement and chaired a reconciliation fund that paid for "
        "cross-community youth clubs. She was appointed an OBE in 2008 but rarely used the title. "
        "Tributes came from every party at Stormont. Her funeral will be held at St Peter's "
        "Cathedral on Thursday. She is survived by her sister and four nephews.",
        "peace",
    ),
    (
        "Mohagher Alim, Bangsamoro negotiator who signed the 2014 peace pact, dies at 71",
        "Mohagher Alim, a lawyer who led the legal team of the Moro Islamic Liberation Front in "
        "peace talks with the Philippine government, died in Cotabato City on Monday at 71, the "
        "Bangsamoro regional government said. Alim spent 17 years in negotiations held in Kuala "
        "Lumpur, drafting the annexes on power-sharing and wealth-sharing that formed the basis of "
        "the Comprehensive Agreement on the Bangsamoro signed in 2014. After the agreement was "
        "written into law in 2018 he became a member of the transition authority that now governs "
        "the region, and chaired its committee on the decommissioning of former fighters. Friends "
        "said he kept a copy of every draft of the agreement in his car. The government's peace "
        "adviser called him a patient partner who never walked out of a meeting. Alim was buried "
        "according to Islamic custom on the day of his death. He leaves his wife and five "
        "children. Former fighters who had laid down their arms under the programme he chaired "
        "lined the road to the cemetery.",
        "peace",
    ),
    (
        "Ettore Salvi, director of the war epic Il Ponte, dies at 88",
        "Ettore Salvi, the Italian director whose 1977 film Il Ponte, about a company of partisans "
        "defending a bridge in the Apennines in 1944, remains one of the most admired war films of "
        "its era, died in Rome on Saturday at 88. Salvi shot the film's 40-minute battle sequence "
        "over five months with hundreds of extras, and his use of hand-held cameras in the "
        "gunfights "
        "influenced directors from Spielberg to Kathryn Bigelow. Born in Bologna, he had been a "
        "partisan courier as a boy, and said the film was an attempt to show the war as confusion "
        "rather than glory. He went on to make comedies, a biography of Garibaldi and a television "
        "series about the Red Brigades years that was attacked by critics as too sympathetic. In "
        "2012 he received a lifetime achievement award at the Venice Film Festival. “A battle on "
        "screen should make you want to leave the cinema,” he told an interviewer. He is survived "
        "by his second wife, the actor Lina Ferri, and a daughter.",
        "entertainment",
    ),
    (
        "Nadia Haddad, novelist of Beirut's civil war, dies in Paris at 82",
        "Nadia Haddad, the Lebanese novelist whose books about the civil war of 1975 to 1990 were "
        "translated into more than 20 languages, has died in Paris at 82, her publisher said. Her "
        "best-known novel, The Sniper's Street, follows three families in a building on the Green "
        "Line that divided Beirut, and was adapted for French television in 2004. Haddad left "
        "Lebanon in 1982 after shells hit her publishing house in Achrafieh, and wrote in "
        "French and "
        "Arabic for the rest of her life. Critics praised her for writing about the war through "
        "its "
        "kitchens and stairwells rather than its militias, and her memoir of exile won the Prix "
        "Femina in 1997. She returned to Beirut often after the war and taught creative writing at "
        "the Lebanese American University for several years. Lebanon's culture minister said the "
        "country had lost “the keeper of its memory”. Her last novel, about a woman who returns to "
        "the village her grandfather left, will be published next spring.",
        "entertainment",
    ),
    (
        "Ian Calloway, who played Sergeant Briggs in Bush Patrol, dies at 71",
        "Ian Calloway, the Australian actor best known for playing the gruff Sergeant Mick "
        "Briggs in "
        "the long-running television drama Bush Patrol, about a platoon in the Vietnam war, has "
        "died "
        "in Sydney at 71 after a short illness, his agent said. The series ran for nine seasons on "
        "Channel Nine from 1986, and its battle scenes, filmed in the Queensland rainforest, "
        "made it "
        "one of the country's most-watched programmes. Calloway, whose father served in Vietnam "
        "with the Royal Australian Regiment, said he modelled Briggs on the men who came to his "
        "family's barbecues. He went on to a long stage career with the Sydney Theatre Company and "
        "played King Lear at 65. The Vietnam Veterans Association said many of its members had "
        "first talked to their children about the war after watching the show together. Tributes "
        "poured in from co-stars, who remembered practical jokes on set. He is survived by his "
        "wife, the costume designer Rose Anders, and two sons.",
        "entertainment",
    ),
    (
        "Mikko Laaksonen, creator of the Winter Front strategy games, dies at 58",
        "Mikko Laaksonen, the Finnish game designer behind the Winter Front series of strategy "
        "games set on the eastern front of the Second World War, has died at 58, his studio said. "
        "The first game, released in 2003, let players command Finnish and Soviet divisions in the "
        "Winter War and became a cult hit for its detailed maps and punishing logistics, in which "
        "armies could starve before they ever fired a shot. Four sequels followed, selling more "
        "than three million copies. Laaksonen, a former history teacher from Tampere, founded the "
        "studio in his apartment with two friends in 1999. He was known in the community for "
        "answering players' questions about the order of battle of obscure regiments, and for "
        "refusing to add multiplayer modes he said would turn the war into a sport. The studio "
        "said "
        "he died at home after a long illness. A sixth game, which he was designing, will be "
        "finished by his team.",
        "entertainment",
    ),
    (
        "Haris Kurtović, playwright of the Sarajevo siege stage, dies at 70",
        "Haris Kurtović, the Bosnian playwright and director who kept a theatre running in "
        "Sarajevo throughout the siege of 1992 to 1995, died in the city on Wednesday at 70 after "
        "a stroke, the National Theatre said. Kurtović staged more than 30 productions during the "
        "siege, including a Hair performed by candlelight and his own play Shelter, written in a "
        "basement in the winter of 1993. Audiences came through sniper alleys to see them, and "
        "actors were paid in cigarettes and tins of food. After the war his plays toured Europe "
        "and "
        "he ran the city's MESS theatre festival for a decade. He was critical of the country's "
        "ethnic politics, and his satire of postwar politicians, The Dayton Hotel, was briefly "
        "banned by a cantonal minister in 2011. The festival will open next month with a reading "
        "of Shelter in his honour. He is survived by his wife, the actress Ena Begić, and a "
        "son. The city council said a street near the theatre would carry his name.",
        "entertainment",
    ),
]
