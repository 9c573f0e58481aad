"""dev428 negatives, the back pages and the past: the Super Eagles and the Falcons, Nollywood
and books, the civil war and other anniversaries remembered, and peace work (land disputes
between herders and farmers settled in court, accords and deradicalisation) and a
peaceful protest by former militants of the amnesty programme."""

NEGATIVES = [
    (
        "Osimhen's brace fires Super Eagles past Benin, World Cup hopes alive",
        "Victor Osimhen scored twice as the Super Eagles beat Benin Republic 2-1 in Uyo on "
        "Saturday to keep their hopes of qualifying for the World Cup alive. The "
        "Napoli-bound striker headed in the opener from an Ademola Lookman cross in the 23rd "
        "minute and doubled the lead with a powerful shot after the break. Benin pulled one "
        "back from the penalty spot, and the Eagles' defence came under siege in the final "
        "ten minutes as the visitors pushed for an equaliser. Goalkeeper Stanley Nwabali "
        'made two fine saves to protect the lead. "We fought like soldiers, and we will keep '
        'fighting until the last match," the coach said after the game. The result left '
        "Nigeria third in Group C, three points behind South Africa. Fans at the Godswill "
        "Akpabio International Stadium sang and danced long after the final whistle. Nigeria "
        "travel to Kigali next week for their final group game, needing a win and help from "
        "other results.",
        "sport",
    ),
    (
        "AFCON: Eagles edge Bafana Bafana on penalties in battle of Bouake",
        "Nigeria reached the final of the Africa Cup of Nations after beating South Africa "
        "4-2 on penalties following a 1-1 draw in a tense semi-final in Bouake on Wednesday. "
        "William Troost-Ekong scored from the spot in the 67th minute, but Teboho Mokoena "
        "equalised with a late penalty after a VAR review. Goalkeeper Stanley Nwabali saved "
        "two kicks in the shootout, and Kelechi Iheanacho converted the winner. The match, "
        "billed as a war between the continent's two biggest rivals, had plenty of tackles "
        'and several yellow cards. "It was a battle, and my boys showed character," said '
        "coach Jose Peseiro. Fans poured onto the streets of Lagos, Abuja and Port Harcourt "
        "to celebrate late into the night. Nigeria will face hosts Ivory Coast in Sunday's "
        "final in Abidjan. Osimhen, who had a goal ruled out in the first half, was "
        "substituted with cramps in extra time. The NFF president said the federation would "
        "reward the players. It was Nigeria's first AFCON final since they won the trophy in "
        "2013.",
        "sport",
    ),
    (
        "Eagles 'held hostage' at Libyan airport for 16 hours, NFF says",
        "The Nigeria Football Federation (NFF) says the Super Eagles were held for 16 hours "
        "at an abandoned airport in Libya without food, water or phone network, after their "
        "chartered plane was diverted ahead of an Africa Cup of Nations qualifier. Players, "
        "including captain William Troost-Ekong, posted messages on social media saying they "
        'had been "held hostage" and that they would not play the match. The plane, which '
        "was to land in Benghazi, was ordered to land at Al Abraq airport, about three "
        "hours' drive away. The Libyan Football Federation denied any deliberate "
        "mistreatment and blamed routine air traffic procedures. The Federal Government "
        'later sent a plane to bring the team home. "This is psychological warfare, and we '
        'will not accept it," an NFF official said. The Confederation of African Football '
        "said it would look into the matter. The team's captain said players had slept on "
        "the floor of the terminal. CAF later awarded the match to Nigeria and fined the "
        "Libyan federation. The Minister of Sports called for sanctions against Libya.",
        "sport",
    ),
    (
        "Super Falcons storm back to beat Morocco, win 10th WAFCON title",
        "Nigeria's Super Falcons came from two goals down to beat hosts Morocco 3-2 in the "
        "final of the Women's Africa Cup of Nations in Rabat on Saturday, winning the title "
        "for a record 10th time. Morocco led 2-0 at half-time before Esther Okoronkwo scored "
        "from the penalty spot and Folashade Ijamilusi equalised. Jennifer Echegini then set "
        'up substitute Chinwendu Ihezuo for a late winner. "We came into this final like '
        'warriors, and we never gave up," said captain Rasheedat Ajibade. President Bola '
        "Tinubu congratulated the team and promised each player a national honour and a "
        "house in Abuja. Thousands of Moroccan fans filled the stadium, and the Falcons said "
        "the atmosphere was hostile but fair. The team will be received at the Presidential "
        "Villa on Monday. It was the Falcons' first continental title since 2018, after a "
        "semi-final exit in 2022. Ajibade was named player of the match.",
        "sport",
    ),
    (
        "Fans clash after Kano Pillars defeat, NPFL fines club N5m",
        "The Nigeria Premier Football League (NPFL) has fined Kano Pillars N5m and ordered "
        "the club to play its next three home matches behind closed doors after fans invaded "
        "the pitch and attacked match officials at the Sani Abacha Stadium in Kano. "
        "Supporters of the home side threw sachets of water and stones after the referee "
        "allowed a late goal for the visitors, Enyimba. Some fans fought with travelling "
        "supporters outside the stadium, and several people were treated for minor injuries, "
        "the club said. Police officers fired tear gas to disperse the crowd. The league's "
        "disciplinary committee said the behaviour was unacceptable and warned that repeat "
        'offenders would face relegation. "We apologise to the match officials and to '
        'Enyimba," a Pillars official said. The club also has to pay for damage to the '
        "referees' dressing room and a vehicle. Kano Pillars said it would appeal against "
        "the ban on spectators. The police said nine people were arrested and later released "
        "on bail.",
        "sport",
    ),
    (
        "New Nollywood epic on Biafra war premieres in Enugu to standing ovation",
        'A new film about the Nigerian civil war, "Ojukwu\'s Children", premiered in Enugu on '
        "Saturday to a standing ovation from an audience that included veterans of the war "
        "and the state governor. Directed by a Nollywood veteran and shot in Nsukka, Awka "
        "and Umuahia, the film follows a family separated during the fall of Enugu in 1967. "
        "The producers said the film cost about N800m and used hundreds of extras. Several "
        'scenes depict the bombing of markets and the starvation of children in Biafra. "I '
        'wanted young people to understand what their grandparents went through," the '
        "director said after the screening. The National Film and Video Censors Board rated "
        "the film 18 because of its graphic violence. It opens in cinemas across the country "
        "next Friday. The lead actress, who plays a young nurse in a Biafran hospital, said "
        "she spent weeks talking to women who lived through the war. Some of the veterans in "
        'the audience were moved to tears. "I was 16 when I carried a gun," said one of them '
        "after the screening. The film's producers said they had received offers from "
        "streaming platforms. A historian who advised the production said care had been "
        "taken to show the suffering on both sides. The governor urged schools in the state "
        "to organise screenings for students.",
        "entertainment",
    ),
    (
        "'Daughters of Chibok' wins top prize at Venice Film Festival",
        '"Daughters of Chibok", a virtual reality documentary by the Nigerian filmmaker Joel '
        "Kachi Benson, has won the award for Best VR Immersive Story at the Venice Film "
        "Festival. The 11-minute film follows Yana Galang, a mother whose daughter was among "
        "the schoolgirls abducted by Boko Haram from Chibok in 2014. Viewers walk through "
        "the village with her as she farms and waits for news. Benson, who shot the film in "
        'Chibok with a small crew, dedicated the award to the parents. "This is their story, '
        'and the world needs to keep listening," he said. The Minister of Information '
        "congratulated the filmmaker and said the award showed the strength of the Nigerian "
        "creative industry. The film will be screened at festivals in Lagos and Abuja next "
        "month. Benson, a former journalist, has also made films about displaced communities "
        "in Borno. The award comes with a cash prize.",
        "entertainment",
    ),
    (
        "Box office: Bandit thriller 'Forest of Guns' hits N1bn in three weeks",
        '"Forest of Guns", a Nollywood thriller about a police officer who goes undercover '
        "in a bandit camp in the north-west, has grossed more than N1bn at the Nigerian box "
        "office in three weeks, according to FilmOne Entertainment. The film, shot in Kaduna "
        "and Niger states with Hausa and English dialogue, stars Ramsey Nouah and Rahama "
        "Sadau. Critics have praised its action scenes and its portrayal of kidnapping and "
        'ransom negotiations, though some said it glamorised the bandits. "It is fiction, '
        'but it is fiction that many Nigerians recognise," said one reviewer. The producers '
        "said they consulted security experts and former hostages while writing the script. "
        "Cinemas in Abuja and Lagos added late-night shows to meet demand. A Netflix release "
        "is planned for next year. The film is the latest in a wave of Nollywood productions "
        "set in the north. Rahama Sadau said she had turned down the role twice before "
        "reading the full script. It will also be screened at the African International Film "
        "Festival in Lagos.",
        "entertainment",
    ),
    (
        "Half a century on, Adichie's novel returns to the stage in Lagos",
        'A stage adaptation of Chimamanda Ngozi Adichie\'s novel "Half of a Yellow Sun" '
        "opened at the Terra Kulture Arena in Lagos on Friday, with a cast of 30 actors and "
        "a live band. The play follows Olanna, Odenigbo and their houseboy Ugwu through the "
        "years before and during the Biafran war. Audiences wept during scenes showing the "
        "siege of Umuahia and the hunger in refugee camps. The director said the production "
        'had been two years in the making. "Our history is not taught in schools, so the '
        'theatre has to teach it," she said. The novel, published in 2006, won the Orange '
        "Prize and was made into a film in 2013. The play runs for three weekends before "
        "moving to Abuja and Enugu. Tickets for the opening weekend were sold out days in "
        "advance. Adichie, who attended the first night, said she was moved by the "
        "performance of the young actor playing Ugwu.",
        "entertainment",
    ),
    (
        "Civil war: 50 years after, Nigerians remember the end of Biafra",
        "Nigerians on Wednesday marked 50 years since the end of the civil war, in which an "
        "estimated one million people died, many of them from starvation. In Enugu, veterans "
        "of the Biafran army gathered at a church service, while in Abuja, the federal "
        "government laid wreaths at the National Arcade on Armed Forces Remembrance Day. The "
        "war ended on January 15, 1970, when Biafran officers surrendered to the federal "
        "government in Lagos. Historians said many questions from the war had not been "
        'addressed. "No victor, no vanquished was a good slogan, but we still need to talk '
        'about what happened," said a professor of history at the University of Nigeria, '
        "Nsukka. Ohanaeze Ndigbo called for a national day of remembrance for the victims. "
        "Elderly survivors shared their stories with students in Onitsha. The war began in "
        "July 1967, weeks after the Eastern Region declared independence as the Republic of "
        "Biafra under Lt Col Chukwuemeka Odumegwu Ojukwu. Federal forces blockaded the "
        "region, and images of starving children were shown around the world. At a lecture "
        "in Nsukka, scholars discussed the Three Rs of Reconciliation, Reconstruction and "
        "Rehabilitation announced by the head of state, Gen Yakubu Gowon. Gowon, now in his "
        "80s, said in an interview that he still prayed for those who died. Many Igbo people "
        "say they lost their savings when the government paid only 20 pounds to each account "
        'holder after the war. "We must teach this history in schools," said a former '
        "minister.",
        "history",
    ),
    (
        "Asaba massacre: Families unveil memorial 55 years after",
        "Families of those killed in the Asaba massacre of October 1967 have unveiled a "
        "memorial in the Delta State capital, 55 years after federal troops shot hundreds of "
        "men and boys in the town during the civil war. The memorial, built near the spot "
        "where many were killed, lists the names of about 700 victims gathered by "
        "researchers and relatives. The Asagba of Asaba said the town had waited too long "
        'for recognition. "Our fathers were lined up and shot, and for decades nobody spoke '
        'of it," a member of the Asaba Memorial Committee said. Historians who collected the '
        "testimonies of survivors spoke at the ceremony. The Delta State Government promised "
        "to include the history of the massacre in the state's school curriculum. Some of "
        "the relatives travelled from the United States and Britain for the ceremony. A film "
        "about the killings, made by a descendant of one of the victims, was screened in the "
        "evening.",
        "history",
    ),
    (
        "Biafran veterans in Owerri still await pensions, 53 years after war",
        "Hundreds of disabled veterans of the Biafran army, who live in a camp in Oji River "
        "and in Owerri, say they are still waiting for pensions 53 years after the civil war "
        'ended. Many of them lost limbs in battles in Onitsha, Owerri and Umuahia. "We '
        'fought for what we believed in, and now we are forgotten," said an 82-year-old '
        "former sergeant who lost both legs to a mortar shell in 1968. The veterans, whose "
        "number is falling every year, receive support from churches and a few "
        "philanthropists. The Imo State Government said it had set aside money to renovate "
        "their homes. A group of Igbo lawmakers in the National Assembly has introduced a "
        "motion for their inclusion in the federal pension scheme. The oldest of them was a "
        "teenager when he enlisted in 1967. Some live on the money they earn weaving baskets "
        'and repairing shoes. "We are not asking for much, only to live our last years in '
        'dignity," the chairman of their association said.',
        "history",
    ),
    (
        "1966 coup: Book revisits the night that changed Nigeria",
        "A new book on the military coup of January 15, 1966, in which the Prime Minister, "
        "Abubakar Tafawa Balewa, and the Premier of the Northern Region, Ahmadu Bello, were "
        "killed, was presented in Abuja on Tuesday. The author, a retired army officer, drew "
        "on interviews with surviving soldiers and on archives in London. He argues that the "
        "coup and the counter-coup of July 1966 set the country on the road to civil war. "
        '"We cannot understand our present without understanding those months," he told the '
        "audience. Reviewers said the book added little new but was clearly written. The "
        "presentation was chaired by a former head of state, who said young Nigerians should "
        "read it. Copies are on sale in bookshops in Lagos and Abuja. A panel of historians "
        "who reviewed the book at the event disagreed over the author's account of the role "
        "of foreign governments.",
        "history",
    ),
    (
        "June 12: Nigerians mark Democracy Day, remember Abiola",
        "Nigerians on Wednesday marked Democracy Day, the 31st anniversary of the June 12, "
        "1993 presidential election won by Moshood Abiola and annulled by the military "
        "regime of Ibrahim Babangida. In a nationwide broadcast, President Bola Tinubu paid "
        "tribute to Abiola and to the activists who fought the military in the 1990s, some "
        "of whom were killed or jailed. He recalled his own exile during the Abacha years. "
        "In Lagos, members of civil society groups held a lecture and laid flowers at the "
        'Abiola family home in Ikeja. "June 12 is a reminder that democracy was paid for '
        'with blood," said a former member of the National Democratic Coalition. Some groups '
        "held small rallies in Lagos and Abuja that ended without incident. The Federal "
        "Government also conferred national honours on some pro-democracy activists. Abiola "
        "died in detention in 1998. June 12 became a public holiday in 2019, replacing May "
        "29 as Democracy Day.",
        "history",
    ),
    (
        "Court settles Agatu land dispute, orders herders, farmers to share grazing route",
        "A High Court in Otukpo, Benue State, has settled a long-running dispute between "
        "farming communities and herders over a grazing route near Agatu, ordering both "
        "sides to share the land according to a map drawn by the court's surveyor. The "
        "farmers had sued in 2019, claiming that the route, marked as a cattle route in the "
        "1960s, had become farmland over the decades. The judge ruled that the route "
        "remained public land but that farmers who had cultivated it could harvest their "
        "crops before leaving. Leaders of the Miyetti Allah Cattle Breeders Association and "
        'the community both welcomed the judgment. "Going to court was better than going to '
        "war,\" said a farmers' leader. The state government said it would fence the route "
        "and plant pasture. The area saw deadly clashes in 2016, but has been calm for "
        "several years. The judgment followed years of hearings and visits to the land by "
        "the court. Lawyers for the herders said the ruling protected a route used by their "
        "members for generations. A farmer whose yam field lies on the route said he would "
        "obey the judgment, though he had lost his main source of income. Civil society "
        "groups said courts should be used more often to settle such disputes. The Benue "
        "State Government had earlier passed a law banning open grazing, which Miyetti Allah "
        "challenged in a separate case.",
        "peace",
    ),
    (
        "Adamawa: Herders, farmers reach out-of-court settlement over Numan farmland",
        "Herders and farmers in Numan Local Government Area of Adamawa State have reached an "
        "out-of-court settlement over a piece of farmland along the Benue River, ending a "
        "case that had been in court for four years. Under the agreement, endorsed by a "
        "magistrate in Yola on Thursday, the herders will pay compensation for crops "
        "destroyed by their cattle in 2021, and the farmers will leave a corridor for "
        "animals to reach water. The deal was brokered by the Bachama traditional council "
        'and Fulani leaders with the help of a non-governmental organisation. "We have lived '
        'together for more than a hundred years, and we want to keep it that way," the '
        "district head said. Both sides agreed to set up a joint committee to handle future "
        "complaints. The magistrate commended both sides for choosing dialogue. Lawyers for "
        "the farmers said the agreement could serve as a model for other disputes in the "
        "state. Women's groups from both communities sang and danced outside the court after "
        "the ruling.",
        "peace",
    ),
    (
        "Riyom communities sign peace accord after two years of dialogue",
        "Berom and Fulani communities in Riyom Local Government Area of Plateau State on "
        "Saturday signed a peace accord at the end of two years of dialogue facilitated by "
        "the Plateau Peace Building Agency and the Centre for Humanitarian Dialogue. The "
        "accord provides for the return of farmland, the reopening of markets to traders of "
        "both groups and a joint committee to handle cases of crop damage and cattle theft. "
        "Leaders of both communities shook hands and shared a meal at the ceremony in Riyom "
        'town. "We have buried too many people, and we want our children to grow up in '
        'peace," said a Berom traditional ruler. The Director-General of the agency said '
        "similar dialogues were going on in Bassa and Bokkos. Security officials said the "
        "area had been calm for several months. Women's groups and youth leaders from both "
        "communities also signed the document. Under the accord, any dispute will first go "
        "to a committee of elders before it is reported to the police. The Plateau State "
        "Governor described the accord as a model for other communities. Farmers said they "
        "hoped to return to fields they had not worked in years.",
        "peace",
    ),
    (
        "Operation Safe Corridor: 600 ex-Boko Haram fighters graduate from deradicalisation",
        "About 600 former Boko Haram fighters who surrendered to the military graduated on "
        "Thursday from the Operation Safe Corridor deradicalisation and rehabilitation "
        "programme in Mallam Sidi, Gombe State. The men spent months learning trades such as "
        "carpentry, tailoring and farming, and took part in religious counselling. The "
        "programme coordinator, a brigadier general, said they would be handed over to their "
        "state governments for reintegration. Some community leaders in Borno expressed "
        'fears about the return of former fighters. "We will watch them, but we also have to '
        'give them a chance," said a district head in Konduga. The graduates took an oath of '
        "allegiance to the Federal Republic and renounced violence. More than 2,000 people "
        "have passed through the programme since 2016. Each graduate received a starter pack "
        "of tools for their trade. The programme is supported by several international "
        "partners, including the European Union. Some rights groups have called for victims "
        "to be consulted before former fighters are returned to their communities.",
        "peace",
    ),
    (
        "Amnesty programme: Ex-militants protest unpaid stipends in Yenagoa",
        "Former militants enrolled in the Presidential Amnesty Programme on Monday staged a "
        "peaceful protest at the programme's office in Yenagoa, Bayelsa State, over six "
        "months of unpaid stipends. The protesters, who carried placards, said they had been "
        "promised N65,000 a month under the programme, which was set up in 2009 to end the "
        "armed campaign in the Niger Delta. The interim administrator of the programme met "
        "the protesters and said the delay was caused by the verification of beneficiaries. "
        '"We laid down our arms in good faith," a leader of the group said. The programme '
        "has trained thousands of former fighters in Nigeria and abroad. The protesters left "
        "after receiving assurances that payment would begin next week. The Amnesty "
        "Programme was extended several times and now also funds scholarships and vocational "
        "training for young people in the region. Officials said the list of beneficiaries "
        "had been cleaned of ghost names. A chief in Yenagoa said the programme had helped "
        "bring stability to the creeks.",
        "protest",
    ),
]
