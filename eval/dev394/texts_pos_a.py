"""dev394 positives, part a: political violence at home (the July 2021 unrest, xenophobic attacks,
political killings in KwaZulu-Natal, riots), as News24, the Daily Maverick, the Mail & Guardian,
eNCA and the SABC report it. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Looters strip Durban malls as unrest over Zuma's jailing spreads across KZN",
        "Looters emptied shopping centres across Durban on Monday as violence that began with "
        "protests over former president Jacob Zuma's imprisonment spread from the N3 into the "
        "city. At the Pavilion in Westville and the Bridge City mall in KwaMashu, crowds carried "
        "out fridges, television sets and bags of mealie meal while police stood by in small "
        "numbers. Several shops in Pinetown and Mobeni were set alight and thick smoke hung over "
        "the M7 by late afternoon. Police spokesperson Brigadier Jay Naicker said officers had "
        "fired rubber bullets to disperse crowds in at least six places and that 89 people had "
        "been arrested in the province since Friday. “We are stretched, there is no other way to "
        "put it,” a public order policing commander told News24. Residents of Umlazi said they "
        "had queued for hours outside the only open supermarket. The ANC provincial executive "
        "called for calm, while the Zuma Foundation said it could not be blamed for “the anger of "
        "the people”. By nightfall the violence had reached parts of Johannesburg, where a mall in "
        "Jeppestown was looted. "
        "Radio stations in Durban appealed to listeners to stay at home.",
        "U",
        "riot",
    ),
    (
        "Phoenix residents mourn as vigilante checkpoints leave at least 20 dead",
        "The families of at least 20 people killed in and around Phoenix during last week's "
        "unrest buried their dead this weekend as police began to dismantle the roadblocks "
        "residents had set up. Armed groups of residents manned barricades on the roads between "
        "Phoenix and the neighbouring townships of Bhambayi and Inanda, stopping cars and "
        "assaulting occupants they accused of being looters. Relatives of the victims, most of "
        "them black men from the surrounding settlements, say they were targeted for their race. "
        "Police minister Bheki Cele, visiting the area on Sunday, said 22 suspects were being "
        "investigated and that some of the killings had been “racially charged”. Community "
        "leaders in Phoenix insist residents were defending themselves after shops were looted "
        "and police failed to arrive. Tensions remained high on Monday, with taxi drivers "
        "briefly blocking the Phoenix Highway. The Daily Maverick has spoken to three witnesses "
        "who described being beaten with sjamboks and golf clubs at one checkpoint. "
        "Religious leaders from both communities met at a mosque in Phoenix on Monday to try to"
        " calm tempers.",
        "U V",
        "mob_violence",
    ),
    (
        "SANDF to put 25,000 soldiers on streets as looting hits Gauteng and KZN",
        "The South African National Defence Force will deploy 25,000 soldiers in KwaZulu-Natal "
        "and Gauteng, acting defence minister Nosiviwe Mapisa-Nqakula told Parliament on "
        "Wednesday, up from the 2,500 announced at the weekend. The request came from the "
        "security cluster after a fourth night of looting and arson in which warehouses in "
        "Cornubia and a chemical plant near Durban were torched. The death toll from the unrest "
        "stood at 117, officials said, many of them people crushed in stampedes inside looted "
        "shops. Soldiers were seen escorting fuel trucks on the N2 and guarding the Durban "
        "harbour entrance. In Alexandra and Vosloorus, police and troops fired rubber bullets at "
        "crowds trying to break into liquor outlets. Business Unity South Africa estimated that "
        "the damage could run into R50bn. Opposition parties demanded to know why intelligence "
        "warnings about the planned shutdown were ignored. "
        "In Durban, residents of several suburbs formed neighbourhood patrols and blocked roads"
        " with their own cars.",
        "U M",
        "troop_deployment",
    ),
    (
        "Bread, fuel and oxygen run low in KZN as unrest cuts the N3",
        "Hospitals in KwaZulu-Natal have started rationing oxygen and postponing operations as "
        "the violence of the past week cuts supply routes into the province, the health "
        "department said on Thursday. Addington and Prince Mshiyeni hospitals reported that "
        "staff were sleeping at work because taxis were not running and roads were barricaded. "
        "Long queues formed outside the handful of supermarkets still trading in Pietermaritzburg, "
        "with some shoppers waiting since 4am for bread. The Gift of the Givers foundation said "
        "it was flying in food parcels because trucks could not safely use the N3, where more "
        "than 20 lorries were torched at Mooi River on Friday night. The Covid-19 vaccination "
        "drive in the province has been suspended after two sites were looted. “People are not "
        "just hungry, they are frightened,” said Imtiaz Sooliman, the foundation's founder. "
        "Police said 1,234 people had been arrested nationally in connection with the violence. "
        "Petrol stations in Durban's northern suburbs ran dry on Wednesday afternoon.",
        "U H",
        "humanitarian",
    ),
    (
        "Foreigners flee to camps as attacks on shops spread from Isipingo",
        "More than 2,000 foreign nationals are sheltering in tents at three temporary sites in "
        "Durban after a week of attacks on their homes and spaza shops, eThekwini officials said "
        "on Wednesday. The violence began in Isipingo and has spread to Umlazi, KwaDabeka and the "
        "city centre, where police fired rubber bullets and stun grenades on Tuesday to keep "
        "apart a crowd armed with pangas and a group of Congolese and Burundian traders. At least "
        "five people have died, among them a 14-year-old boy shot in Umlazi. Malawi has begun "
        "organising buses to take its citizens home, and Zimbabwe's consulate in Johannesburg "
        "said it was registering those who wished to leave. At the Chatsworth camp, a Somali "
        "shopkeeper who gave his name as Abdi said his shop had been emptied in 20 minutes. "
        "“We have been here eleven years,” he said. President Jacob Zuma told Parliament that "
        "attacks on foreigners “violate the very values our people fought for”. "
        "The Zulu king, Goodwill Zwelithini, has denied that a speech he gave last month "
        "telling foreigners to “pack their bags” sparked the violence.",
        "U V D",
        "xenophobic_violence",
    ),
    (
        "Jeppestown and Malvern shops burn as anti-foreigner violence returns to Joburg",
        "Foreign-owned shops along Jules Street in Malvern and in Jeppestown were looted and set "
        "alight on Monday as groups of men marched through the east of Johannesburg's inner city "
        "shouting at foreign nationals to leave. Gauteng police said 41 people were arrested "
        "overnight and that two people had died in a fire in a building in Jeppestown. Police "
        "used rubber bullets and tear gas to disperse crowds near the Denver hostel. Shop owners "
        "from Ethiopia, Somalia and Bangladesh stood outside their gutted stores, some holding "
        "what stock they had rescued. The violence followed a weekend of clashes in Pretoria's "
        "CBD after a taxi driver was shot dead, allegedly by a drug dealer. Nigeria's foreign "
        "ministry summoned South Africa's high commissioner in Abuja. The African Diaspora Forum "
        "said foreign traders were now too frightened to open in Hillbrow and Germiston. "
        "Police minister Bheki Cele, who visited the area, said the violence was criminal and "
        "not xenophobic, a claim traders rejected. On Tuesday, shops in Alexandra and Katlehong"
        " stayed shut as rumours of new attacks spread on WhatsApp.",
        "U V",
        "xenophobic_violence",
    ),
    (
        "Diepsloot mob kills Zimbabwean man after anti-crime meeting",
        "A Zimbabwean father of four was beaten and set on fire in Diepsloot on Wednesday night, "
        "hours after a community meeting where residents accused undocumented foreigners of "
        "driving crime in the township. Elvis Nyathi, 43, was dragged from his home in Extension "
        "1 by a group going door to door demanding passports, his wife told eNCA. Neighbours said "
        "the group had searched at least a dozen homes before reaching his. Police said three "
        "people had been arrested and that public order units remained in the area. Several "
        "foreign families spent the night at a church in the township. The killing came amid a "
        "series of marches and door-to-door raids by Operation Dudula in Gauteng. The Southern "
        "African Development Community secretariat described the attack as “barbaric”. "
        "Diepsloot residents, for their part, say they have buried seven people murdered in a "
        "week and that police have ignored their complaints. "
        "Police minister Bheki Cele is due to address a meeting in the township on Thursday.",
        "V U",
        "mob_violence",
    ),
    (
        "Trucks torched, drivers attacked in campaign against foreign drivers",
        "Five trucks were set alight and a Zimbabwean driver was hospitalised with burns after "
        "attacks on the N3 near Van Reenen and on the N2 at Mtubatuba overnight, the Road "
        "Freight Association said. The attacks are the latest in a campaign by groups who "
        "accuse hauliers of hiring foreign drivers over South Africans, and who have in recent "
        "months stoned trucks and thrown petrol bombs into cabs. Drivers interviewed at the "
        "Harrismith truck stop said they had been warned in voice notes to stay off certain "
        "routes. One, a Malawian with 12 years on the road, said men with guns had pulled him from "
        "his cab and beaten him before setting the load of timber alight. Transport minister "
        "Fikile Mbalula said the attacks amounted to “economic sabotage with a xenophobic "
        "motive” and that a task team would guard the worst corridors. The association counts "
        "more than 1,300 trucks destroyed and 200 drivers killed since 2018. "
        "Some drivers have stopped working at night, and hauliers say the attacks are pushing "
        "up the cost of moving goods to the ports.",
        "V",
        "arson_attack",
    ),
    (
        "Umlazi ward councillor shot dead outside his home in latest KZN political killing",
        "An IFP councillor in Umlazi was shot dead in his car outside his home on Saturday "
        "morning, the party said, the third councillor killed in eThekwini this year. "
        "Sibusiso Mkhize, 46, was hit several times by two gunmen who fled in a white Toyota, "
        "police said. He had told party colleagues he had received threats after speaking out "
        "about the allocation of housing tenders in his ward. The political killings task team "
        "has taken over the case. IFP leader Velenkosini Hlabisa said the party was “burying "
        "our leaders one after another” and called for a special prosecutor. The Moerane "
        "commission found in 2018 that competition for councillor positions and the money they "
        "control drove most of the province's political murders. Residents laid flowers at the "
        "gate on Sunday while police kept watch. "
        "His was the fifth political killing in the province in two months, according to the "
        "party. The provincial legislature observed a minute of silence on Tuesday.",
        "V",
        "assassination",
    ),
    (
        "Inanda candidates killed weeks before local elections",
        "Two ANC candidates for the coming local government elections were shot dead in Inanda "
        "within four days, raising fears of a wave of killings before the vote, the Mail & "
        "Guardian has learnt. Zanele Dube was gunned down at a tavern on Thursday night, and on "
        "Monday a second candidate, Thulani Ngcobo, was ambushed as he drove to a branch "
        "meeting. Both had defeated sitting councillors in the candidate-selection process. "
        "Police said they were investigating whether the killings were linked. Mbalenhle "
        "Mthembu, a local branch secretary, said several other candidates had been moved to safe "
        "houses. The Electoral Commission said it was working with police to protect candidates "
        "in hotspots identified by the national joint operational structure. Researchers at the "
        "Global Initiative against Transnational Organized Crime count more than 30 politically "
        "motivated killings in KwaZulu-Natal in the past twelve months. "
        "The ANC in eThekwini has asked the police to provide bodyguards for all its candidates"
        " in the area. The party's provincial leaders said they would visit the families of the"
        " dead this week.",
        "V",
        "political_killing",
    ),
    (
        "Glebelands hostel: another resident killed as violence goes on",
        "A resident of Glebelands hostel in Umlazi was shot dead in Block S on Tuesday, the "
        "fourth killing at the hostel this month, residents' leaders said. Witnesses said three "
        "men walked into the block in the early evening and opened fire on a group of men "
        "cooking outside. Residents link the killings to a battle for control of bed allocations "
        "and to factions of the ANC in the ward, and say hitmen are being paid to remove "
        "opponents. More than 60 people have been killed at the hostel since March 2014, "
        "according to the Ubunye bamaHostela group. Police say they have made arrests, but "
        "residents accuse some officers of protecting the killers. “We sleep with our shoes on,” "
        "one man told the Daily Maverick. Dozens of residents have left the hostel for rented "
        "rooms in Umlazi and Lamontville. "
        "The provincial human settlements department, which runs the hostel, has promised to "
        "upgrade it and hand over control of room allocation to an independent body. The "
        "Independent Police Investigative Directorate is looking into complaints against "
        "officers.",
        "V D",
        "political_killing",
    ),
    (
        "Tshwane burns as ANC mayoral choice sparks riots",
        "At least five people have been killed and more than 20 buses torched in Tshwane since "
        "the ANC announced Thoko Didiza as its mayoral candidate, police said on Wednesday. "
        "Residents of Atteridgeville, Mamelodi and Hammanskraal blocked roads with burning tyres "
        "and looted foreign-owned shops, in protests supporters of the outgoing mayor say were "
        "provoked by the party's leadership imposing a candidate from outside the city. Police "
        "fired rubber bullets in Mabopane and arrested 152 people. Schools in several townships "
        "were closed and the Putco bus service suspended its routes. ANC secretary-general Gwede "
        "Mantashe said the violence was the work of “criminals hiding behind the ANC colours”. "
        "Shop owners from Ethiopia and Somalia said they had lost everything. Traffic into the "
        "city from the north was diverted for a second day. "
        "The party's regional leaders said Didiza would remain the candidate.",
        "U",
        "riot",
    ),
    (
        "Vuwani schools torched as demarcation protest turns violent",
        "At least 24 schools have been burned in Vuwani and surrounding villages in Limpopo since "
        "residents learnt that the Municipal Demarcation Board would not move them back to the "
        "Makhado municipality, the basic education department said. Police in armoured vehicles "
        "fired rubber bullets at groups blocking the R523 with rocks and burning trees, and 37 "
        "people have been arrested. More than 40,000 learners have been out of class for almost "
        "two weeks. Education minister Angie Motshekga visited a school that had been reduced to "
        "a shell and said it was “not the act of people who love their children”. Protest "
        "leaders deny they set the fires and blame criminals. The Limpopo government said it "
        "would bring in mobile classrooms once the area was calm. "
        "Parents said they feared their children would miss their mid-year examinations. The "
        "SANDF has not been deployed, but police reinforcements arrived from Polokwane on "
        "Monday.",
        "U",
        "riot",
    ),
    (
        "Wits clashes as police fire rubber bullets at FeesMustFall students",
        "Police fired rubber bullets, stun grenades and tear gas on the Wits University campus "
        "in Braamfontein on Monday as students tried to stop the reopening of classes, in the "
        "fourth week of protests over university fees. Students threw rocks at officers and set "
        "a bus alight on Jorissen Street, police said. A Catholic priest, Father Graham Pugin, "
        "was hit in the face by a rubber bullet as he tried to shelter students inside the Holy "
        "Trinity church. At least 14 people were arrested. Vice-chancellor Adam Habib said the "
        "university would remain open under security. Private security guards were later seen "
        "clearing students from Senate House. At the University of Cape Town, meanwhile, classes "
        "were suspended for the rest of the week after protesters torched a vehicle. Student "
        "leaders said they would continue until free education was declared. "
        "Higher education minister Blade Nzimande said the government could not afford free "
        "education for all and asked students to return to class.",
        "U",
        "campus_clash",
    ),
    (
        "Buses set alight and officer shot as Cape Town taxi strike turns deadly",
        "Five people have been killed, among them a police officer shot in Nyanga, since the "
        "Santaco taxi strike began in Cape Town on Thursday, the Western Cape police said. "
        "Golden Arrow said 10 of its buses had been torched and 22 damaged, and it had pulled its "
        "fleet off the roads in Khayelitsha, Philippi and Mfuleni. Police fired rubber bullets "
        "at groups that blocked Lansdowne Road and looted a delivery truck in Delft. Taxi owners "
        "are protesting against the impounding of minibuses under city by-laws. Premier Alan "
        "Winde said the violence was “an attack on working people who need to get to work”. "
        "Many schools closed and thousands of workers stayed home. Santaco said it did not "
        "condone the violence and blamed “criminal elements”. Police have arrested 120 people. "
        "Transport minister Sindisiwe Chikunga flew to Cape Town on Monday to try to broker an "
        "agreement between the city and the taxi industry.",
        "U",
        "riot",
    ),
]
