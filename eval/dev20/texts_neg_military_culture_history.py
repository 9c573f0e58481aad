"""dev20 texts: negatives: the military without violence; negatives: films, books, series, games, exhibitions; negatives: history, anniversaries, veterans.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: the military without violence
    (
        "Where the rupees go: reading India's defence budget",
        "India's defence allocation for the coming year rises by about 9.5% to 6.8 lakh crore rupees, but a closer look shows that salaries and pensions still eat up more than half of it. The capital outlay for new weapons, aircraft and ships grows only modestly, and much of it is already committed to payments for Rafale jets and Scorpene submarines. Analysts say the Navy is again the biggest winner among the services. The ministry has declared this the 'year of reforms'. For the Army, the long-awaited new artillery guns and light tanks will have to wait another year.",
        "military",
    ),
    (
        "Pakistan raises defence spending by a fifth in new budget",
        "The federal government has proposed Rs 2.55 trillion for defence in the budget for the next fiscal year, an increase of 20% over the current year, the finance minister told the National Assembly. Opposition members questioned how the increase would be financed when the development budget has been cut.",
        "military",
    ),
    (
        "Who arms Africa? New SIPRI data show a changing market",
        "Russia is no longer the largest supplier of weapons to sub-Saharan Africa, according to the latest figures from the Stockholm International Peace Research Institute. China has overtaken it, and Turkey is catching up fast with its armed drones, which have been bought by at least a dozen African governments. Arms imports by the region as a whole fell over the past five years. The researchers note that the biggest buyers remain Nigeria, Angola and Mali. Several governments have also turned to second-hand equipment from Eastern Europe and to local production of ammunition.",
        "military",
    ),
    (
        "Explainer: why Dhaka is shopping for Chinese fighter jets",
        "Bangladesh's air force has begun talks to buy a squadron of Chinese J-10C fighter jets, officials confirmed this week, the country's largest planned arms purchase in years. Its current fleet of MiG-29s and F-7s is ageing and partly grounded. Defence analysts say the choice is also about price and financing, as Western jets would cost far more. The deal has raised eyebrows in New Delhi. The final price and the number of aircraft have not been disclosed.",
        "military",
    ),
    (
        "Balikatan drills: US and Filipino forces sink decommissioned ship off Luzon",
        "Filipino and American forces sank a decommissioned navy ship with missiles and bombs off the coast of Zambales on Monday as part of the annual Balikatan exercises, the largest in their history. More than 16,000 troops from both countries and observers from a dozen others are taking part. China's foreign ministry warned against 'provocations' in the South China Sea. The drills run until the middle of May.",
        "military",
    ),
    (
        "Nigerian Army Day: tanks and fly-past in Jos",
        "Thousands of residents lined the streets of Jos on Saturday to watch the parade marking Nigerian Army Day, with armoured vehicles, artillery pieces and a fly-past by air force jets. The President, represented by the defence minister, praised the soldiers' sacrifice and promised better welfare.",
        "military",
    ),
    (
        "Serbia shows off new Chinese air defence at Batajnica display",
        "Serbia displayed its newly delivered Chinese FK-3 air defence system and armed drones at a military exhibition at the Batajnica air base near Belgrade on Saturday, attended by tens of thousands of visitors. President Vučić said the country was 'stronger than ever' and would soon receive French Rafale jets. Critics in the region asked what Serbia needs so many weapons for. The display included a fly-past of MiG-29s and a parachute jump by special forces.",
        "military",
    ),
    (
        "An army that cannot afford diesel: inside the SANDF's budget crisis",
        "South Africa's military has had its budget cut in real terms almost every year for a decade, and it shows. Only a fraction of the air force's aircraft can fly, navy ships sit in Simon's Town waiting for spare parts, and a parliamentary committee heard this month that some units cannot afford fuel for training. The defence minister told MPs the force is at a 'breaking point'. Treasury says there is simply no more money.",
        "military",
    ),
    (
        "Argentina's first F-16s land at Río Cuarto",
        "The first six F-16 fighter jets bought by Argentina from Denmark landed at the Río Cuarto air base on Friday, welcomed by President Javier Milei and the defence minister. Argentina has been without supersonic fighters since its Mirage jets were retired in 2015. Critics asked whether the purchase was a priority at a time of cuts in public spending. The jets, built in the 1980s, were modernised before delivery, and their pilots trained in Denmark and the United States.",
        "military",
    ),
    (
        "Brazil commissions second submarine built at Itaguaí",
        "The Brazilian Navy commissioned the submarine Humaitá at a ceremony in Itaguaí, Rio de Janeiro state, on Friday, the second of four conventional boats built under a programme with France. President Lula attended the ceremony and spoke of the importance of defending the 'Blue Amazon', as Brazil calls its coastal waters.",
        "military",
    ),
    (
        "KDF recruitment: thousands of youths queue in Kakamega",
        "Thousands of young men and women turned up at Bukhungu stadium in Kakamega on Monday for the Kenya Defence Forces' annual recruitment exercise, some of them having arrived the night before. Recruiting officers tested their fitness and checked documents. The military warned the public against conmen who demand money promising to secure places. 'This is my third time to try,' said one 22-year-old from Butere.",
        "military",
    ),
    (
        "Hanoi arms fair draws foreign defence firms",
        "More than 250 defence companies from 30 countries are exhibiting at Vietnam's international defence expo in Hanoi this week, including firms from Russia, the United States, Israel and South Korea. Vietnam displayed domestically built drones and radar systems.",
        "military",
    ),
    (
        "Thailand's conscription day: red card, black card",
        "At a temple in Bangkok's Bang Kapi district, young men queued on Thursday to draw a card from a box, as they do each April: a red card means two years in the army, a black card means freedom. Some brought their mothers; several transgender women attended with documents to request exemption. The number of volunteers has risen in recent years, and the government says it hopes to end the lottery altogether in time. Rights groups have long criticised the system after reports of abuse of conscripts in training camps.",
        "military",
    ),
    (
        "Sri Lanka to cut army to 100,000 troops by 2030",
        "Sri Lanka's government plans to reduce the size of its army to about 100,000 soldiers by 2030, down from more than 200,000 at the end of the civil war, the state defence minister said. The move is part of efforts to reduce public spending during the economic crisis. He said the army would become a 'technically and tactically sound' force with modern equipment.",
        "military",
    ),
    (
        "Indonesian navy receives first Scorpène submarine order",
        "Indonesia has signed a contract with France's Naval Group for two Scorpène submarines to be built at the state shipyard PT PAL in Surabaya, the defence ministry said. The submarines will be assembled locally as part of a technology transfer.",
        "military",
    ),
    # ---------------------------------------------------------------- negatives: films, books, series, games, exhibitions
    (
        "Review: 'Pippa' brings the 1971 tank war to the screen, but forgets the people",
        "Raja Krishna Menon's film about the tank battle of Garibpur has impressive set pieces: the amphibious PT-76 tanks rolling into the river at night, the smoke and mud of the Bengal plains. But the characters, and especially the Bangladeshi ones, never become more than props for the heroism of an Indian officer. Ishaan Khatter is earnest as Captain Balram Mehta. It is a well-made war film that one will forget quickly. A R Rahman's score, on the other hand, is one of his best in years.",
        "entertainment",
    ),
    (
        "Book review: a Biafra novel that refuses easy answers",
        "The new novel by Enugu-born writer Chika Obi follows three siblings through the Nigerian civil war, from the first air raids on their town to the hunger of the last months. It is a book about what war does to families, written with restraint: the bombs fall off the page, and the story stays with those who queue for relief food and bury their dead. The author's grandmother lived through it, she says in an afterword. Readers of Achebe and Adichie will find familiar ground, but also a new voice. The novel is published in Lagos by a small independent house, and deserves a much wider audience.",
        "entertainment",
    ),
    (
        "A Sarajevo siege diary, now in English",
        "Written by a 14-year-old girl in a cellar in Grbavica between 1992 and 1994, the diary is a record of shelling, of water collected from the brewery, of friends who left and friends who were killed by snipers. It has been a school text in Bosnia for years. The English translation, published this month, includes photographs the author took with a borrowed camera. She now lives in Vienna and teaches mathematics. Reading it today, what stays with you is not the fear but the boredom, the cold and the small jokes of a teenager who refuses to stop being one.",
        "entertainment",
    ),
    (
        "'Quo Vadis, Aida?' wins top prize at Sarajevo festival",
        "Jasmila Žbanić's drama about a UN translator trying to save her family during the fall of Srebrenica won the Heart of Sarajevo for best film at the Sarajevo Film Festival on Friday. The audience stood for several minutes after the screening.",
        "entertainment",
    ),
    (
        "Netflix series on FARC commander divides Colombian viewers",
        "A new Colombian series inspired by the life of a FARC guerrilla commander has become the most-watched show on Netflix in the country, and one of the most argued about. Victims' associations say it makes a kidnapper look glamorous; the producers say it shows the war from the inside without judging. The lead actor spent months with former combatants in a reintegration zone to prepare for the role. The second season is already being filmed in the plains of Meta.",
        "entertainment",
    ),
    (
        "Review: 'Marawi' film is a careful account of a ruined city",
        "The new film about the five-month siege of Marawi in 2017 follows a Maranao schoolteacher who hides her Christian colleagues in her house. The director avoids the big battle scenes many expected and focuses instead on the days of waiting, the sound of air strikes in the distance, and the return to a city of rubble. The lead actress, herself from Lanao del Sur, is excellent. It opens nationwide on Wednesday.",
        "entertainment",
    ),
    (
        "Yerevan exhibition shows Karabakh war through photographers' eyes",
        "An exhibition opening at the Cafesjian Center for the Arts in Yerevan gathers more than 100 photographs taken by Armenian and foreign photographers during the 44-day war of 2020 and the exodus of 2023. The curators say they wanted to show not only soldiers but also the kitchens, churches and cemeteries left behind.",
        "entertainment",
    ),
    (
        "FAU-G review: an Indian shooter game with more patriotism than play",
        "The long-awaited Indian mobile game, set on the Galwan border with soldiers fighting with sticks and fists, has finally launched, and the result is disappointing. The melee combat is repetitive and the missions feel unfinished. The game had been promoted as a homegrown answer to PUBG after the Chinese app was banned. Downloads have been strong, but user ratings have fallen fast.",
        "entertainment",
    ),
    (
        "'20 Days in Mariupol' fills a Kyiv cinema, again",
        "Two years after it won the Oscar for best documentary, Mstyslav Chernov's film about the first weeks of the siege of Mariupol was screened again in a Kyiv cinema on Sunday, with the director present. Many in the audience were from Mariupol. The film follows the AP team as they record the bombed maternity hospital and the mass graves. After the screening, the audience talked with the director for more than an hour.",
        "entertainment",
    ),
    (
        "Kigali theatre group takes genocide play to schools",
        "A Kigali theatre company is touring secondary schools with a play about two families, one Hutu and one Tutsi, before, during and after the 1994 genocide against the Tutsi. The actors lead discussions with students after each show. The director said most of the students were born long after 1994, and many learn about what happened in their own families only through such conversations. The tour will visit 40 schools in all provinces before the commemoration period in April.",
        "entertainment",
    ),
    (
        "Shehan Karunatilaka's Booker-winning novel gets Sinhala translation",
        "'The Seven Moons of Maali Almeida', the darkly comic novel about a dead war photographer trying to solve his own murder in the Colombo of 1990, has been translated into Sinhala and Tamil. The author said it was important that the book, set in the years of the civil war and the JVP insurrection, be read in the languages of the people it is about.",
        "entertainment",
    ),
    (
        "Review: the new narco series looks good and says little",
        "The latest Mexican series about a drug cartel has expensive helicopters, beautiful haciendas and actors who look like models. There are shootouts in every episode and the plot moves quickly. What it lacks is any sense of the people who live in the places where such groups operate. As entertainment it works; as a portrait of the country, it is one more cliché. The women, as usual, are girlfriends, mothers or victims. Viewers who want to understand what happens in Sinaloa or Michoacán would do better to read the local press.",
        "entertainment",
    ),
    (
        "Vietnamese war film 'Tunnels' becomes box office hit",
        "'Tunnels: Sun in the Dark', a film about Viet Cong guerrillas in the Cu Chi tunnels in 1967, has become one of the highest-grossing Vietnamese films of all time, released to mark 50 years since the end of the war. Director Bui Thac Chuyen spent years researching the tunnels. Young audiences, the distributors say, have been surprised by how dark and claustrophobic it is. Its success has started a debate online about how the war should be remembered half a century later.",
        "entertainment",
    ),
    (
        "Drama about women cadets at army academy returns for second season",
        "The Pakistani television drama that follows a group of young women through military training at the Pakistan Military Academy has returned for a second season. The first season was one of the most watched dramas of its year and led to a rise in applications from women, the producers say. Critics have called it glossy, but the lead actresses have been praised.",
        "entertainment",
    ),
    (
        "Tbilisi: film about the 2008 war opens to mixed reviews",
        "A Georgian feature film about a family in a village near Tskhinvali during the August 2008 war opened in Tbilisi cinemas this week. Some critics praised its quiet, observational style; others said it was too slow. The director, who was a teenager in Gori at the time, said she wanted to make a film about waiting, not fighting. It will also be shown at the Batumi film festival in September.",
        "entertainment",
    ),
    # ---------------------------------------------------------------- negatives: history, anniversaries, veterans
    (
        "White armbands in Prijedor: a remembrance the town would rather forget",
        "Every 31 May, a few hundred people walk through the centre of Prijedor wearing white armbands, to remember the day in 1992 when non-Serbs in the town were ordered to mark themselves and their houses. Many were later taken to the camps of Omarska and Trnopolje. The local authorities still refuse to allow a memorial to the children killed. This year's walk passed quietly, watched by a few police officers.",
        "history",
    ),
    (
        "Kargil, 25 years later: a veteran goes back to Tololing",
        "Subedar (retd) Harjinder Singh was 23 when his unit climbed Tololing in the dark under fire in June 1999. This week he went back, by car this time, for the Vijay Diwas ceremony at the Drass war memorial. He walked among the names of the fallen and stopped at those of two friends. 'We were young and did not think about dying,' he said. 'Now I think about it every day.' His grandson, who is preparing for the NDA exam, walked beside him holding his arm.",
        "history",
    ),
    (
        "Victory Day: a freedom fighter's medals and a family's silence",
        "Abdul Karim, 76, keeps his certificate as a freedom fighter of 1971 in a plastic folder in his tin trunk in Kushtia. He joined the Mukti Bahini at 22, crossed to India for training and fought in the Jessore sector. On Victory Day he will join the other veterans at the upazila parade ground. For years, he says, he did not tell his children what he saw, and it was his grandson's school project that made him speak.",
        "history",
    ),
    (
        "Biafra veterans remember, half a century on",
        "In a small hall in Owerri, about 40 elderly men in faded caps gathered on Saturday to remember comrades who died in the Nigerian civil war that ended in January 1970. Some fought in the Biafran army as teenagers. They talked about hunger, about the children who died of kwashiorkor, and about the 'no victor, no vanquished' declaration. Most of them say the government has never recognised what they went through. At the end, they stood and sang an old marching song, their voices breaking on the high notes.",
        "history",
    ),
    (
        "In Nyamata church, a survivor guides visitors among the clothes of the dead",
        "The church in Nyamata, south of Kigali, has been a memorial since the genocide against the Tutsi in 1994, when thousands of people who had taken refuge there were killed. Its pews are covered with the clothes of the victims. A survivor who lost her parents there now guides visitors, mostly school groups. 'If I stop talking, they will forget,' she said.",
        "history",
    ),
    (
        "Dien Bien Phu, 70 years on: a city remembers the battle that ended French Indochina",
        "Dien Bien Phu held a grand parade on Tuesday to mark the 70th anniversary of the Vietnamese victory over French forces, with soldiers, veterans and dancers marching past the old battlefield. For the first time, French soldiers were invited to attend. Hotels in the town were full for a week. The museum of the battle reported a record number of visitors.",
        "history",
    ),
    (
        "In Laos, the bombs of another war still wait in the rice fields",
        "More than half a century after American planes dropped cluster bombs on the Plain of Jars, teams of deminers still walk the fields of Xieng Khouang with metal detectors. Last year a farmer in Phonsavan lost his hand when his hoe struck a bomblet. Laos is the most heavily bombed country per person in history, and the clearance teams say the job will take generations. A visitor centre in the provincial capital tells the story of the secret war. Each year, the teams clear a few thousand hectares, a small fraction of the land still contaminated.",
        "history",
    ),
    (
        "Sarajevo's War Childhood Museum opens new wing",
        "The War Childhood Museum in Sarajevo, which collects objects and stories from people who were children during the war of the 1990s, opened a new wing on Monday. Visitors can see a ballet slipper, a diary, a tin of humanitarian aid and a drawing of a tank, each with a short story written by its owner. The museum has also begun collecting from children of more recent wars.",
        "history",
    ),
    (
        "April 24 in Yerevan: a million flowers at Tsitsernakaberd",
        "Hundreds of thousands of people walked up the hill to the Tsitsernakaberd memorial on Thursday to lay flowers at the eternal flame, marking the anniversary of the Armenian Genocide of 1915. In the evening, young people held a torchlight march through central Yerevan.",
        "history",
    ),
    (
        "Mullivaikkal remembrance held quietly in Mullaitivu",
        "Tamil families gathered on the beach at Mullivaikkal on Sunday to light lamps for those who died in the last months of Sri Lanka's civil war in 2009. Police were present but the ceremony passed without incident, organisers said. Many of the mourners were women who lost husbands and children. In Jaffna, students served the traditional rice porridge to remember the hunger of those days.",
        "history",
    ),
    (
        "An archive of Partition voices races against time",
        "The 1947 Partition Archive has recorded more than 10,000 interviews with people who lived through the division of India and Pakistan, and its volunteers say they are racing against time, as most of the witnesses are now in their nineties. In Amritsar, a 94-year-old woman told them how her family walked from Lyallpur and how she lost her younger brother on the way.",
        "history",
    ),
    (
        "Araw ng Kagitingan: the last veterans of Bataan",
        "Only a handful of Filipino veterans of the Bataan Death March are still alive, and one of them, 101 years old, was wheeled to the shrine on Mount Samat on Tuesday for the Day of Valor ceremony. The President laid a wreath and announced an increase in veterans' pensions. The veteran told reporters he still remembers the thirst of the march in April 1942.",
        "history",
    ),
    (
        "Tlatelolco, 1968: students march to remember the massacre",
        "Thousands of students marched from Tlatelolco square to the Zócalo in Mexico City on Wednesday to remember the students killed by the army on 2 October 1968. The march passed peacefully. The government has apologised and opened its archives, but organisers said the full truth is still not known. Students carried banners with the slogan '2 de octubre no se olvida'.",
        "history",
    ),
    (
        "Ayacucho: remains of 1980s victims returned to families",
        "In a ceremony in Ayacucho, Peru's justice ministry returned the remains of 36 people killed during the internal armed conflict of the 1980s and 1990s to their families, after forensic identification. Some of the victims were killed by Shining Path, others by the armed forces. Relatives carried the small white coffins to the cemetery. More than 20,000 people are still considered missing from that period.",
        "history",
    ),
    (
        "Indonesia's 1965 survivors tell their stories in new book",
        "A new collection of testimonies from survivors of the anti-communist killings and detentions of 1965 and 1966 in Indonesia was launched in Yogyakarta. The book's contributors, most of them in their eighties, describe years in prison camps on Buru island without trial. The launch event was guarded by police after a group of men protested outside the venue.",
        "history",
    ),
    (
        "Malvinas veterans march in Buenos Aires on anniversary",
        "Veterans of the 1982 Falklands war marched through Buenos Aires on Wednesday, the anniversary of the Argentine landing on the islands, many of them wearing their old uniform jackets. The president attended a ceremony at the monument in Plaza San Martín. Veterans' groups said they still struggle for medical care and recognition, more than four decades after the war. In Ushuaia, thousands took part in a torchlight vigil the night before.",
        "history",
    ),
    (
        "Guatemala: trial of ex-general for Ixil genocide resumes",
        "The trial of former army chief Benedicto Lucas García for the killing of more than 1,200 Ixil Maya people between 1978 and 1982 resumed in Guatemala City on Monday. Survivors have testified about massacres, sexual violence and the burning of villages in the early 1980s. The defence says the army was fighting a guerrilla insurgency.",
        "history",
    ),
]
