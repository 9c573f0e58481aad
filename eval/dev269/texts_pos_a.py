"""dev269 positives, part A: live pages whose entries report current fighting, strikes, attacks,
riots or their casualties (Europe, the Middle East, Africa, the Americas, South Asia)."""

j = " ".join

POSITIVES = [
    (
        "Russia-Ukraine war live: missiles hit Kyiv children's hospital in daytime barrage; at least 31 killed across country",
        j(
            [
                "10.52 BST Air raid sirens have sounded across Kyiv for the second time this morning, and explosions have been heard in several districts, our correspondent in the capital reports.",
                "11.20 BST Ukraine's air force says Russia launched 38 missiles, including hypersonic Kinzhals, at Kyiv, Dnipro, Kryvyi Rih, Sloviansk and Kramatorsk, and that 30 were shot down.",
                "11.41 BST Videos verified by the Guardian show smoke rising over the Okhmatdyt children's hospital, where part of a two-storey wing has collapsed.",
                "12.05 BST The city's mayor, Vitali Klitschko, says at least seven people have been killed in the capital so far, and that doctors and parents are pulling away rubble by hand.",
                "12.37 BST Children who were on dialysis at Okhmatdyt are being moved to other clinics across the city, the health ministry says.",
                "13.15 BST Volodymyr Zelenskyy, who is in Warsaw ahead of this week's Nato summit, says Russia “must be held accountable” and renews his appeal for more air defence systems.",
                "14.02 BST The nationwide death toll has risen to 31, with more than 150 people injured, according to Ukraine's interior ministry.",
                "14.30 BST We are pausing this live blog for now and will be back shortly with more from Kyiv.",
                "15.10 BST In Dnipro, regional officials say a missile hit a business centre, killing at least three people and injuring 15.",
                "15.45 BST The UN human rights mission in Ukraine says its staff saw significant damage at the hospital, including to its toxicology and intensive care departments.",
                "16.20 BST The Security Service of Ukraine says fragments found at Okhmatdyt show the hospital was struck by a Kh-101 cruise missile, and Russia's defence ministry denies targeting civilian sites.",
                "17.05 BST Volunteers have been queueing to give blood at donation centres across the capital.",
                "17.40 BST That's all for today; we will return tomorrow with the latest from the Nato summit in Washington.",
            ]
        ),
        "E V H",
        "missile_strike",
    ),
    (
        "Israel's war on Gaza live: dozens killed in strikes on Nuseirat and Deir el-Balah; aid trucks held at Kerem Shalom",
        j(
            [
                "These are the latest updates from our team in Doha and our correspondents in central Gaza.",
                "07:15 GMT Palestinian health officials say at least 36 people were killed overnight when Israeli air strikes hit homes in the Nuseirat refugee camp, most of them women and children.",
                "07:48 GMT Our correspondent Hani Mahmoud, reporting from Deir el-Balah, says ambulances are still bringing bodies to al-Aqsa Martyrs Hospital, where patients lie on the floor for lack of beds.",
                "08:30 GMT A school run by UNRWA that was sheltering displaced families in Deir el-Balah was also hit; the agency says it is trying to establish how many people were inside.",
                "09:05 GMT The Israeli military says its aircraft struck “Hamas terrorist infrastructure” in central Gaza and accuses the group of operating from civilian areas.",
                "10:12 GMT UN officials say more than 120 aid trucks are waiting on the Israeli side of the Kerem Shalom crossing because drivers cannot safely collect cargo on the Gaza side.",
                "10:40 GMT The World Food Programme warns that families in the north are surviving on one meal a day or less.",
                "11:25 GMT Thousands of people have fled eastern Khan Younis again after new evacuation orders were dropped by leaflet this morning, residents tell Al Jazeera.",
                "12:10 GMT An Israeli drone strike has hit a car near the Nasser Medical Complex in Khan Younis, killing three people, according to the Palestine Red Crescent Society.",
                "12:55 GMT In the occupied West Bank, the Palestinian health ministry says two young men were killed during an Israeli army raid on the Jenin refugee camp.",
                "13:30 GMT The Gaza health ministry says at least 37,000 people have been killed and more than 84,000 wounded since the war began in October.",
                "14:05 GMT Hamas says it is still studying the latest proposal from mediators in Qatar and Egypt.",
            ]
        ),
        "E V D H",
        "airstrike",
    ),
    (
        "Sudan war live: RSF shelling hits El Fasher's last working hospital as fighting nears city centre",
        j(
            [
                "Welcome to our live coverage of the war in Sudan, now in its 15th month.",
                "09:10 GMT Medecins Sans Frontieres says the South Hospital in El Fasher, the only facility in the city still able to treat mass casualties, was struck by shells fired by the Rapid Support Forces on Saturday night.",
                "09:32 GMT The aid group says two patients were killed and its staff were forced to suspend surgery, adding that it has treated more than 1,300 wounded people since fighting for the North Darfur capital intensified in May.",
                "10:05 GMT Local resistance committees report heavy clashes between the army, its allied Joint Forces and RSF fighters in the eastern and southern neighbourhoods, with drones used by both sides.",
                "10:40 GMT Residents say the Abu Shouk camp, home to tens of thousands of people displaced in earlier waves of violence, is being hit by artillery almost daily.",
                "11:15 GMT The RSF has not commented on the hospital strike, but its commander posted a video on Saturday saying his troops would “liberate” El Fasher within days.",
                "11:50 GMT The UN's humanitarian office says no aid convoy has reached the city in more than three weeks.",
                "12:20 GMT The Sudanese army said its air force carried out strikes on RSF positions around Mellit, north of the city.",
            ]
        ),
        "B E V D H",
        "battle",
    ),
    (
        "Nigeria election 2023 live: voting extended in parts of Lagos after thugs attack polling units",
        j(
            [
                "08:30 WAT Polls are officially open across Nigeria's 36 states and the Federal Capital Territory, with more than 93 million people registered to vote for a new president.",
                "09:14 WAT Electoral officials in many Lagos wards have yet to arrive, and voters in Ikeja tell us they have been queuing since dawn.",
                "10:02 WAT Bola Tinubu has cast his vote in Ikeja and told reporters he was “very confident” of victory.",
                "11:20 WAT A Channels TV reporter in Surulere says a group of young men snatched ballot boxes and fired gunshots into the air at a polling unit, scattering voters and destroying ballot papers.",
                "12:05 WAT Police in Kogi state confirm that one man was shot dead when gunmen opened fire at a polling unit in Dekina, and say two suspects have been arrested.",
                "13:40 WAT The Independent National Electoral Commission says voting will continue on Sunday in units where it started late or where materials were destroyed.",
                "15:10 WAT Labour Party candidate Peter Obi says reports of intimidation in Lagos are “unacceptable” and urges his supporters to stay at polling units to watch the count.",
                "16:45 WAT Observers from the European Union say most polling units they visited opened late but that voting was largely orderly outside the areas hit by violence.",
            ]
        ),
        "V U",
        "election_violence",
    ),
    (
        "Kenya finance bill protests live: parliament set alight as police open fire on crowds in Nairobi",
        j(
            [
                "11:05 EAT Thousands of young protesters have gathered in Nairobi's central business district as MPs prepare to vote on the finance bill that would raise taxes on bread, fuel and mobile money.",
                "12:30 EAT Police are firing tear gas and water cannon along Parliament Road, our reporter says, and protesters are throwing stones back.",
                "14:18 EAT MPs have passed the bill by 195 votes to 106 and are being evacuated through an underground tunnel.",
                "14:40 EAT Protesters have broken through police lines and entered part of the parliament compound, and a section of the building is on fire.",
                "15:05 EAT The Kenya Medical Association says at least five people were shot dead by police outside parliament and dozens more have gunshot wounds.",
                "15:50 EAT The Nairobi governor's office at City Hall has also been set alight, and Kenyatta National Hospital says it has received more than 40 wounded patients.",
                "17:20 EAT Defence minister Aden Duale says the army has been deployed to support the police in what he calls a security emergency.",
                "18:10 EAT Amnesty International Kenya says police used live ammunition on unarmed protesters and demands an independent inquiry.",
            ]
        ),
        "U",
        "crackdown",
    ),
    (
        "Myanmar earthquake live: death toll passes 1,600 as military keeps up airstrikes in Sagaing",
        j(
            [
                "10:00 GMT Rescue teams from China, India and Russia have reached Mandalay, where hundreds of buildings came down when the magnitude 7.7 earthquake struck on Friday.",
                "10:35 GMT State television says the confirmed death toll has risen to 1,644 with more than 3,400 people injured, and warns that the figure is expected to climb.",
                "11:10 GMT Residents of Mandalay are sleeping in the streets for a second night, fearing aftershocks, and hospitals are treating patients in car parks.",
                "11:55 GMT The opposition National Unity Government says the military carried out an airstrike on a village in Naungcho township in Shan state hours after the quake, killing seven people.",
                "12:20 GMT Local resistance groups in Sagaing region report that junta aircraft bombed two villages near Chaung-U on Saturday morning, and that rescuers digging through rubble had to scatter.",
                "12:45 GMT The UN special rapporteur on Myanmar calls the bombing “outrageous” and urges the military to halt its operations so aid can flow.",
                "13:30 GMT The military government has made a rare appeal for international help and says it will allow foreign teams into affected areas.",
                "14:05 GMT In Bangkok, where a 30-storey tower under construction collapsed, rescuers say 78 workers remain unaccounted for.",
            ]
        ),
        "E H",
        "airstrike",
    ),
    (
        "G7 summit live: Zelenskiy arrives in Hiroshima as Wagner claims capture of Bakhmut",
        j(
            [
                "09.05 BST Volodymyr Zelenskiy has landed in Hiroshima on a French government plane to join the G7 leaders in person.",
                "09.40 BST Rishi Sunak says Britain will help train Ukrainian pilots on F-16s, after the White House dropped its objection to allies supplying the jets.",
                "10.20 BST Wagner chief Yevgeny Prigozhin has released a video in which he claims his fighters have taken full control of Bakhmut after 224 days of fighting.",
                "10.52 BST Ukraine's deputy defence minister, Hanna Maliar, says that claim is false and that fierce fighting continues in the south-western part of the city.",
                "11.30 BST Maliar says Ukrainian troops are still advancing on the northern and southern flanks, where they have retaken several hundred metres of ground this week.",
                "12.15 BST Asked about Bakhmut as he met Narendra Modi, Zelenskiy says: “Bakhmut is only in our hearts,” a remark his spokesperson later said was misunderstood.",
                "13.00 BST The leaders' communique promises to keep supporting Ukraine “for as long as it takes” and tightens restrictions on Russian diamonds.",
                "13.45 BST That's all from us for tonight; our coverage continues tomorrow.",
            ]
        ),
        "B",
        "battle",
    ),
    (
        "France v Germany live: explosions heard outside Stade de France as shootings reported in central Paris",
        j(
            [
                "21.05 CET Welcome to live coverage of tonight's friendly at the Stade de France, with François Hollande in the stands.",
                "21.22 CET Two loud bangs have been heard outside the stadium during the first half, and the crowd cheered them as if they were fireworks.",
                "21.40 CET Hollande has been discreetly taken out of the stadium, according to television pictures, and play is carrying on.",
                "21.55 CET French police say there have been shootings at several restaurants in the 10th and 11th arrondissements, with many people wounded.",
                "22.10 CET Agence France-Presse reports that gunmen have opened fire inside the Bataclan concert hall, where a rock band was playing, and have taken hostages.",
                "22.35 CET Police sources say the explosions outside the Stade de France were suicide bombings near two entrances, and that at least one passer-by was killed.",
                "22.50 CET The match has ended 2-0 to France; fans are being kept on the pitch while police secure the exits.",
                "23.40 CET Hollande has declared a state of emergency across France and announced that border controls will be reinstated, calling the attacks “unprecedented terrorist attacks”.",
            ]
        ),
        "T V E",
        "terror_attack",
    ),
    (
        "Imran Khan arrested live: PTI supporters storm army buildings as protests spread across Pakistan",
        j(
            [
                "15:20 PKT Former prime minister Imran Khan has been arrested by paramilitary Rangers inside the Islamabad High Court, where he had arrived for a hearing.",
                "15:45 PKT Footage shared by his party shows Khan being pushed into an armoured vehicle, and PTI leaders have called on supporters to come out onto the streets.",
                "16:40 PKT In Lahore, hundreds of protesters have broken into the residence of the corps commander and set parts of it on fire, local television reports.",
                "17:10 PKT Protesters in Rawalpindi have forced their way through the gate of army headquarters, according to videos verified by the BBC.",
                "18:05 PKT Police in Peshawar say at least four people were killed when protesters attacked a Radio Pakistan building and police fired on the crowd.",
                "18:30 PKT The interior ministry has suspended mobile internet services across the country and ordered schools in Islamabad closed tomorrow.",
                "19:15 PKT The Punjab government has requested the deployment of the army under Article 245 to restore order.",
                "20:00 PKT Police say more than 900 people have been detained in Punjab alone.",
            ]
        ),
        "U",
        "riot",
    ),
    (
        "Business live: oil edges higher after Houthi missile kills three crew on Red Sea bulk carrier",
        j(
            [
                "08.05 GMT Good morning and welcome to our rolling coverage of business, the financial markets and the world economy.",
                "08.20 GMT UK house prices rose for a fifth month in February, according to Halifax, with the average price now £291,699.",
                "08.45 GMT Brent crude is up 0.6% at $82.50 a barrel after the first deadly attack on merchant shipping since the Houthis began targeting vessels in the Red Sea.",
                "09.02 GMT US Central Command says an anti-ship ballistic missile fired by the Houthis struck the Barbados-flagged bulk carrier True Confidence in the Gulf of Aden on Wednesday, killing three crew members and injuring at least four.",
                "09.25 GMT The ship's crew abandoned the vessel, which was left on fire, and an Indian navy warship rescued 21 people, the operators say.",
                "09.50 GMT Shipping analysts say insurers will push war-risk premiums higher again, and more owners will send ships around the Cape of Good Hope.",
                "10.30 GMT Back in London, the FTSE 100 is flat ahead of Jeremy Hunt's budget statement at 12.30, with housebuilders modestly higher.",
                "11.10 GMT We'll switch over to our separate budget live blog shortly.",
            ]
        ),
        "E",
        "missile_strike",
    ),
    (
        "Israel strikes Iran live: explosions in Tehran as Israel targets nuclear sites and military commanders",
        j(
            [
                "03:30 GMT Loud explosions have been heard across Tehran, Iranian state media reports, and air defences have been activated over the capital.",
                "03:45 GMT The Israeli military confirms it has launched what it calls a pre-emptive strike on Iran's nuclear programme, with dozens of aircraft involved.",
                "04:20 GMT Iranian television says the commander of the Revolutionary Guards, Hossein Salami, was killed when a building in the capital was hit.",
                "05:10 GMT Satellite images and local reports suggest the enrichment facility at Natanz has been struck, and the International Atomic Energy Agency says it is in contact with Iranian authorities about radiation levels.",
                "06:00 GMT Israel has closed its airspace and declared a special state of emergency, telling residents to stay near shelters.",
                "06:45 GMT Iran's supreme leader warns that Israel “should expect severe punishment” for the strikes.",
                "07:30 GMT Iranian media say residential buildings in northern Tehran were also hit, and that women and children are among the dead, without giving a number.",
                "08:15 GMT Oil prices have jumped more than 8% in early Asian trading.",
            ]
        ),
        "M E",
        "airstrike",
    ),
    (
        "Syria live: rebels say they have entered Damascus as Assad's whereabouts remain unknown",
        j(
            [
                "02:10 GMT Opposition fighters say they have taken full control of Homs after a night of fighting, cutting the road between Damascus and the coast.",
                "03:05 GMT Residents of Damascus report gunfire in several districts, and Syrian army units appear to have abandoned positions around the airport.",
                "04:20 GMT The Hayat Tahrir al-Sham-led coalition announces on Telegram that its fighters have entered the capital and freed prisoners from the Sednaya prison.",
                "05:00 GMT Two senior army officers tell Reuters that President Bashar al-Assad left Damascus by plane for an unknown destination earlier in the night.",
                "06:15 GMT Crowds have gathered in Umayyad Square, celebrating and firing into the air, while others have entered the presidential palace.",
                "07:30 GMT The UN refugee agency says tens of thousands of people have fled their homes over the past week, many of them heading towards the Lebanese border.",
                "08:40 GMT Russia's foreign ministry says Assad has left office and given instructions for a peaceful handover of power.",
            ]
        ),
        "B D",
        "offensive",
    ),
    (
        "Afghanistan live: explosions outside Kabul airport as evacuation flights continue",
        j(
            [
                "13.55 BST The Pentagon has confirmed an explosion at the Abbey Gate of Hamid Karzai International Airport, where thousands of Afghans have been waiting to reach the evacuation flights.",
                "14.20 BST A second blast has been reported near the Baron Hotel, which British officials have been using as a processing centre.",
                "14.45 BST A Taliban spokesperson says at least 13 people have been killed, including children, and that many Taliban guards are among the wounded.",
                "15.30 BST Pentagon spokesperson John Kirby says the attack was carried out by at least one suicide bomber and followed by gunfire, and that US service members are among the casualties.",
                "16.10 BST The Emergency hospital in Kabul says it has received more than 60 wounded patients and that its wards are overwhelmed.",
                "17.05 BST Islamic State's Khorasan branch has claimed responsibility through its Amaq news agency.",
                "18.20 BST More than 100,000 people have now been flown out of Kabul since 14 August, according to US figures.",
            ]
        ),
        "T E V D",
        "suicide_bombing",
    ),
    (
        "Live updates: Pro-Trump rioters breach US Capitol as Congress meets to certify election",
        j(
            [
                "1:10 pm ET President Trump has finished speaking to supporters near the White House, telling them to march to the Capitol and “fight like hell”.",
                "1:50 pm ET Capitol Police have called for reinforcements as crowds push against barricades on the west front of the building.",
                "2:15 pm ET Rioters have broken windows and entered the Capitol, and the Senate chamber has been locked down with senators inside.",
                "2:30 pm ET Vice President Mike Pence has been moved to a secure location, and members of the House are being told to put on gas masks.",
                "2:45 pm ET A woman has been shot inside the building and taken to hospital, according to a law enforcement official.",
                "3:40 pm ET The National Guard is being deployed to Washington, and the mayor has imposed a curfew starting at 6 pm ET.",
                "5:30 pm ET Officers in riot gear are using tear gas and flash-bang grenades to clear the steps of the Capitol.",
                "6:15 pm ET Police say 52 people have been arrested so far, and several officers have been injured.",
            ]
        ),
        "U",
        "riot",
    ),
    (
        "Haiti live: gangs attack Port-au-Prince prisons; thousands of inmates escape",
        j(
            [
                "09:00 ET Heavily armed gangs attacked Haiti's National Penitentiary in Port-au-Prince on Saturday night, freeing most of its roughly 3,800 inmates, officials say.",
                "09:40 ET A second prison in Croix-des-Bouquets was also attacked, and the bodies of at least a dozen people lay outside the penitentiary on Sunday morning, a Reuters witness says.",
                "10:25 ET Gang leader Jimmy Cherizier, known as Barbecue, says the coalition of armed groups is trying to force Prime Minister Ariel Henry from office.",
                "11:10 ET Police unions had appealed for help overnight, saying officers at the penitentiary were outgunned.",
                "12:00 ET The government has declared a 72-hour state of emergency and a night-time curfew in the West department.",
                "13:30 ET The International Organization for Migration says more than 15,000 people have been displaced by fighting in the capital in the past week alone.",
                "14:15 ET Gunfire has been reported near the international airport, where gangs attempted to take control of the runways on Monday, according to the airport authority.",
            ]
        ),
        "B V D",
        "gang_attack",
    ),
    (
        "DR Congo live: M23 rebels claim control of Goma as residents shelter from gunfire",
        j(
            [
                "05:30 GMT The M23 rebels, who Congo and UN experts say are backed by Rwanda, say they have taken control of Goma, the largest city in eastern Congo.",
                "06:10 GMT Residents reached by phone describe heavy gunfire and explosions near the airport and in the centre of the city since before dawn.",
                "07:00 GMT Congolese soldiers are surrendering their weapons to UN peacekeepers at the MONUSCO base, a UN source says.",
                "07:45 GMT Hundreds of inmates have escaped from Munzenze prison after a fire broke out, local officials say.",
                "08:20 GMT The World Health Organization says shells have struck near hospitals, including the Kyeshero hospital, and that wounded civilians are arriving faster than staff can treat them.",
                "09:10 GMT The UN's humanitarian office says more than 400,000 people have been displaced in the area since the start of January, many of them already living in camps on the edge of Goma.",
                "10:00 GMT Kinshasa has cut diplomatic ties with Rwanda and recalled its diplomats.",
                "10:45 GMT Aid agencies say the camps on the outskirts are empty, with people fleeing towards the Rwandan border or into the city.",
            ]
        ),
        "B D H",
        "battle",
    ),
]
