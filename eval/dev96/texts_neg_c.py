"""dev96 negatives, part c: peace, disarmament, returns, the army at rest, and other news."""

# (title, text, kind code)
NEGATIVES = [
    (
        "MILF combatants turn over firearms as decommissioning enters final phase",
        "More than 1,500 combatants of the Moro Islamic Liberation Front (MILF) turned over "
        "their firearms on Tuesday at a ceremony in Sultan Kudarat, Maguindanao, as the "
        "decommissioning process under the 2014 Comprehensive Agreement on the Bangsamoro entered "
        "its last phase. The fighters, many of them in their fifties and sixties, lined up to "
        "hand over rifles, machine guns and mortars to the Independent Decommissioning Body, "
        "which is chaired by a Turkish diplomat and includes Norwegian and Bruneian experts. "
        "Each decommissioned combatant receives a cash assistance package and will be enrolled in "
        "livelihood and health programmes, the Office of the Presidential Adviser on Peace, "
        "Reconciliation and Unity said. 'I carried this rifle for thirty years. Now I want to "
        "plant coffee,' said a former commander from Lanao del Sur. Officials said about 26,000 "
        "combatants had been decommissioned so far, out of 40,000 listed by the MILF. The "
        "government and the MILF still disagree on the pace of socio-economic support for the "
        "former fighters' camps, which are to be transformed into productive communities. The "
        "BARMM chief minister called the ceremony proof that 'the bullet has given way to the "
        "ballot'.",
        "peace",
    ),
    (
        "Comuneros del Sur hand over weapons for destruction in Narino",
        "The Comuneros del Sur, a group that broke away from the ELN, handed over a first batch of "
        "weapons and explosives to be destroyed in a ceremony in the mountains of Narino on "
        "Saturday, the government's peace office said. A team of United Nations and Colombian army "
        "experts received rifles, grenades and several hundred kilos of explosive material, which "
        "were later destroyed in a controlled detonation. The group's leaders signed an agreement "
        "with the government last year committing to a transition to civilian life, and about "
        "150 of its members are expected to join reintegration programmes in the municipalities "
        "of Samaniego and Santacruz. 'We want the communities to know that these weapons will "
        "never be used again,' the group's spokesman said. High Commissioner for Peace Otty Patino "
        "called the handover a model for other negotiations, while critics said the process "
        "lacked clear guarantees for victims. El Tiempo English learned that the next stage will "
        "include the removal of landmines from rural paths in Samaniego.",
        "peace",
    ),
    (
        "Tigray forces begin handing over heavy weapons under Pretoria deal",
        "Tigrayan forces began handing over heavy weapons to the Ethiopian National Defense Force "
        "on Wednesday in Agula, east of Mekelle, in the presence of African Union monitors, "
        "officials of both sides said, in one of the key steps of the peace agreement signed in "
        "Pretoria in November. Tanks, artillery pieces and rocket launchers were driven to a "
        "collection point and registered by a team of the AU monitoring, verification and "
        "compliance mission, according to a statement by the AU. The head of the Tigray forces' "
        "delegation said the handover demonstrated the commitment of the Tigrayan side to the "
        "peace process. The federal government has restored electricity, telecommunications and "
        "banking services to parts of Tigray, and commercial flights to Mekelle resumed last "
        "month. Addis Standard understands that the disarmament of light weapons and the "
        "demobilisation of fighters will follow under a national programme. Residents in Mekelle "
        "said they were relieved but worried about the presence of Eritrean troops in parts of "
        "the region.",
        "peace",
    ),
    (
        "In Central African Republic, ex-rebels trade guns for training under peace deal",
        "In a fenced compound on the outskirts of Bouar, about 200 former members of armed groups "
        "queued on Thursday to register their weapons and receive a demobilisation card, as the "
        "Central African Republic's disarmament programme reached the west of the country. The "
        "ceremony was organised under the peace agreement signed in Khartoum and Bangui in "
        "February between the government and 14 armed groups. Former fighters of the 3R group "
        "and of anti-balaka militias handed over hunting rifles, Kalashnikovs and a few grenades, "
        "which UN peacekeepers from MINUSCA recorded and stored. Each participant receives a kit "
        "and a small allowance and can choose between joining the army's special mixed units and "
        "vocational training in carpentry, farming or motorcycle repair. 'I have been in the bush "
        "since I was sixteen,' said a 24-year-old who gave his name as Arsene. Officials said more "
        "than 1,000 people had been demobilised in the west so far. Aid groups said the "
        "programme would succeed only if former fighters found jobs in their villages.",
        "peace",
    ),
    (
        "Mocimboa da Praia: market reopens as returning families rebuild",
        "The central market of Mocimboa da Praia reopened on Saturday for the first time since "
        "2020, as thousands of families return to the town in Cabo Delgado province, district "
        "officials told Club of Mozambique. Traders who had fled to Pemba and Nampula displayed "
        "fish, vegetables and clothes at newly built stalls, and a bank branch opened its doors "
        "the same week. The district administrator said that more than 40,000 people had "
        "returned to Mocimboa in recent months, and that the water supply system and the rural "
        "hospital were working again. Many houses in the old town are still roofless, and "
        "returning families are rebuilding them with materials supplied by aid agencies. "
        "Mozambican and Rwandan forces maintain positions in the town, and a night curfew "
        "remains in force. 'I left with nothing and I came back with nothing, but at least we "
        "are home,' said a woman selling coconuts near the port. Schools have reopened in the "
        "district, and the government says it plans to restore the airport to receive commercial "
        "flights next year.",
        "peace",
    ),
    (
        "Libya's joint military commission agrees plan for withdrawal of foreign fighters",
        "Libya's Joint Military Commission, which brings together five officers from each of the "
        "country's rival camps, agreed on a plan for the gradual and balanced withdrawal of "
        "foreign fighters and mercenaries at the end of three days of talks in Geneva on Friday, "
        "the United Nations said. The plan provides for international monitors to oversee the "
        "departures, starting with Syrian fighters brought in by both sides and with "
        "Russian-backed Wagner personnel and Sudanese and Chadian fighters. The 5+5 commission has "
        "maintained the ceasefire agreed in October last year, and members have met regularly in "
        "Sirte, where they reopened the coastal road between east and west. UN envoy Jan Kubis "
        "welcomed the agreement as 'a significant step' but said the international community "
        "needed to support it. No timetable for the withdrawal was announced. The agreement comes "
        "weeks before presidential and parliamentary elections planned for December, which "
        "diplomats say could stall over disputes about the candidates.",
        "peace",
    ),
    (
        "Nearly 900 prisoners flown home in Yemen's largest exchange of the war",
        "Aircraft of the International Committee of the Red Cross flew hundreds of released "
        "detainees between Sanaa, Aden, Marib and Saudi Arabia on Friday, in the first stage of "
        "the largest prisoner exchange between Yemen's warring parties since the conflict began. "
        "The ICRC said 318 detainees were transferred on the first day, with the rest to follow "
        "over the weekend, bringing the total to nearly 900. At Sanaa airport, released Houthi "
        "fighters were greeted with garlands and chants, while families in Marib embraced "
        "government soldiers who had been held for years. Among those freed were Saudi "
        "nationals and a brother of former president Abed Rabbo Mansour Hadi. The exchange was "
        "agreed in Switzerland last month under UN mediation and follows talks between Saudi "
        "Arabia and the Houthis on a wider settlement. UN envoy Hans Grundberg said he hoped the "
        "exchange would build trust for further releases. A truce negotiated last April has "
        "largely held, even after it formally expired in October.",
        "peace",
    ),
    (
        "Ethiopian Airlines resumes Mekelle flights after 18 months",
        "An Ethiopian Airlines flight landed in Mekelle on Wednesday, the first commercial flight "
        "to the capital of the Tigray region in 18 months, as the federal government and the "
        "Tigray authorities move to restore services under last month's peace agreement. "
        "Passengers on the flight from Addis Ababa included families who had been separated "
        "since 2021, and some wept as they embraced relatives at the airport. The airline said it "
        "would operate one flight a day at first, and more as demand grows. Banks reopened "
        "branches in Mekelle the same week, and the state-owned Ethio Telecom said it had "
        "restored services in several towns. 'I have not seen my mother for two years,' said a "
        "university lecturer who flew in from the capital. Traders said goods were still scarce "
        "and prices high, but that the flights were a sign of returning normal life. Humanitarian "
        "agencies said trucks carrying food and medicine were reaching the region in greater "
        "numbers.",
        "peace",
    ),
    (
        "Army opens online portal for 86 Regular Recruits Intake",
        "The Nigerian Army has opened its online portal for applications to the 86 Regular "
        "Recruits Intake, inviting young Nigerians aged between 18 and 22 to apply for enlistment "
        "as soldiers, the Director of Army Public Relations said in a statement on Monday. "
        "Applicants must hold at least four credits in the West African Senior School Certificate "
        "or its equivalent, while tradesmen and women with relevant certificates may be up to "
        "26 years old. The army warned that the application was free and that anyone asking for "
        "money in exchange for a slot was a fraudster. Shortlisted candidates will undergo "
        "screening at designated centres in each state before proceeding to the Depot Nigerian "
        "Army in Zaria for training. The statement said the army would ensure that every state "
        "of the federation was fairly represented. Recruitment exercises have attracted large "
        "numbers of applicants in recent years as youth unemployment has risen, Daily Trust "
        "observed at screening centres in Kaduna and Bauchi.",
        "military",
    ),
    (
        "Jets roar over Islamabad as Pakistan Day parade returns to Shakarparian",
        "Fighter jets, helicopters and marching contingents of the armed forces took part in the "
        "Pakistan Day parade at the Shakarparian parade ground in Islamabad on Saturday, the "
        "first full parade at the venue in three years. President Asif Ali Zardari took the "
        "salute, and Prime Minister Shehbaz Sharif, the services chiefs and foreign diplomats "
        "watched from the stands. JF-17 Thunder and J-10C aircraft performed a fly-past, and "
        "the Sherdils aerobatic team drew cheers with a display in the national colours. "
        "Contingents from Saudi Arabia and Azerbaijan marched alongside Pakistani troops. Missile "
        "systems, including the Shaheen-III and Babur cruise missile, were displayed on trailers. "
        "Mobile phone services were suspended in parts of the capital as a security measure, and "
        "roads around the venue were closed from early morning. The day marks the adoption of "
        "the Lahore Resolution on March 23, 1940.",
        "military",
    ),
    (
        "South Sudan graduates first batch of unified forces, years behind schedule",
        "South Sudan graduated the first batch of its unified forces on Tuesday at a ceremony in "
        "Juba attended by President Salva Kiir and First Vice-President Riek Machar, more than "
        "three years after the deadline set in the 2018 peace agreement. About 21,000 soldiers, "
        "police and wildlife rangers drawn from the government army and the former armed "
        "opposition paraded at the John Garang mausoleum, wearing new uniforms. Kiir said the "
        "graduation showed that 'the war is over' and promised that the forces would be paid and "
        "deployed across the country. Many of the recruits had spent months in training centres "
        "with little food and shelter, and some had left before graduation. Observers from the "
        "Reconstituted Joint Monitoring and Evaluation Commission welcomed the step but said the "
        "forces still lacked a clear command structure. The peace agreement calls for 83,000 "
        "unified troops before elections can be held.",
        "military",
    ),
    (
        "Chad's Deby declared winner of presidential election with 61 percent",
        "Chad's national election agency declared transitional president Mahamat Idriss Deby the "
        "winner of Monday's presidential election with 61.3 percent of the vote, according to "
        "provisional results announced on Thursday evening, two weeks earlier than scheduled. "
        "Prime Minister Succes Masra, his main rival, came second with 18.5 percent, and had "
        "declared himself the winner hours before the announcement. Turnout was 75.9 percent, "
        "the agency said. The election was meant to end three years of military rule that began "
        "when Deby took power after the death of his father, Idriss Deby Itno, who had ruled the "
        "country since 1990. Masra said he would challenge the results in the Constitutional "
        "Council and called on his supporters to stay calm. Opposition figures and some civil "
        "society groups had boycotted the vote. The African Union congratulated the Chadian "
        "people on a peaceful poll and called on all parties to resolve disputes through legal "
        "channels.",
        "other",
    ),
    (
        "Kashmir records highest tourist arrivals as houseboats and hotels fill up",
        "Kashmir received more than two crore tourists last year, the highest number on record, "
        "officials of the tourism department told Greater Kashmir, with hotels, houseboats and "
        "guest houses reporting occupancy of more than 90 percent during the summer season. "
        "Gulmarg, Pahalgam and Sonamarg drew the largest crowds, and the department said the "
        "number of foreign visitors had also risen after several countries eased their travel "
        "advisories. The Tulip Garden on the banks of Dal Lake alone drew more than three lakh "
        "visitors in its one-month season. Hoteliers said they had added rooms and hired more "
        "staff, while shikara owners on Dal Lake reported their best earnings in years. Some "
        "residents and environmental groups raised concerns about traffic jams, waste and "
        "construction in fragile areas such as Gulmarg. The administration said it planned to "
        "develop new destinations in the Gurez and Bangus valleys to spread the flow of "
        "visitors.",
        "other",
    ),
]
