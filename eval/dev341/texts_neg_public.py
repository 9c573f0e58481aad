"""dev341 negatives, part B: elections and rallies, peaceful protests, Partition and other
history, the military without violence, surrenders and accords, films and sport, as the
Indian regional press reports them in translation."""

NEGATIVES = [
    # politics
    (
        "'Khela hobe' at Brigade: Chief Minister says battle for Bengal will be won by Bengal's daughter",
        "Kolkata: 'Khela hobe,' the Chief Minister told a crowd that filled the Brigade Parade Ground on Sunday, turning the slogan of her party's youth wing into a war cry for the assembly elections. Two weeks after the Prime Minister addressed a rally at the same ground, she said the battle for Bengal would be fought between the state's own people and 'outsiders' who came only at election time. She accused the BJP of trying to capture Bengal with money and central agencies, and said her party's workers would guard every booth. BJP leaders replied that the Trinamool had run out of ideas and that the people would answer on polling day. The election will be held in eight phases from March 27, the longest schedule in the state's history. Party workers came from all 23 districts by bus and train. (From Anandabazar Patrika, March 2021; translated from Bengali.)",
        "politics",
    ),
    (
        "Mahayuti sweeps Maharashtra with 230 seats; Opposition reduced to 46",
        "Mumbai: The ruling Mahayuti alliance of the BJP, Shiv Sena and NCP won 230 of the 288 seats in the Maharashtra assembly election, according to results declared on Saturday, while the Maha Vikas Aghadi was reduced to 46. The BJP alone won 132 seats, its best performance in the state. Leaders of the alliance credited the Ladki Bahin scheme, which pays Rs 1,500 a month to women, for the result. Shiv Sena (UBT) leader Uddhav Thackeray said the result was 'unbelievable' and that his party would study it. In Baramati, Ajit Pawar defeated his nephew Yugendra Pawar by more than a lakh votes. Celebrations broke out outside the BJP's office in Nariman Point. The question of who will be Chief Minister is expected to be settled by the alliance's leaders in Delhi. (Loksatta, November 24, 2024; translated from Marathi.)",
        "politics",
    ),
    (
        "Local body polls: UDF sweeps corporations, LDF holds villages; BJP wins Thiruvananthapuram wards",
        "Thiruvananthapuram: The Congress-led United Democratic Front won four of the six corporations and a majority of municipalities in the local body elections, results declared on Saturday showed, while the ruling Left Democratic Front kept its lead in the grama panchayats. The BJP-led NDA won the largest number of wards in the Thiruvananthapuram corporation, a first for the party in the state capital. UDF leaders said the results showed that voters were unhappy with the state government ahead of next year's assembly election. CPI(M) state secretary said the Left would examine where it went wrong but that the results were not a verdict on the government. Counting went on peacefully across the state, officials said. Turnout was 73 percent. (From Malayala Manorama, December 2025; translated from Malayalam.)",
        "politics",
    ),
    (
        "Bihar campaign: war of words over 'jungle raj' as leaders hold 12 rallies in a day",
        "Patna: The campaign for the Bihar assembly election turned into a war of words on Sunday as leaders of the NDA and the Mahagathbandhan addressed a dozen rallies across Magadh and Shahabad. At a rally in Aurangabad, the Prime Minister said the people of Bihar would never allow the return of 'jungle raj'. At Sasaram, the opposition's chief ministerial face accused the government of attacking the livelihoods of the young and promised a government job for every family. The Chief Minister, campaigning in Nalanda, said the state had been transformed in 20 years. Party workers said both sides were fighting for every vote in the seats where the margin was under 5,000 last time. Polling in the first phase is on Thursday. (Hindustan, November 2025; translated from Hindi.)",
        "politics",
    ),
    (
        "Governor's war on bills ends in Supreme Court: 10 Acts deemed to have received assent",
        "Chennai: The Supreme Court on Tuesday held that the Tamil Nadu Governor had acted illegally in withholding assent to ten bills passed by the assembly and reserving them for the President, and declared that the bills would be deemed to have received assent. The verdict ends a long war between Raj Bhavan and the DMK government, which had accused the Governor of holding up laws on university appointments and other subjects for years. The court also set time limits within which Governors must act on bills. The Chief Minister called the judgement a victory for all states and for federalism. BJP leaders in the state said they respected the court's ruling but that the government had provoked the confrontation. The ten Acts were notified in the gazette the same week. (Dinamani, April 2025; translated from Tamil.)",
        "politics",
    ),
    (
        "Rebel MLAs camp in Guwahati hotel; Sena says rebellion will be crushed, Thackeray ready to quit",
        "Mumbai: About 40 Shiv Sena legislators led by minister Eknath Shinde remained at a hotel in Guwahati on Thursday, as the rebellion against Chief Minister Uddhav Thackeray entered its third day. The rebel MLAs, who first went to Surat, said they wanted the party to break its alliance with the Congress and the NCP and return to the BJP. Sena leader Sanjay Raut said the rebels would have to face the party's workers when they returned to Mumbai and that the party would win the battle in the courts and on the streets. Thackeray moved out of the official residence Varsha to his family home Matoshree on Wednesday night, saying he was ready to step down if the MLAs asked him face to face. Party workers gathered outside Matoshree. The Governor has not yet called for a floor test. (Maharashtra Times, June 2022; translated from Marathi.)",
        "politics",
    ),
    (
        "Faizabad shock: BJP loses Ayodhya seat months after temple consecration",
        "Ayodhya: The BJP lost the Faizabad Lok Sabha seat, which includes Ayodhya, to the Samajwadi Party's Awadhesh Prasad by more than 54,000 votes, the results declared on Tuesday showed. Prasad, a nine-time MLA from Milkipur, defeated the two-time MP Lallu Singh, months after the consecration of the Ram temple drew national attention to the city. Local traders and residents whose shops and houses were demolished for road widening had been unhappy, party workers admitted. In Uttar Pradesh as a whole the SP won 37 seats and became the largest party, while the BJP fell to 33. Prasad said the result was a victory of the people of Ayodhya and of the Constitution. The BJP said it would review the results at the booth level. (From Amar Ujala, June 5, 2024; translated from Hindi.)",
        "politics",
    ),
    # peaceful protests
    (
        "Kisan Long March reaches Azad Maidan without disturbing SSC exams; government accepts demands",
        "Mumbai: About 35,000 farmers who walked 180 km from Nashik to Mumbai over six days reached Azad Maidan on Monday morning, having marched through the night so that students writing their SSC exams would not be held up by traffic. The march was organised by the All India Kisan Sabha to demand a complete loan waiver, the transfer of forest land to tribal cultivators and fair prices for crops. Many of the marchers, some of them elderly women, walked barefoot and had blisters on their feet. Residents of Mumbai handed out water, bananas and biscuits along the route. After talks with a committee of ministers in the afternoon, the government agreed in writing to most of the demands, and the farmers began returning home by special trains. Police said there was no untoward incident. (From Loksatta, March 2018; translated from Marathi.)",
        "protest",
    ),
    (
        "Rail roko: farmers sit on tracks at 50 places in Punjab, 60 trains affected",
        "Jalandhar: Farmers sat on railway tracks at about 50 places across Punjab from noon to 3 pm on Wednesday in support of the fasting farmer leader at Khanauri and the demand for a legal guarantee of the minimum support price. More than 60 trains were cancelled, short-terminated or held up at stations, the Firozpur division of the Northern Railway said. At Shambhu, Devidaspura and Moga, men and women sat on the tracks with flags of the farmers' unions, read speeches and shared langar. Passengers at Amritsar and Jalandhar stations waited for hours, and some hired taxis. Police said the protest ended on time and was peaceful. Farmer leaders said they would block roads next week if the Centre did not begin talks. (Dainik Bhaskar, December 2024; translated from Hindi.)",
        "protest",
    ),
    (
        "Delta farmers hold skulls, eat rats at Jantar Mantar to press for drought relief",
        "New Delhi: Farmers from Tamil Nadu's Cauvery delta held human skulls, which they said were of farmers who had died by suicide, and ate raw rats at Jantar Mantar on Thursday to draw attention to their demand for drought relief and a loan waiver. The protest, led by P Ayyakannu of the National South Indian River Interlinking Farmers' Association, entered its 30th day. Some of the protesters shaved half their heads and moustaches, while others lay half-naked on the road in the sun. Leaders of several opposition parties visited the site to express solidarity. The farmers said they would stay until the Prime Minister met them. Police kept watch but there were no incidents. (Dinathanthi, April 2017; translated from Tamil.)",
        "protest",
    ),
    (
        "ASHA workers' Secretariat sit-in completes 50 days; women shave heads in protest",
        "Thiruvananthapuram: Accredited Social Health Activists who have been on a sit-in in front of the Secretariat for 50 days demanding a higher honorarium and retirement benefits shaved their heads on Monday to mark the day. Several women cut their hair, and some had their heads shaved, while colleagues sang songs. The workers, who get Rs 7,000 a month from the state, want the amount raised to Rs 21,000 and a retirement benefit of Rs 5 lakh. Three of the leaders have been on an indefinite hunger strike since last week. The Health Minister said the state had cleared all its dues and that the Centre should increase its share. Opposition leaders visited the protest tent. Police said the sit-in had been peaceful. (From Malayala Manorama, March 2025; translated from Malayalam.)",
        "protest",
    ),
    (
        "Jarange ends Azad Maidan fast after government issues GR on Hyderabad gazette",
        "Mumbai: Maratha quota activist Manoj Jarange ended his hunger strike at Azad Maidan on Tuesday after the state government issued a government resolution to implement the Hyderabad gazette, under which Marathas with records of Kunbi lineage can get caste certificates. Jarange had been fasting for five days, and tens of thousands of supporters from Marathwada had filled the streets around CSMT, causing traffic jams in south Mumbai. The High Court had asked the protesters to clear the roads by the afternoon, and police had served notices on the organisers. A cabinet sub-committee led by a senior minister met Jarange on the stage and read out the resolution. Supporters burst firecrackers and began leaving for home in buses and tempos. Police said the protest had ended without incident. (Lokmat, September 2025; translated from Marathi.)",
        "protest",
    ),
    (
        "Junior doctors' fast at Dharmatala enters tenth day; candle march from College Square",
        "Kolkata: The hunger strike by junior doctors at Dharmatala entered its tenth day on Tuesday, as thousands of people walked in a candle march from College Square to the protest site in the evening in support of their demands. The doctors are seeking the removal of the health secretary, a central referral system and safety measures at government hospitals after the rape and murder of a trainee doctor at RG Kar hospital in August. Two of the fasting doctors have been admitted to hospital. Senior doctors at several medical colleges have submitted mass resignations in solidarity. The Chief Secretary invited the doctors for talks on Wednesday. Many of the marchers carried posters reading 'We want justice' and lit candles outside the tent. (Translated from Anandabazar Patrika, October 2024.)",
        "protest",
    ),
    # history
    (
        "Partition Horrors Remembrance Day: 'We walked from Lyallpur with nothing but a brass pot'",
        "Ludhiana: Ninety-two-year-old Kartar Singh still remembers the brass pot his mother carried when the family left their village near Lyallpur in September 1947, walking with a caravan of thousands towards the new border. On Partition Horrors Remembrance Day, observed on August 14, Dainik Jagran met families in Punjab who lived through the migration that killed hundreds of thousands and uprooted an estimated 1.5 crore people. Kartar Singh said the caravan was attacked twice on the way and that he saw bodies on the road near Kasur. His family spent months in a refugee camp at Kurukshetra before they were given land in Ludhiana district. Exhibitions of photographs from the period were held in schools and government offices in several districts. Historians said the generation that remembered 1947 was disappearing and that the stories needed to be recorded. (From Dainik Jagran, August 2023; translated from Hindi.)",
        "history",
    ),
    (
        "Bijoygarh at 75: how refugees from East Bengal built a colony on an abandoned army camp",
        "Kolkata: Seventy-five years ago, a group of refugees from East Bengal walked into an abandoned army camp in Jadavpur and built bamboo huts on the land at night, founding what became the Bijoygarh colony. The families had fled the riots and uncertainty that followed Partition and found no room in the government camps at Sealdah station and Cooper's Camp. Older residents told Anandabazar how the squatters resisted eviction by the landlords' men and how the colony set up its own school, market and committee. In the decades that followed, more than a hundred such colonies came up in south Kolkata, and the government eventually gave the residents title deeds. An exhibition of photographs, letters and ration cards of the first settlers opened at the Bijoygarh Jyotish Roy College on Saturday. (Anandabazar Patrika, 2025; translated from Bengali.)",
        "history",
    ),
    (
        "Lakhs gather at Vijay Stambh in Perne on 206th anniversary of Bhima Koregaon battle",
        "Pune: Lakhs of followers of Dr Babasaheb Ambedkar gathered at the Vijay Stambh at Perne near Koregaon Bhima on Monday to mark the 206th anniversary of the battle of Bhima Koregaon of January 1, 1818. In that battle a small force of the East India Company, made up largely of Mahar soldiers, held off the much larger army of the Peshwa. The district administration deployed about 5,000 police personnel and set up drone surveillance, parking and water stations along the Pune-Ahmednagar highway. Ministers and leaders of several parties paid tribute at the obelisk during the day. Book stalls selling Ambedkar's works and blue flags lined the road. Police said the commemoration passed off peacefully and traffic was restored by evening. (Loksatta, January 2, 2024; translated from Marathi.)",
        "history",
    ),
    (
        "Malabar rebellion centenary: historians split over removal of 387 names from martyrs' list",
        "Kozhikode: A century after the Malabar rebellion of 1921, historians and political parties in Kerala remain divided over how to remember it, as a committee of the Indian Council of Historical Research recommended removing Variyamkunnath Kunhahammed Haji and 386 others from a dictionary of martyrs of the freedom struggle. The BJP and RSS describe the uprising as an attack on Hindus, while the CPI(M), Congress and Muslim League see it as a peasant revolt against British rule and landlords. Seminars and exhibitions marking the centenary were held in Malappuram and Kozhikode this week. The historian M Gangadharan said the events could not be reduced to a single cause. A film on Variyamkunnath announced by a prominent director was dropped last year. (Mathrubhumi, August 2021; translated from Malayalam.)",
        "history",
    ),
    (
        "Kargil Vijay Diwas: 25 years on, families of Uttarakhand's 75 martyrs gather at Dras",
        "Dras: Families of soldiers from Uttarakhand who were killed in the Kargil war of 1999 joined the Prime Minister and the Army chief at the Kargil War Memorial on Friday to mark 25 years of the victory. Uttarakhand lost 75 soldiers in the war, the second highest number from any state after Himachal Pradesh, according to the state Sainik Welfare department. Widows and parents laid wreaths and read the names of their sons on the memorial wall below Tololing. Retired Subedar Major Jagat Singh of Chamoli, who fought on Tiger Hill, said he returned every year to remember his comrades. Veterans narrated the battles of Tololing and Point 4875 to schoolchildren who had travelled from Srinagar. (From Amar Ujala, Dehradun edition, July 2024; translated from Hindi.)",
        "history",
    ),
    # military
    (
        "Agniveer recruitment rally at Katihar: 40,000 youths from 9 districts run for 4 years of service",
        "Katihar: More than 40,000 young men from nine districts of north Bihar have registered for the Agniveer recruitment rally which began at the Katihar stadium on Monday, Army officials said. Candidates who cleared the online common entrance exam are being put through a 1.6-km run, pull-ups and medical tests over 12 days. Many had slept on railway platforms and in the open before reporting at 3 am, and the district administration set up shelters and water points near the stadium. Officials said the process was fully computerised and warned candidates against touts promising selection. Under the scheme recruits serve for four years, after which a quarter may be retained. Coaching centres in Purnia and Katihar have been running special batches for the physical tests. (From Hindustan, Bhagalpur edition; translated from Hindi.)",
        "military",
    ),
    (
        "INS Vikrant commissioned at Kochi: first made-in-India carrier joins the Navy",
        "Kochi: India's first indigenously built aircraft carrier, INS Vikrant, was commissioned into the Navy by the Prime Minister at the Cochin Shipyard on Friday, making the country one of a handful capable of building such a vessel. The 262-metre carrier, with a displacement of about 43,000 tonnes, took 13 years to build and used steel made in India, shipyard officials said. Hundreds of small and medium firms, many in Kerala, supplied equipment for the ship. At the ceremony the Prime Minister also unveiled the Navy's new ensign. Fighter trials on the deck are expected to continue till the middle of next year. Shipyard workers and their families watched the ceremony on large screens at the yard. (Mathrubhumi, September 2022; translated from Malayalam.)",
        "military",
    ),
    (
        "Sirens at 4 pm, blackout at 8: Mumbai holds civil defence mock drill for first time in decades",
        "Mumbai: Sirens sounded across Mumbai at 4 pm on Wednesday as the city took part in a nationwide civil defence mock drill ordered by the Union Home Ministry, the first of its kind in decades. Civil defence volunteers, fire brigade and police teams practised evacuating people from buildings at Cross Maidan, Dadar and Bandra, and showed residents how to take cover and give first aid. In several housing societies in Thane and Navi Mumbai, residents switched off their lights for 15 minutes at 8 pm for a blackout exercise. Officials said the aim was to test readiness in case of an air raid. Students of several colleges took part as volunteers. The district collector said the drill had gone smoothly and that lessons would be noted. (From Lokmat, Mumbai, May 2025; translated from Marathi.)",
        "military",
    ),
    (
        "Sagar Kavach: 'terrorists' in fishing boat caught off Kasimedu during coastal security drill",
        "Chennai: Two men posing as terrorists in a fishing boat were caught off the Kasimedu fishing harbour on Thursday morning as part of Sagar Kavach, a two-day coastal security exercise held along the Tamil Nadu coast. The Navy, the Coast Guard, the coastal security group of the state police and the customs department took part in the drill, which tested how quickly agencies could detect boats trying to land along the coast. Teams from the Navy played the 'red force', attempting to reach targets such as the Kalpakkam nuclear plant, the Chennai port and the airport. Officials said most of the dummy attackers were caught before reaching their targets. Fishermen were told in advance not to be alarmed by the checks at sea. (Dinamalar, 2023; translated from Tamil.)",
        "military",
    ),
    # peace
    (
        "Lon Varratu: 22 Maoists, nine with rewards, surrender before Dantewada police",
        "Dantewada: Twenty-two Maoists, nine of whom carried cash rewards totalling Rs 11 lakh, surrendered before senior police and CRPF officers in Dantewada on Monday under the Lon Varratu campaign, police said. The name of the campaign means 'come back home' in Gondi. The cadres, among them six women, had been active in the Bhairamgarh and Malangir area committees. They said they had been disillusioned by the Maoists' ideology and the hardships of life in the forest. Each was given an incentive of Rs 25,000 and will receive housing, skill training and other benefits under the state's rehabilitation policy. Police said 927 Maoists had surrendered in the district since the campaign began in 2020. Family members of some of the cadres were present at the ceremony. (Nai Dunia, 2025; translated from Hindi.)",
        "peace",
    ),
    (
        "Politburo member Bhupathi surrenders with 60 cadres in Gadchiroli, hands over 54 weapons",
        "Gadchiroli: Mallojula Venugopal Rao alias Bhupathi alias Sonu, a member of the politburo of the banned CPI (Maoist), surrendered before the Chief Minister at the Gadchiroli police headquarters on Wednesday along with 60 cadres, police said. The group handed over 54 weapons, including AK-47 and INSAS rifles. Bhupathi, who had led the party's operations in the Dandakaranya region for years, had written to the cadres last month saying that armed struggle had failed and calling for talks with the government. The Chief Minister said the surrender marked the beginning of the end of Maoism in Maharashtra and that the cadres would be rehabilitated. Police officers said the surrender would encourage others still in the forests. The surrendered cadres will be kept in a rehabilitation centre for now. (From Loksatta, October 2025; translated from Marathi.)",
        "peace",
    ),
    (
        "Poonch reopens: markets busy, schools ring bells again a week after ceasefire understanding",
        "Poonch: Shops reopened in the main market of Poonch town on Saturday and schools in the district resumed classes for the first time in nearly two weeks, as the understanding between India and Pakistan to stop firing along the Line of Control held for a seventh day. No firing has been reported since the understanding took effect on the evening of May 10, officials said. Families who had gone to Jammu began returning in buses arranged by the administration, and officials said damage assessment of homes was under way. Teachers at a government school said attendance was thin on the first day. Traders said they hoped tourists would return for the summer. The Lieutenant Governor said compensation for damaged houses would be paid quickly. (Dainik Jagran, Jammu edition, May 2025; translated from Hindi.)",
        "peace",
    ),
    (
        "Suspension of operations pact renewed with Kuki-Zo groups; NH-2 to reopen for free movement",
        "Imphal: The Centre, the Manipur government and two umbrella bodies of Kuki-Zo armed groups signed a renewed suspension of operations agreement in New Delhi on Thursday, under which the groups agreed to move their camps away from vulnerable areas and to the reduction of the number of designated camps. The Kuki-Zo Council also agreed to keep National Highway 2 open for the free movement of people and essential goods. The agreement follows months of talks and is valid for one year, officials said. Groups in the valley said the agreement should have been discussed with all communities. Truckers' associations welcomed the reopening of the highway. The Home Ministry said weapons would be kept in designated camps under joint monitoring. (From Hindustan, Patna edition, September 2025; translated from Hindi.)",
        "peace",
    ),
    # entertainment
    (
        "Amaran crosses Rs 300 crore: Major Mukund's story fills theatres across Tamil Nadu",
        "Chennai: Amaran, the film based on the life of Major Mukund Varadarajan of the Rajput Regiment, who was killed in a counter-terror operation in Shopian in 2014, has crossed Rs 300 crore at the box office worldwide, its producers said. Sivakarthikeyan plays the officer and Sai Pallavi his wife, Indhu Rebecca Varghese. Theatre owners said families and college students were returning to see the film a second time. The Chief Minister watched a special screening and praised the film's portrayal of the soldier's family. Some viewers objected to the way the film showed Kashmir, while others praised its battle scenes as the most realistic in Tamil cinema. The film's director said he had spent two years talking to Mukund's family and fellow soldiers. (Dinathanthi, November 2024; translated from Tamil.)",
        "entertainment",
    ),
    (
        "Empuraan re-edited: 24 cuts, villain renamed after protests over Gujarat riot scenes",
        "Kochi: The makers of the Mohanlal-starrer L2: Empuraan have submitted a re-edited version of the film with 24 cuts, including the removal of several scenes depicting the 2002 Gujarat riots and a change in the name of the main villain, after protests from Sangh Parivar organisations. The new version, about three minutes shorter, will reach theatres by Wednesday, the producers said. Mohanlal posted an apology on social media, saying he regretted the distress caused to his fans. The CPI(M) and Congress criticised the cuts as giving in to pressure, and the Chief Minister watched the film with his family. The film has already collected more than Rs 200 crore worldwide. Theatre owners in Kerala reported full houses for the weekend. (From Mathrubhumi, March 2025; translated from Malayalam.)",
        "entertainment",
    ),
    (
        "The Kashmir Files made tax-free in Madhya Pradesh; police given leave to watch",
        "Bhopal: The Madhya Pradesh government on Monday made the film The Kashmir Files, which depicts the exodus of Kashmiri Pandits from the valley in 1990, tax-free in the state, the Chief Minister announced. The Home Minister said police personnel would be given leave to watch the film with their families. Several ministers and BJP legislators booked entire halls for screenings in Bhopal and Indore. Congress leaders said the government should also help Pandit families still living in camps in Jammu. Theatre owners in Indore said shows were sold out for the week. The film, directed by Vivek Agnihotri, has been made tax-free in several other BJP-ruled states too. (Nai Dunia, March 2022; translated from Hindi.)",
        "entertainment",
    ),
    # sport
    (
        "Derby drama at Salt Lake: Mohun Bagan's late strike breaks East Bengal's defensive wall",
        "Kolkata: Mohun Bagan Super Giant beat East Bengal 1-0 in the Kolkata derby at the Salt Lake stadium on Saturday, with a goal in the 87th minute that sent more than 60,000 supporters into celebration. East Bengal had defended deep for most of the match, absorbing wave after wave of attacks from their rivals, and their goalkeeper made four important saves. The goal came when a striker turned a low cross into the net at the near post. East Bengal's coach said his side had fought a battle for 90 minutes and lost to a single mistake. Police had made separate entry and exit routes for the two sets of fans, and the match passed without trouble. The result takes Mohun Bagan to the top of the table. (From Bartaman; translated from Bengali.)",
        "sport",
    ),
    (
        "Alanganallur jallikattu: 1,000 bulls, 900 tamers; 64 injured as Kangeyam bull wins car",
        "Madurai: More than 1,000 bulls and 900 tamers took part in the jallikattu at Alanganallur on Thursday, the biggest of the Pongal bull-taming events in Madurai district. Sixty-four people, among them tamers, owners and spectators, were injured, and 12 were taken to the Government Rajaji Hospital in Madurai, officials said. A bull from Pudukottai that no tamer could hold won a car for its owner, while the best tamer, who held on to 18 bulls, was given a car by the Chief Minister. Veterinary doctors examined every bull before it was let out, and the arena was fitted with double barricades. Thousands of spectators, including foreign tourists, watched from the galleries. (Dinamalar, January 2025; translated from Tamil.)",
        "sport",
    ),
]
