"""dev145 positives (3 of 3): whole articles that report current organised violence or its direct
consequences: Egypt, Tunisia, Morocco, Jordan, the UAE, Qatar, Iraq, Lebanon and Yemen
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Army says 16 militants killed, 30 arrested as Sinai 2018 operation enters fourth day",
        "Egypt's armed forces said on Monday that 16 takfiri militants had been killed "
        "and 30 others arrested since the start of the comprehensive military operation "
        "launched on Friday in North and Central Sinai and parts of the Nile Delta and "
        "the Western Desert. In its fourth statement on the operation, broadcast on "
        "state television, the army spokesperson said air force jets had destroyed 66 "
        "targets used by terrorist elements as hideouts and weapons depots. Ground "
        "forces dismantled a number of explosive devices planted along roads and seized "
        "vehicles, weapons and communications equipment, the statement said, while "
        "naval units secured the northern coastline. Two soldiers were killed and four "
        "injured in an exchange of fire with militants south of El-Arish, according to "
        "the statement. The operation, dubbed Comprehensive Operation Sinai 2018, "
        "follows a directive by President Abdel-Fattah El-Sisi last November to restore "
        "security in Sinai within three months, after the attack on the Rawda mosque in "
        "Bir Al-Abd that killed more than 300 worshippers. Schools and universities in "
        "North Sinai remain closed, and residents of El-Arish say queues for fuel and "
        "food have grown since the roads into the governorate were sealed. The army "
        "called on citizens to cooperate with the security forces and report any "
        "suspicious activity. The army said the operation would continue until the "
        "region had been cleansed of terrorist elements. Residents of Rafah and Sheikh "
        "Zuweid told Ahram Online they had heard warplanes and explosions through the "
        "night.",
        "M B E",
        "counter-insurgency operation",
    ),
    (
        "Death toll in North Sinai mosque attack rises to 305, including 27 children",
        "The death toll from Friday's terrorist attack on the Rawda mosque in Bir "
        "Al-Abd, North Sinai, has risen to 305, including 27 children, Egypt's Public "
        "Prosecution said on Saturday, making it the deadliest attack of its kind in "
        "the country's modern history. Another 128 people were injured. According to "
        "the prosecution's statement, between 25 and 30 gunmen, some of them carrying "
        "the black flag of the Islamic State group, surrounded the mosque in "
        "four-wheel-drive vehicles during the Friday sermon, detonated an explosive "
        "device and opened fire on worshippers as they tried to flee. The attackers "
        "also set fire to cars parked outside to block the roads to the mosque, and "
        "fired on ambulances, witnesses told state media. The mosque is frequented by "
        "followers of a Sufi order, whom the militants consider heretics. President "
        "Abdel-Fattah El-Sisi declared three days of national mourning and vowed to "
        'respond "with brute force". Within hours, the armed forces said aircraft had '
        "struck vehicles and outposts used by the attackers in the mountainous areas "
        "around the village. Al-Azhar's Grand Imam Ahmed El-Tayeb condemned the attack, "
        "saying that those who shed the blood of worshippers in a house of God were "
        "spreading corruption on earth.",
        "T V E",
        "mosque attack",
    ),
    (
        "Ben Guerdane: 36 terrorists killed as army and security forces repel dawn attack",
        "Thirty-six terrorists were killed and seven others arrested on Monday after "
        "armed groups launched simultaneous attacks at dawn on the army barracks, the "
        "National Guard post and the police station in Ben Guerdane, in the governorate "
        "of Medenine, the Interior and Defence ministries said in a joint statement. "
        "Twelve members of the army and security forces and seven civilians were also "
        "killed, the statement said. The attackers, who had slipped into the town "
        "during the night, fired on the barracks with rocket-propelled grenades and "
        "automatic rifles and set up fake checkpoints on the roads leading into town, "
        "where they killed a customs officer and a National Guard officer at his home. "
        "Clashes continued into the afternoon in several neighbourhoods as special "
        "units combed the area and seized large quantities of weapons. A curfew was "
        "imposed on Ben Guerdane from 7pm to 5am and the Ras Jedir border crossing with "
        "Libya was closed. President Beji Caid Essebsi said the attack was "
        "unprecedented and aimed to set up a Daesh emirate in the town. He said the "
        "Tunisian people were at war with terrorism and that the armed forces would win "
        "it. Residents of the town came out to the streets to cheer the soldiers and "
        "sing the national anthem.",
        "B T V",
        "jihadist assault",
    ),
    (
        "Night disturbances: more than 600 people arrested, Interior Ministry says",
        "The Interior Ministry said on Monday that 632 people, most of them aged "
        "between 15 and 25, had been arrested following the night-time riots that hit "
        "several governorates over the weekend. Ministry spokesman Khaled Hayouni told "
        "TAP that groups of young people had blocked roads with burning tyres, thrown "
        "stones and Molotov cocktails at security units and broken into shops and bank "
        "branches in Ettadhamen, Sousse, Kasserine, Siliana, Bizerte and Monastir. "
        "Security forces used tear gas to disperse the groups, he said, adding that "
        "several police officers were injured and a number of vehicles were damaged. "
        "The army was deployed in Siliana, Kasserine, Bizerte and Sousse to protect "
        "public and private institutions. The disturbances broke out on Friday, days "
        "after the tenth anniversary of the revolution, during a four-day lockdown "
        "imposed to curb the spread of COVID-19. Hayouni said these were criminal acts "
        "that had nothing to do with protest movements, which are guaranteed by the "
        "Constitution. Rights groups and the Tunisian Forum for Economic and Social "
        "Rights (FTDES) urged the authorities not to resort to a purely security-based "
        "response to the anger of young people in marginalised neighbourhoods. A "
        "peaceful demonstration against unemployment and police repression is planned "
        "in the capital on Tuesday.",
        "U",
        "riot",
    ),
    (
        "Explosions in Smara kill one, injure three as authorities probe projectiles",
        "One person was killed and three others injured late on Saturday when several "
        "explosions hit residential neighborhoods in the city of Smara, in Morocco's "
        "southern provinces, local authorities said. In a statement, the authorities "
        "said the explosions occurred in four separate locations in the city at around "
        "11:30 at night, and that the public prosecutor had opened an investigation to "
        "determine their cause. Local sources and residents told Morocco World News "
        "that the blasts appeared to have been caused by projectiles fired from the "
        "area east of the defensive wall, where the Polisario Front's militias are "
        "active. No group had claimed the attack by Sunday afternoon, and the "
        "authorities have not confirmed the nature of the projectiles. The victim, a "
        "23-year-old man, died of his wounds in hospital, according to local media. The "
        "Polisario declared in November 2020 that it was ending its commitment to the "
        "1991 ceasefire and has since claimed sporadic attacks on Moroccan army "
        "positions along the berm, rarely causing casualties. The UN mission in Western "
        "Sahara, MINURSO, said it had dispatched a team to the sites and was gathering "
        "information. The explosions came days before the UN Security Council was due "
        "to vote on renewing MINURSO's mandate.",
        "E",
        "projectile attack",
    ),
    (
        "Ten killed, including Canadian tourist, in Karak terrorist attack",
        "Ten people, including seven security personnel, two Jordanian civilians and a "
        "Canadian tourist, were killed on Sunday in a series of attacks by gunmen in "
        "Karak, 120km south of Amman, the Public Security Department (PSD) said. "
        "Another 34 people were injured. The attacks started when gunmen opened fire on "
        "a police patrol in Qatraneh, before a second group fired on the Karak police "
        "station from a residential building, the PSD said in a statement. The "
        "attackers then took refuge in Karak Castle, a 12th-century Crusader fortress "
        "popular with tourists, where visitors were trapped for several hours. Security "
        "forces stormed the castle in the evening, killing four of the gunmen and "
        "freeing the tourists and locals who had been inside, the statement said. Large "
        "quantities of weapons and explosive belts were later found in a house rented "
        "by the cell in Qatraneh. Government Spokesperson Mohammad Momani described the "
        'attack as a "cowardly terrorist act" and said Jordan\'s security would not be '
        "shaken. Residents of Karak took to the streets to salute the security forces, "
        "and messages of condolence arrived from across the region.",
        "B T V",
        "terrorist attack",
    ),
    (
        "Three killed in Abu Dhabi after Houthi drone attack on Adnoc fuel trucks",
        "Three people were killed and six injured in Abu Dhabi on Monday after fuel "
        "tankers exploded in the Musaffah industrial area in what authorities said was "
        "a drone attack claimed by Yemen's Houthi rebels. Police said three Adnoc "
        "tankers caught fire near the company's storage facilities, and a second, "
        "smaller fire broke out at a construction site at the new extension of Abu "
        "Dhabi International Airport. The dead were two Indian nationals and a "
        "Pakistani, state news agency Wam reported. Preliminary investigations found "
        "small flying objects, possibly belonging to drones, at both sites. The "
        "Houthis' military spokesman said the group had fired ballistic missiles and "
        'drones at "important and sensitive" targets in the UAE. The Ministry of '
        "Foreign Affairs and International Co-operation condemned what it called a "
        '"terrorist attack" and said the UAE reserved the right to respond. Hours '
        "later, the Saudi-led coalition, of which the UAE is a member, carried out air "
        "strikes on Sanaa, where residents said a house was hit. Airport operations "
        "were not affected, officials said. Leaders across the region called Sheikh "
        "Mohamed bin Zayed, the Crown Prince of Abu Dhabi, to express their solidarity.",
        "E T",
        "drone attack",
    ),
    (
        "Death toll climbs as security forces fire on Baghdad protesters for third day",
        "At least 44 people have been killed and more than 1,000 wounded since Tuesday "
        "as Iraqi security forces used live ammunition, tear gas and water cannon "
        "against anti-government protesters in Baghdad and several southern provinces, "
        "according to the Iraqi High Commission for Human Rights. Protesters tried "
        "again on Thursday to cross the Jumhuriya Bridge toward the Green Zone, where "
        "government buildings and foreign embassies are located, and were pushed back "
        "with gunfire, a Rudaw reporter in Tahrir Square said. Protesters said snipers "
        "were firing from rooftops near the square. In Nasiriyah, demonstrators set "
        "fire to the offices of several political parties and to the provincial council "
        "building. A curfew was declared in Baghdad from 5am on Thursday and the "
        "internet has been cut across much of the country. The protests began on "
        "October 1 over unemployment, corruption and poor public services, and have no "
        "clear leadership. Prime Minister Adil Abdul-Mahdi said in a televised speech "
        'that the government would meet "legitimate demands" but that there was "no '
        'magic solution". The Kurdistan Region has not seen similar protests, and its '
        "interior ministry said the situation there was stable. Medical sources in "
        "Nasiriyah said 18 of the dead were killed in the city, where security forces "
        "opened fire on demonstrators who had tried to storm a police building. The "
        "Iraqi Journalists Syndicate said several reporters were beaten and detained "
        "while covering the protests, and two satellite channels said their Baghdad "
        "offices had been raided by unidentified armed men. Grand Ayatollah Ali "
        "Al-Sistani is expected to address the protests in his Friday sermon in "
        "Karbala.",
        "U",
        "protest crackdown",
    ),
    (
        "'Week of rage': Bank facades smashed in Hamra as clashes with riot police "
        "leave dozens hurt",
        "Dozens of people were injured on Tuesday night in Beirut in clashes between "
        "protesters and riot police outside the Helou barracks of the Internal Security "
        "Forces, after demonstrators smashed the facades and ATMs of several banks on "
        "Hamra Street. The Lebanese Red Cross said it had transported 45 wounded to "
        "hospitals and treated 37 others on the spot. The ISF said 47 people had been "
        "arrested, and that a number of its members had been wounded by stones and "
        "fireworks. Protesters had gathered outside the barracks to demand the release "
        "of demonstrators detained the previous day, and the security forces responded "
        "with tear gas and water cannon. Videos shared on social media showed riot "
        "police beating protesters with batons, and a group of journalists said "
        "colleagues had been assaulted while covering the events. The evening was the "
        'second of what activists called a "week of rage" against the political class '
        "and the banks, which have imposed informal capital controls and limited "
        "withdrawals to a few hundred dollars a week. The caretaker interior minister "
        "said she regretted the injuries among both protesters and security forces, but "
        "condemned attacks on private property.",
        "U",
        "riot",
    ),
    (
        "Aden fighting: STC forces seize presidential palace as death toll reaches 40",
        "Forces of the UAE-backed Southern Transitional Council (STC) seized the "
        "Maashiq presidential palace in Aden on Saturday after four days of fighting "
        "with the presidential protection brigades, government officials and residents "
        "said. A government official told Yemen Monitor that the presidential guard "
        "withdrew from the palace after mediation by the Saudi-led coalition, which had "
        "called for an immediate ceasefire. The International Committee of the Red "
        "Cross said at least 40 people had been killed and 260 wounded in the fighting, "
        "including civilians. Residents of the Crater and Khor Maksar districts "
        "described intense exchanges of fire with tanks and medium weapons, and said "
        "bodies lay in the streets for hours. Hundreds of families fled the "
        "neighbourhoods near the fighting toward Lahj and other districts, while others "
        "were trapped in their homes without water or electricity. The STC, which seeks "
        "the secession of the south, had accused the Islah party of complicity in a "
        "Houthi missile attack on a military parade earlier this month that killed "
        "dozens of its fighters. The government, based in Aden since the Houthis took "
        "Sanaa in 2014, called the STC's move a coup against legitimacy and demanded "
        "that the UAE stop supporting the council. The coalition called on both sides "
        "to attend talks in Jeddah. Aid agencies said the fighting had cut off access "
        "to several hospitals in Crater and forced some health centres to close, while "
        "fuel stations were shut across the city. Shops reopened in some districts on "
        "Saturday evening for the first time since Wednesday, residents said.",
        "B D H",
        "battle",
    ),
    (
        "Saudi Arabia, Gulf states condemn Israeli strike on Hamas leaders in Doha",
        "Saudi Arabia on Tuesday condemned in the strongest terms an Israeli airstrike "
        "on a residential compound in the Qatari capital, Doha, that targeted leaders "
        "of the Palestinian group Hamas, calling it a flagrant violation of Qatar's "
        "sovereignty. Explosions were heard across Doha in the afternoon and a plume of "
        "smoke rose over the Leqtaifiya district, where members of Hamas' political "
        "bureau had been meeting to discuss a US proposal for a ceasefire in Gaza. "
        "Hamas said five of its members, including the son of its Gaza chief Khalil "
        "Al-Hayya, were killed, but that its negotiating delegation survived. Qatar's "
        "Interior Ministry said a member of the Qatari security forces was also killed "
        "and others were injured. The Israeli military said it had carried out a "
        '"precise strike" on the group\'s senior leadership. In a statement, the Saudi '
        "Foreign Ministry said the Kingdom stood with Qatar and would place all its "
        "capabilities at its disposal. The Gulf Cooperation Council, Jordan, Egypt and "
        "Turkey issued similar statements, while the UN secretary-general said the "
        "strike violated Qatar's sovereignty and territorial integrity. Qatari Prime "
        "Minister Sheikh Mohammed bin Abdulrahman Al-Thani called the attack reckless "
        "and cowardly and said Qatar would not be deterred from its mediation. "
        "Residents of the West Bay and Katara areas said they felt the windows of their "
        "buildings shake. The strike was the first Israeli attack on the territory of a "
        "Gulf state, and came as Qatar, Egypt and the United States were trying to "
        "broker a deal to end the war in Gaza and free the remaining hostages. Arab and "
        "Islamic leaders are due to meet in Doha next week for an emergency summit.",
        "E",
        "airstrike",
    ),
]
