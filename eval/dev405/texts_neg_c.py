"""dev405 negatives, part C: courts and crime, Brexit 'battles', the Defence Forces' budget and
ships, peaceful protests, the economy desk and ordinary news (not conflict; kind codes of
eval/conflictset)."""

NEGATIVES = [
    (
        "Gerry Hutch found not guilty of Regency Hotel murder",
        "Gerry “the Monk” Hutch has been found not guilty of the murder of Kinahan gang "
        "member David Byrne at the Regency Hotel in Dublin in February 2016. The three "
        "judges of the Special Criminal Court said they could not be satisfied beyond "
        "reasonable doubt that Mr Hutch was one of the raiders, some of them dressed as "
        "gardaí and carrying assault rifles, who stormed the hotel during a boxing "
        "weigh-in. The court found that the evidence of the State's key witness, former "
        "Sinn Féin councillor Jonathan Dowdall, was unreliable. Two other men were "
        "convicted of facilitating the murder by providing cars. The shooting sparked the"
        " Kinahan-Hutch feud, in which 18 people were killed. Mr Hutch, who is 59, left "
        "the court a free man and thanked his legal team. Gardaí said the murder "
        "investigation remained open.",
        "crime",
    ),
    (
        "Man who threw missiles at gardaí during Dublin riot jailed for three years",
        "A 33-year-old man who threw missiles at gardaí and helped to set fire to a Garda"
        " car during the riot in Dublin city centre in November 2023 has been jailed for "
        "three years. Dublin Circuit Criminal Court heard the man, from Cabra, was "
        "identified from CCTV and footage he posted on his own social media accounts. He "
        "pleaded guilty to violent disorder and criminal damage. Judge Martin Nolan said "
        "the riot had been “a shameful day for the city” and that the sentence had to "
        "deter others. The man's barrister said he had been drinking all afternoon and "
        "had got caught up in the crowd. More than 60 people have now been charged over "
        "the disorder, and gardaí say their investigation, Operation Dowel, is "
        "continuing. He will serve the final six months of the sentence suspended. A "
        "co-accused will be sentenced next week.",
        "crime",
    ),
    (
        "Man accused of Parnell Square stabbing sent forward for trial",
        "A man charged with attempting to murder three children and a care worker outside"
        " a school on Parnell Square East last November has been sent forward for trial "
        "to the Central Criminal Court. The 50-year-old, who is an Irish citizen "
        "originally from Algeria, appeared at Cloverhill District Court by video link "
        "from prison. He is charged with five counts of attempted murder and one of "
        "producing a knife. A five-year-old girl was seriously injured in the attack, and"
        " the care worker suffered stab wounds while protecting the children. Gardaí have"
        " said they do not believe the attack was terror-related. A Brazilian delivery "
        "rider, Caio Benicio, and other passers-by were praised for intervening. "
        "Reporting restrictions remain in place. The case will be mentioned again next "
        "month. He was remanded in custody.",
        "crime",
    ),
    (
        "'Sausage war' escalates as EU threatens legal action over protocol grace period",
        "The European Commission has said it will take legal action against the UK after "
        "the British government extended grace periods on checks on goods entering "
        "Northern Ireland from Britain without agreement. The so-called sausage war, over"
        " a ban on chilled meats crossing the Irish Sea, has escalated into the biggest "
        "row between London and Brussels since Brexit. Maroš Šefčovič said the UK had "
        "breached international law for a second time. Brexit minister David Frost "
        "accused the EU of a “purist” interpretation of the Northern Ireland Protocol. "
        "Minister for Foreign Affairs Simon Coveney said the UK was “not a partner that "
        "can be trusted” to implement what it had signed. Supermarkets in Northern "
        "Ireland warned of empty shelves if the dispute was not resolved. The UK insists "
        "the grace periods are lawful, temporary and necessary to keep goods flowing.",
        "politics",
    ),
    (
        "DUP fails in bid to pull Stormont brake as Windsor Framework battle moves to Commons",
        "The DUP's attempt to use the Stormont brake to stop new EU rules on goods "
        "applying in Northern Ireland has failed after the UK government said the "
        "regulations did not meet the threshold. It was the first time the mechanism, a "
        "key part of the Windsor Framework agreed by Rishi Sunak and Ursula von der "
        "Leyen, had been triggered. DUP leader Gavin Robinson said the party would fight "
        "on at Westminster, where it has five MPs. Sinn Féin First Minister Michelle "
        "O'Neill accused the DUP of “playing politics with people's livelihoods”. "
        "Business groups said the row created uncertainty for manufacturers. The Northern"
        " Ireland Secretary said the framework was “working well” and that trade across "
        "the Irish Sea had grown. The party is also pressing for further changes to the "
        "arrangements for parcels.",
        "politics",
    ),
    (
        "Triple lock scrapped as bill passes Dáil after heated debate",
        "Legislation removing the so-called triple lock on sending Irish troops overseas "
        "has passed the Dáil by 79 votes to 62, after a debate in which opposition TDs "
        "warned that Ireland was abandoning its neutrality. Under the old rules, "
        "deployments of more than 12 soldiers required the approval of the Government, "
        "the Dáil and a UN mandate. The Defence (Amendment) Bill replaces the UN "
        "requirement with a need for the mission to be lawful under international law. "
        "Tánaiste Simon Harris said Russia should not have a veto over where Irish "
        "peacekeepers served. People Before Profit TD Paul Murphy accused the Government "
        "of “dragging Ireland into Nato by the back door”. The bill now moves to the "
        "Seanad. The Defence Forces' chief of staff has said the change will not alter "
        "Ireland's long commitment to peacekeeping, which the Government says remains "
        "central.",
        "politics",
    ),
    (
        "Defence spending to rise to €1.5bn as radar and sonar contracts signed",
        "The Defence Forces' budget will rise to €1.5 billion next year, the highest "
        "ever, as the Government moves to level of ambition two recommended by the "
        "Commission on the Defence Forces. The Minister for Defence said the increase "
        "would fund a national primary radar system to monitor Irish airspace, new sonar "
        "for the Naval Service to protect subsea cables, and a pay increase for lower "
        "ranks. Contracts for the radar system, expected to be operational by 2028, were "
        "signed on Tuesday. Ireland still spends about 0.2% of GDP on defence, the lowest"
        " in the EU. PDFORRA, the representative body for enlisted personnel, welcomed "
        "the budget but said retention remained “the battle that matters”. The strength "
        "of the Defence Forces fell below 7,500 last month. The radar contract is with "
        "the French firm Thales.",
        "military",
    ),
    (
        "Two more Naval Service ships tied up as crew shortage bites",
        "The Naval Service has taken another two ships out of operation because it does "
        "not have enough sailors to crew them, leaving only three of its eight vessels "
        "available for patrols. LÉ Orla and LÉ Ciara were sold last year, and LÉ Eithne "
        "was decommissioned. The Irish Independent understands that the service is about "
        "350 below its establishment strength of 1,094. Flag Officer Commodore Michael "
        "Malone said the crisis would not be solved overnight but that a new recruitment "
        "drive and tax exemptions for seagoing personnel were beginning to help. Fianna "
        "Fáil TD Cathal Crowe said it was “a national embarrassment” that the State could"
        " not patrol its own waters. Two new inshore patrol vessels bought from New "
        "Zealand are due to enter service this year. The service has also lost "
        "experienced engineers and technicians to the private sector.",
        "military",
    ),
    (
        "Russian spy ship shadowed off Cork coast near transatlantic cables",
        "The Naval Service and Air Corps shadowed a Russian intelligence-gathering ship "
        "as it sailed through Ireland's exclusive economic zone off the south-west coast "
        "over the weekend, close to where several subsea data cables come ashore. The "
        "Yantar, which Western navies say is capable of mapping and tampering with "
        "cables, was tracked by LÉ William Butler Yeats for more than 24 hours. The "
        "Defence Forces said the ship did not enter Irish territorial waters. Minister "
        "for Defence Micheál Martin said the episode showed why the State needed to "
        "invest in maritime surveillance. The UK Royal Navy had shadowed the Yantar "
        "through the Irish Sea earlier in the week. The ship later left the Irish zone "
        "heading north. Fishing boats in the area were told to report any sightings.",
        "military",
    ),
    (
        "Families wave off 124th Infantry Battalion as troops leave for Lebanon",
        "Families gathered at Custume Barracks in Athlone on Thursday to say goodbye to "
        "members of the 124th Infantry Battalion, who are leaving for a six-month tour "
        "with the UN Interim Force in Lebanon. The battalion of 330 personnel, drawn "
        "mainly from the 2nd Brigade, will be based at Camp Shamrock in Bint Jbeil and a "
        "number of outposts along the Blue Line. Ireland has had troops with UNIFIL since"
        " 1978, and 47 Irish soldiers have died serving with the mission. The battalion's"
        " commanding officer, Lieutenant Colonel Declan Ryan, said the troops had "
        "completed months of training, including in first aid and counter-IED drills at "
        "the Glen of Imaal. Members of the battalion flew out from Dublin Airport on a "
        "chartered flight later in the day. Their tour will end in May. Among those "
        "leaving was a father of three on his sixth trip to Lebanon.",
        "military",
    ),
    (
        "Army Ranger Wing and gardaí stage hijack drill at Dublin Port",
        "Soldiers from the Army Ranger Wing and members of the Garda Emergency Response "
        "Unit took part in a large-scale counter-terrorism exercise at Dublin Port on "
        "Wednesday, simulating the hijacking of a passenger ferry. Helicopters from the "
        "Air Corps landed troops on the deck of an Irish Ferries vessel as part of the "
        "exercise, which was planned over several months. Members of the public were "
        "warned they might hear loud bangs and see armed personnel near the terminal. The"
        " Department of Defence said the exercise tested how the two services would work "
        "together in a real emergency. Gardaí said there was no specific threat. A "
        "similar exercise was held at Shannon Airport last year. The exercise lasted "
        "about four hours and ferry sailings were not affected.",
        "military",
    ),
    (
        "Residents hold silent vigil outside Clare hotel over IPAS plans",
        "About 200 people took part in a silent vigil outside a hotel in Co Clare on "
        "Sunday evening in protest against plans to use it to house international "
        "protection applicants. The protesters held candles and placards reading “Consult"
        " the community” and “No to unsuitable sites”, and a small group has maintained a"
        " round-the-clock presence at the entrance for the past week. Gardaí said the "
        "protest was peaceful and there were no arrests. Organisers said they were not "
        "opposed to asylum seekers, but that the village had no GP and a small school. "
        "The Department of Children said it had been offered the hotel under a contract "
        "and that about 100 people would move in next month. Local TD Cathal Crowe called"
        " for better engagement with communities. A counter-vigil welcoming the new "
        "residents was held in the nearby town of Ennis.",
        "protest",
    ),
    (
        "Tens of thousands march in Dublin calling for Gaza ceasefire",
        "Tens of thousands of people marched through Dublin on Saturday calling for a "
        "ceasefire in Gaza and for the Government to expel the Israeli ambassador. The "
        "march, organised by the Ireland-Palestine Solidarity Campaign, went from the "
        "Garden of Remembrance to Merrion Square. Many carried Palestinian flags and "
        "banners naming towns and villages in Gaza. Speakers included trade union "
        "leaders, musicians and opposition TDs. Gardaí said the march passed off without "
        "incident. Organisers put the numbers at 100,000, which would make it one of the "
        "largest demonstrations in Dublin in years. Similar marches were held in Cork, "
        "Galway, Limerick and Sligo. The Government has said it will not expel the "
        "ambassador because diplomatic channels must be kept open. Many of those taking "
        "part were families with young children.",
        "protest",
    ),
    (
        "Farmers' tractors bring Dublin city centre to standstill over nitrates cut",
        "Hundreds of tractors were driven into Dublin city centre on Wednesday as farmers"
        " protested against plans to lower the nitrates derogation, which limits how much"
        " animal manure can be spread on land. The Irish Farmers' Association said the "
        "change would cost dairy farmers thousands of euro a year and force some out of "
        "business. Traffic was disrupted along the quays and on Merrion Street for "
        "several hours. IFA president Francie Gorman told the crowd outside Government "
        "Buildings that farmers were “fighting for their survival”. The protest ended "
        "peacefully in the early afternoon. Minister for Agriculture Charlie McConalogue "
        "said he would continue to make the case in Brussels. Dublin Bus said services "
        "had been diverted for much of the day, and some taxi drivers complained of "
        "losing fares.",
        "protest",
    ),
    (
        "Aldi and Lidl fire new shots in grocery price war as inflation eases",
        "The discount supermarket chains Aldi and Lidl have cut the prices of more than "
        "300 products, in the latest round of a grocery price war that has seen Tesco, "
        "Dunnes and SuperValu also trim prices on staples like milk, bread and butter. "
        "Retail analysts Kantar said grocery price inflation in Ireland fell to 2.8% in "
        "the 12 weeks to the end of February, down from more than 14% a year earlier. "
        "Dunnes Stores remains the country's largest grocer with a market share of 23.5%."
        " Consumer groups said the cuts were welcome but that the price of a weekly shop "
        "was still far higher than before the energy crisis. Lidl said its price cuts "
        "were “an investment in our customers”. SuperValu owner Musgrave said it would "
        "match the cuts. Analysts expect margins across the sector to come under "
        "pressure.",
        "economy",
    ),
    (
        "Pharma firms brace for trade war as US tariffs threaten Irish exports",
        "Ireland's pharmaceutical industry is preparing for a trade war with the United "
        "States after the White House said medicines imported from the EU would face "
        "tariffs from next month. Pharmaceutical exports to the US were worth more than "
        "€50 billion last year, accounting for most of Ireland's trade surplus with "
        "America. Ibec said a number of companies had already moved to build up "
        "stockpiles in US warehouses. Minister for Enterprise Peter Burke said the "
        "Government was ready to “fight Ireland's corner” in Brussels and Washington. "
        "Economists at the ESRI warned that tariffs could cut corporation tax receipts by"
        " billions. About 45,000 people work directly in the sector in Ireland. Pfizer, "
        "Eli Lilly and Johnson & Johnson are among the largest employers.",
        "economy",
    ),
    (
        "Leaving Cert results show grades settle back as students get offers",
        "More than 61,000 students received their Leaving Certificate results on Tuesday,"
        " with grades settling slightly lower than last year as the Department of "
        "Education continued to unwind the inflation introduced during the pandemic. The "
        "proportion of H1 grades in higher-level maths fell to 9.7%. Minister for "
        "Education Norma Foley said the results were a fair reflection of students' work."
        " CAO round one offers will be issued next Wednesday, and points for medicine and"
        " some teaching courses are expected to rise. The Irish Second-Level Students' "
        "Union said its helpline would be open all week. Several schools reported record "
        "numbers of students taking Irish at higher level. Almost 1,000 students sat the "
        "exam in a language other than English or Irish. Appeals can be lodged from "
        "Wednesday.",
        "other",
    ),
    (
        "Final seats filled as count ends in Dublin Bay South after four days",
        "Counting in the general election has finally ended, four days after polls "
        "closed, with the last seat in Dublin Bay South going to Fine Gael after a full "
        "recount. Fianna Fáil is the largest party with 48 seats, ahead of Sinn Féin on "
        "39 and Fine Gael on 38. The Labour Party and the Social Democrats both won 11 "
        "seats. Turnout was 59.7%, the lowest in decades. Talks on forming a government "
        "are expected to begin next week, with Fianna Fáil and Fine Gael likely to seek "
        "the support of Independents. Sinn Féin president Mary Lou McDonald said her "
        "party would speak to all parties. The new Dáil will meet on December 18th. "
        "Several high-profile TDs lost their seats, including two junior ministers. The "
        "Green Party was left with a single TD, down from 12 at the last election.",
        "other",
    ),
    (
        "Intel's Leixlip plant lays off 195 as chipmaker trims costs",
        "Intel is to cut 195 jobs at its manufacturing campus in Leixlip, Co Kildare, as "
        "part of a global cost-cutting programme, the company told staff on Thursday. The"
        " chipmaker, which employs about 4,900 people in Ireland, said the cuts would be "
        "made through voluntary redundancy where possible. The company's Fab 34 facility,"
        " which opened in 2023 after a €17 billion investment, will continue production. "
        "Intel's new chief executive has promised to reduce the company's workforce by a "
        "fifth worldwide. Minister for Enterprise Peter Burke said IDA Ireland would work"
        " with the company. Siptu said it was seeking urgent talks with management. "
        "Workers at the plant were told the cuts would be confirmed by the end of next "
        "month. Local councillors said the news was a blow to north Kildare.",
        "other",
    ),
]
