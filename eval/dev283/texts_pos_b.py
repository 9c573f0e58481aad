"""dev283 positives, part B: Lebanon, Israel and Iran, Gaza, the West Bank, Syria and unrest."""

POSITIVES = [
    (
        "Hundreds wounded as pagers explode across Lebanon; Beirut hospitals overwhelmed",
        "Pagers used by members of Hezbollah exploded almost simultaneously across Lebanon on Tuesday "
        "afternoon, killing at least nine people and wounding about 2,800, Health Minister Firass Abiad said. "
        "Blasts went off in supermarkets, on motorbikes and in homes in Beirut's southern suburbs, the south "
        "and the Bekaa valley, witnesses said. "
        "An eight-year-old girl was among the dead, according to her family. "
        "Hospitals in Beirut called for blood donations as emergency rooms filled with patients with wounds "
        "to the face, hands and abdomen, and the ministry told all medical staff to report for duty. "
        "Iran's ambassador to Lebanon was among those injured. "
        "Hezbollah blamed Israel and vowed retaliation; Israel did not comment. "
        "The Taiwanese company whose brand appeared on the devices said they had been made under licence by "
        "a firm in Budapest. "
        "Middle East Airlines said it would ban pagers and walkie-talkies on its flights, and several Gulf "
        "governments renewed advice to their citizens to leave Lebanon.",
        "E H",
        "explosions",
    ),
    (
        "Lebanese league halted as Israeli strikes flatten buildings in Beirut's southern suburbs",
        "The Lebanese Football Association suspended all league matches indefinitely on Saturday after "
        "Israeli air strikes flattened several residential buildings in Beirut's southern suburbs overnight. "
        "At least 11 large explosions shook the capital between midnight and dawn, residents said, and "
        "plumes of smoke rose over Haret Hreik and Burj al-Barajneh. "
        "The Israeli military said it had struck Hezbollah weapons depots and command centres and had "
        "warned residents to leave. "
        "Thousands of families spent the night in cars along the seafront corniche and in Martyrs' Square, "
        "and schools in the city's east were turned into shelters. "
        "The Health Ministry said 33 people had been killed across the country in the previous 24 hours. "
        "Nejmeh, the Beirut club that leads the table, said its training ground near the airport road was "
        "damaged and its players were safe. "
        "The association said it would review the calendar “once the aggression stops”. "
        "Flights from Rafic Hariri International Airport continued, with Middle East Airlines the only "
        "carrier still operating. "
        "Hotels in the Christian mountain towns of Broummana and Jounieh were full with families from the suburbs. Shops in Hamra closed early, and supermarkets reported shortages of bread and water. Gulf carriers have suspended their Beirut flights until the end of the month.",
        "E M D",
        "airstrike",
    ),
    (
        "Iran launches hundreds of drones and missiles at Israel; Jordan and Iraq close airspace",
        "Iran launched more than 300 drones and missiles at Israel overnight, its first direct attack on "
        "Israeli territory, in retaliation for a strike on its consulate in Damascus. "
        "The Israeli military said 99 per cent of the projectiles had been intercepted with the help of the "
        "US, Britain and France, and Jordan said its jets had shot down objects crossing its airspace. "
        "A seven-year-old Bedouin girl in the Negev was seriously wounded by shrapnel, and an air base in "
        "the south suffered minor damage. "
        "Jordan, Iraq and Lebanon closed their airspace for several hours, and Emirates, flydubai and Qatar "
        "Airways cancelled or rerouted dozens of flights. "
        "Residents of Amman filmed interceptions lighting up the night sky over the capital. "
        "Saudi Arabia and the UAE called for restraint. "
        "Gulf stock markets opened lower on Sunday before recovering in the afternoon. "
        "Tehran said the matter “can be deemed concluded” unless Israel retaliated.",
        "E M",
        "missile_attack",
    ),
    (
        "Israeli strikes hit Tehran for a third night as residents jam roads out of the capital",
        "Israeli warplanes struck targets across Tehran for a third consecutive night on Sunday, hitting "
        "an oil depot in the north of the city and a building belonging to the defence ministry, Iranian "
        "media reported. "
        "Iran's health ministry said at least 224 people had been killed since Friday, most of them "
        "civilians. "
        "Traffic stretched for kilometres on the highways towards the Caspian coast as families left the "
        "capital, and petrol stations limited sales to 25 litres a car. "
        "Iran fired fresh salvoes of missiles at Tel Aviv and Haifa, where at least eight people were killed "
        "when missiles hit residential buildings. "
        "Iranian businesses in Dubai said they could not reach suppliers and partners in Tehran after "
        "internet connections slowed to a crawl. "
        "Flights between the UAE and Iran remained suspended, and Emirates extended its cancellation of "
        "services to Tehran until the end of the month. "
        "Oil prices rose 7 per cent on Friday before easing as exports from Kharg Island continued. "
        "Israel's military said it had also struck missile launchers in western Iran. Dubai-based traders said gold demand had surged. Many Iranian students in the UAE said they had not heard from their families for days.",
        "E M D",
        "airstrike",
    ),
    (
        "Israel strikes Hamas leaders in Doha; Qatar condemns attack on its soil",
        "Israel carried out an air strike on a residential compound in Doha on Tuesday afternoon, targeting "
        "senior Hamas officials meeting to discuss a US ceasefire proposal, the Israeli military said. "
        "Plumes of smoke rose over the Leqtaifiya district, near schools and embassies, and witnesses said "
        "they heard several explosions. "
        "Hamas said five of its members and a Qatari security officer were killed, but that its negotiating "
        "team had survived. "
        "Qatar's prime minister called the attack “state terrorism” and said Doha reserved the right to "
        "respond. "
        "The UAE, Saudi Arabia and Kuwait condemned the strike, and Gulf leaders convened an emergency summit. "
        "Qatar Airways said flights were operating normally. "
        "The Qatar Stock Exchange fell 1.1 per cent in the last hour of trading before recovering part of "
        "its losses on Wednesday. "
        "The strike was the first by Israel on a Gulf Cooperation Council member.",
        "E M",
        "airstrike",
    ),
    (
        "Rafah strikes kill dozens as aid crossing stays shut",
        "Israeli strikes on Rafah killed at least 35 people overnight, health officials in Gaza said, as "
        "tanks pushed towards the city centre and the Rafah crossing with Egypt remained closed for a "
        "second week. "
        "Several of the strikes hit tents in a camp for displaced people in the Tal al-Sultan area, "
        "according to the Palestinian Red Crescent. "
        "The UN relief agency UNRWA said about 800,000 people had fled Rafah since the start of the "
        "operation, many of them for the second or third time. "
        "Trucks carrying flour from the UAE and Saudi Arabia are queued on the Egyptian side at El Arish, "
        "waiting for permission to cross, the Egyptian Red Crescent said. "
        "The World Food Programme said it had run out of food stocks in Rafah and warned of famine in the "
        "north. "
        "The Israeli military said it was conducting “targeted operations” against Hamas battalions and had "
        "killed dozens of fighters. "
        "The Arab League called an emergency meeting in Cairo.",
        "E V H D M",
        "airstrike",
    ),
    (
        "Dozens shot dead near Gaza food distribution site, health officials say",
        "At least 31 Palestinians were killed and more than 170 wounded on Sunday as crowds gathered "
        "before dawn at a food distribution site run by the US-backed Gaza Humanitarian Foundation in "
        "Rafah, health officials and witnesses said. "
        "Witnesses told Arab News that Israeli troops opened fire as people approached the site along the "
        "coastal road. "
        "The Israeli military said soldiers had fired warning shots at suspects who advanced towards them, "
        "and that it was reviewing the reports. "
        "The International Committee of the Red Cross said its field hospital in Rafah had received 179 "
        "patients, the largest number it had treated in a single incident. "
        "The foundation said its distribution had gone ahead “without incident” inside the site. "
        "UN Secretary-General Antonio Guterres called for an independent investigation. "
        "Aid workers said hunger was driving thousands of people to walk for hours to the few sites where "
        "food is handed out.",
        "V H",
        "shooting",
    ),
    (
        "Sweida clashes kill hundreds as Israel strikes Damascus",
        "Fighting between Druze militias and Bedouin tribal fighters in Syria's southern province of Sweida "
        "has killed more than 350 people in five days, the Syrian Observatory for Human Rights said on "
        "Wednesday. "
        "Government forces sent into the province to restore order were accused by residents of looting "
        "homes and carrying out summary executions of Druze civilians. "
        "Israel, which says it is protecting the Druze, struck the defence ministry headquarters in Damascus "
        "and targets near the presidential palace. "
        "Thousands of families fled villages west of the city of Sweida, and the road to Damascus was cut. "
        "Hospitals in Sweida ran short of fuel and blood, doctors said. "
        "The interim government announced a new ceasefire on Wednesday evening and said it would hold "
        "abusers to account. "
        "Saudi Arabia, Qatar and Jordan condemned the Israeli strikes. "
        "Syrian businessmen in Dubai said the violence had delayed talks on a string of Gulf investments in "
        "power plants and ports.",
        "B E V D H M",
        "clashes",
    ),
    (
        "Families flee Syria's coast to Lebanon after mass killings in Alawite villages",
        "Thousands of Syrians have fled across the border into northern Lebanon since Thursday, escaping "
        "violence on the Mediterranean coast in which hundreds of Alawite civilians were killed, "
        "Lebanese officials said. "
        "The clashes began when gunmen loyal to the ousted Assad government ambushed security forces near "
        "Jableh, and escalated as armed men allied with the new authorities poured into the region. "
        "The Syrian Observatory for Human Rights said more than 1,000 civilians had been killed in Latakia "
        "and Tartous provinces, many of them shot in their homes. "
        "Survivors arriving in Akkar told L'Orient-Le Jour that gunmen had gone door to door asking people "
        "whether they were Alawite. "
        "Interim president Ahmed al-Sharaa promised to punish anyone who had harmed civilians and set up a "
        "fact-finding committee. "
        "The UNHCR said about 10,000 people had crossed into Lebanon. "
        "Russian troops at the Hmeimim air base sheltered several thousand residents, local people said. "
        "Lebanese villagers in Akkar said they had opened their homes to relatives and strangers, and the local municipalities asked for aid. The Lebanese army deployed more soldiers along the border. Syrian traders in Tartous said shops had been looted. Gulf states expressed support for the new government in Damascus and called for calm.",
        "B V D",
        "massacre",
    ),
    (
        "Buses leave east Aleppo as evacuation of fighters and civilians resumes",
        "A convoy of green buses left the last rebel-held districts of east Aleppo on Thursday as the "
        "evacuation of fighters and civilians resumed after a day of delays and gunfire. "
        "The Red Cross said about 3,000 people, including dozens of wounded, had been taken to rebel "
        "territory west of the city in the first convoys. "
        "Syrian government forces and their allies had taken more than 90 per cent of the former rebel "
        "enclave in three weeks of bombardment and ground fighting. "
        "Doctors in the enclave said there were no functioning hospitals left. "
        "Pro-government militiamen stopped one convoy at a checkpoint and fired on it, activists said. "
        "The World Health Organisation said it was preparing to treat hundreds of wounded and sick people "
        "in Idlib and at the Turkish border. "
        "Gulf states called the assault on Aleppo a “crime” and urged the Security Council to act. "
        "Kuwait's charities said they had sent blankets and food to camps on the Turkish border. "
        "The Turkish Red Crescent set up a camp for the evacuees. Syrian state television broadcast celebrations in the government-held west of the city. The UN said about 50,000 people remained in the enclave.",
        "B D H",
        "evacuation",
    ),
    (
        "Iran's protests spread to bazaars as security forces open fire in Zahedan",
        "Security forces in Iran opened fire on protesters in the south-eastern city of Zahedan on Friday, "
        "killing at least 66 people, according to Amnesty International, in the deadliest day since "
        "demonstrations broke out over the death of Mahsa Amini in police custody. "
        "Video shared online showed plainclothes agents firing from the roof of a police station near a "
        "mosque after Friday prayers. "
        "State media said “terrorists” had attacked the station and that several Revolutionary Guards had "
        "been killed. "
        "In Tehran, shopkeepers in the Grand Bazaar pulled down their shutters in support of the protests, "
        "and riot police used tear gas to disperse crowds in the Valiasr area. "
        "Authorities have restricted Instagram and WhatsApp, hitting thousands of online businesses. "
        "Iranian traders in Dubai said payments from clients had slowed and the rial fell to a record low. "
        "Rights groups say more than 1,000 people have been detained. "
        "Iranian exporters said shipments of saffron and pistachios to the Gulf had been delayed. The UAE's airlines kept flying to Iran. Women continued to remove their headscarves in public.",
        "U",
        "protest_crackdown",
    ),
    (
        "Beirut banks attacked as protests turn violent in Hamra",
        "Protesters smashed the windows of bank branches and set fire to cash machines in Beirut's Hamra "
        "Street on Tuesday night, in the most violent day of demonstrations since the start of the "
        "financial crisis. "
        "Riot police fired tear gas and rubber bullets, and the Lebanese Red Cross said it had treated 45 "
        "people and taken 37 to hospital, among them members of the security forces. "
        "The Internal Security Forces said 59 people had been arrested. "
        "Protesters, angry at limits on withdrawals from their dollar savings, chanted against the central "
        "bank governor and the political class. "
        "The Association of Banks in Lebanon said branches in the area would stay shut on Wednesday. "
        "Money changers in the district said the street rate for the dollar had jumped to 2,500 pounds, "
        "against the official peg of 1,507. "
        "Lebanon's caretaker government has failed to agree a rescue plan since the resignation of Prime "
        "Minister Saad Hariri.",
        "U",
        "riot",
    ),
    (
        "Houthi offensive on Marib sends thousands fleeing to desert camps",
        "Houthi fighters pressed an offensive on the Yemeni government stronghold of Marib on Monday, "
        "shelling positions in the Sirwah district and advancing on several fronts west of the city, "
        "military sources said. "
        "Coalition aircraft carried out dozens of strikes to slow the advance, the Saudi-led coalition said. "
        "Both sides reported heavy losses, and hospitals in Marib said they had received scores of wounded "
        "fighters. "
        "The International Organisation for Migration said more than 8,000 people had fled since the start "
        "of February, many to overcrowded camps in the desert east of the city. "
        "Several camps were hit by shells, aid workers said. "
        "Marib, which sits on the country's main gas fields, has taken in about a million displaced people "
        "since 2015. "
        "The UN envoy urged the Houthis to halt the offensive, warning of a humanitarian catastrophe. "
        "Local tribes have joined the fight against the rebels, tribal leaders said. Aid agencies said they were running out of tents and water in the camps. The Houthis have refused to attend UN-sponsored talks while the coalition keeps its blockade.",
        "B E M D H",
        "offensive",
    ),
    (
        "Drone strike halts Khor Mor gas field, cutting power across Kurdistan",
        "A drone struck a storage tank at the Khor Mor gas field in Iraq's Kurdistan region on Friday, "
        "setting it ablaze and halting production, the field's operators said. "
        "Four Yemeni workers were killed, according to the Kurdistan Regional Government's interior ministry. "
        "The field supplies gas to power stations that provide most of the region's electricity, and "
        "officials said output had fallen by about 2,500 megawatts. "
        "Residents of Erbil and Sulaymaniyah reported longer blackouts within hours. "
        "Dana Gas and Crescent Petroleum, the UAE companies that lead the consortium developing the field, "
        "said the facility had been shut as a precaution. "
        "No group claimed the attack, but Kurdish officials have blamed previous strikes on Iraqi militias "
        "aligned with Iran. "
        "Dana Gas shares fell 3 per cent on the Abu Dhabi Securities Exchange on Monday.",
        "E",
        "drone_attack",
    ),
    (
        "Israeli forces launch major operation in Jenin; 3,000 flee refugee camp",
        "Israeli forces launched their largest operation in the occupied West Bank in two decades on "
        "Monday, striking the Jenin refugee camp with drones and sending hundreds of troops and "
        "armoured bulldozers into its streets. "
        "The Palestinian health ministry said at least 10 Palestinians had been killed and about 100 "
        "wounded, several of them critically. "
        "The Israeli military said it was targeting “terrorist infrastructure” and that its forces had "
        "exchanged fire with gunmen. "
        "About 3,000 people fled the camp, the deputy governor of Jenin said, and many sheltered in schools "
        "and mosques in the city. "
        "Bulldozers tore up roads, cutting water and electricity to parts of the camp. "
        "The UAE and Saudi Arabia condemned the raid, and Jordan called for international intervention. "
        "Palestinian shops in Jenin and Nablus closed in a general strike.",
        "M B E D",
        "raid",
    ),
    (
        "Houthi missile lands near Ben Gurion airport; foreign airlines suspend Tel Aviv flights",
        "A ballistic missile fired from Yemen struck an area near Ben Gurion airport's Terminal 3 on Sunday, "
        "leaving a crater in a grove beside an access road and lightly wounding several people, Israeli "
        "officials said. "
        "The Israeli military said attempts to intercept the missile had failed. "
        "Flights were briefly halted and passengers were told to take cover in the terminal. "
        "The Houthis said they had fired a “hypersonic” missile and declared an aerial blockade of the "
        "airport. "
        "Lufthansa, Air India and several European carriers suspended flights to Tel Aviv for at least a "
        "week. "
        "Flydubai and Etihad, which fly to Israel under the Abraham Accords, said they were monitoring the "
        "situation and kept their schedules. "
        "Israeli Prime Minister Benjamin Netanyahu vowed to respond, and Israeli jets struck the port of "
        "Hodeidah the next day.",
        "E M",
        "missile_attack",
    ),
    (
        "Crew missing as Houthis sink bulk carrier Eternity C",
        "The Liberian-flagged bulk carrier Eternity C sank in the Red Sea after a two-day Houthi attack with "
        "speedboats, drones and rocket-propelled grenades, the EU naval mission Aspides said on Wednesday. "
        "At least four crew members were killed, and ten of the 25 people on board were rescued, the "
        "mission said. "
        "The Houthis released video of the ship being hit and said they had taken some crew to a “safe "
        "location”, which the US embassy described as kidnapping. "
        "It was the second ship sunk by the group in a week, after the Magic Seas went down near Hodeidah. "
        "Greek operator Cosmoship Management said a search for the missing was continuing. "
        "Insurers in London said the attacks had ended a lull of several months in the southern Red Sea. "
        "Shipping companies that had begun cautiously returning to the Suez route said they would again "
        "send vessels around the Cape of Good Hope. "
        "The EU said the attack showed that the threat to shipping had not gone away. The families of the Filipino crew asked the government in Manila for help in bringing their relatives home. The Houthis said they would continue to target ships linked to Israel.",
        "E V",
        "ship_attack",
    ),
]
