"""dev370 negatives: ETA, Catalonia, the Civil War's graves and the memory law, past attacks."""

NEGATIVES = [
    (
        "Ermua remembers Miguel Ángel Blanco 25 years after the kidnapping that shook Spain",
        "Thousands of people filled the streets of Ermua on Sunday to remember Miguel Ángel "
        "Blanco, the 29-year-old PP councillor kidnapped and murdered by ETA in July 1997, El "
        "Mundo reports. His sister, Marimar Blanco, laid a wreath at the spot where he was found "
        'with two bullets in his head, and read a letter asking that "the victims never be '
        'humiliated again". King Felipe VI presided over a ceremony in the town hall with the '
        "leaders of almost all the parties. For 48 hours in 1997, Spaniards took to the streets "
        'with white hands to demand his release, in what became known as the "spirit of '
        'Ermua". The Basque lehendakari, Iñigo Urkullu, spoke of a "collective awakening" '
        "against terrorism. The Association of Victims of Terrorism recalled that more than 300 "
        "ETA murders remain unsolved. The day ended with a concert of the Bilbao symphony "
        "orchestra in the town's sports centre.",
        "history",
    ),
    (
        "ETA hands over its arsenal in Bayonne: 120 weapons and three tonnes of explosives",
        "The French police took possession on Saturday of eight arms caches that ETA had "
        'revealed through a group of intermediaries, the so-called "artisans of peace", in an '
        "operation that the Basque terrorist group presented as its complete disarmament, La "
        "Vanguardia reports. The caches, in the Pyrénées-Atlantiques department, contained about "
        "120 firearms, three tonnes of explosives and thousands of rounds of ammunition, "
        "according to the French interior ministry. In Bayonne, some 20,000 people attended a "
        "rally in support of the process. The Spanish government, led by Mariano Rajoy, said "
        'ETA deserved "nothing in return" and demanded that it dissolve and ask forgiveness '
        'from its victims. Victims\' associations called the ceremony a "media show" and '
        "insisted on clearing up the unsolved killings. The group declared the end of its armed "
        "activity in October 2011 and has not carried out an attack since then.",
        "peace",
    ),
    (
        "HBO's 'Patria' brings the wounds of the Basque conflict to the small screen",
        "The adaptation of Fernando Aramburu's novel 'Patria', which premieres on HBO on "
        "Sunday, tells the story of two families from a Gipuzkoa village torn apart when ETA "
        'murders one of the fathers, a businessman who refused to pay the "revolutionary '
        'tax". The eight episodes, produced by Aitor Gabilondo, were shot in Gipuzkoa and '
        "Bilbao over six months. The promotional poster, showing a victim lying in the street "
        "next to an image of a tortured prisoner, caused outrage among victims' associations and "
        "was withdrawn within days. The actresses Elena Irureta and Ane Gabarain play the two "
        "mothers, former friends who stop speaking to each other. Aramburu told El País that "
        'the series is "faithful to the spirit of the book" and that he hopes it will be seen '
        "in schools. The novel has sold more than a million copies in Spain and has been "
        "translated into 34 languages.",
        "entertainment",
    ),
    (
        "Victims' associations denounce another 'ongi etorri' for a released ETA prisoner",
        "The Collective of Victims of Terrorism, Covite, has denounced a welcome tribute held "
        "on Saturday in the Gipuzkoa town of Hernani for a former ETA member released after "
        "serving 30 years for three murders, ABC reports. Dozens of people greeted the former "
        "prisoner with applause, flares and Basque flags in the main square. Covite says it "
        "has counted more than 60 such homages this year and has asked the public prosecutor "
        "to investigate them as humiliation of the victims. The Basque government said the "
        'acts were "ethically unacceptable" but that it was up to the courts to decide if '
        "they were crimes. EH Bildu, whose councillors were present, called it a private "
        "family event. The National Court has rarely convicted anyone for these tributes, "
        "which the prison transfers of recent years have multiplied. The PP asked the Interior "
        "Minister to appear in Congress to explain the policy.",
        "politics",
    ),
    (
        "Hipercor, 35 years on: 'Nobody came to tell us anything for months'",
        "On 19 June 1987, a car bomb placed by ETA in the car park of the Hipercor shopping "
        "centre on Avinguda Meridiana killed 21 people, among them four children, and injured "
        "45. Thirty-five years later, La Vanguardia has gathered the testimony of survivors and "
        "relatives, many of whom complain that they were left alone by the institutions. "
        '"Nobody came to tell us anything for months, we found out everything from the '
        'papers," says a woman who lost her mother and her daughter. The bomb set fire to the '
        "supermarket, and most victims died of smoke and burns. The warning calls the group "
        "made were not acted upon, the courts later ruled. On Sunday, Barcelona city council "
        "will hold a ceremony at the memorial in the Parc de la Pegaso. It was the deadliest "
        "attack in the history of ETA, which killed 853 people in more than four decades.",
        "history",
    ),
    (
        "Amnesty law will also cover police officers charged over the 1 October 2017 operation",
        "The amnesty law agreed between the PSOE and Junts, which is debated in Congress on "
        "Thursday, will also benefit dozens of National Police and Guardia Civil officers "
        "under investigation for the charges during the 2017 independence referendum, El País "
        "reports. A court in Barcelona has been investigating 46 officers for injuries to "
        "voters at polling stations such as the Ramon Llull school. Police unions say their "
        'members "did not ask to be amnestied" and that they acted under court orders. The '
        "Catalan group Òmnium Cultural complains that the law puts the victims of police "
        "violence on the same level as those who caused it. The text will also cover the "
        "organisers of the referendum, including Carles Puigdemont, and some 400 activists "
        'prosecuted over the protests that followed. The PP calls it the "biggest attack on '
        'the rule of law" since the Transition and promises to take it to Brussels.',
        "politics",
    ),
    (
        "Judge shelves the case against the last officers investigated for the 1-O police charges",
        "A Barcelona investigating court has shelved the case against the last 13 National "
        "Police officers still under investigation for the charges at polling stations on 1 "
        "October 2017, applying the amnesty law, La Vanguardia reports. The judge writes in "
        'the ruling that the law "leaves no room for interpretation" and extends to the '
        "actions of security forces during the referendum. The lawyers for the injured voters, "
        "grouped in the Irídia centre, will appeal and say they will take the case to the "
        "European Court of Human Rights. More than a thousand people were treated for injuries "
        "that day, according to the Generalitat's health department at the time. The decision "
        "closes one of the last judicial chapters of the independence bid. The Interior "
        "Ministry declined to comment. In Parliament, ERC and the CUP called the ruling a "
        '"second humiliation" for those hurt at the polling stations.',
        "politics",
    ),
    (
        "A smaller Diada fills Passeig de Gràcia with flags but no incidents",
        "Around 115,000 people, according to the Guardia Urbana, and 700,000 according to the "
        "organisers, marched on Sunday afternoon along Passeig de Gràcia in Barcelona for the "
        "Diada, Catalonia's national day, La Vanguardia reports. The march, called by the "
        "Catalan National Assembly under the slogan \"Let's get back on the road to "
        'independence", was the smallest since 2012 in the police count. Demonstrators waved '
        "estelades and chanted against the Spanish government and against the Catalan "
        "parties they accuse of giving up. The president of the Generalitat, Pere Aragonès, "
        "did not attend, a decision the ANC criticised from the stage. The Mossos reported no "
        "incidents and no arrests. Earlier, the political parties laid wreaths at the monument "
        "to Rafael Casanova, amid some whistles and boos. The organisers said the movement was "
        '"alive" despite the divisions.',
        "protest",
    ),
    (
        "Puigdemont reappears in Barcelona, gives a speech and vanishes again despite a police operation",
        "The former Catalan president Carles Puigdemont made a brief public appearance on "
        "Thursday on Passeig Lluís Companys, in Barcelona, seven years after fleeing Spain, and "
        "disappeared again before the Mossos d'Esquadra could arrest him, El Periódico and La "
        'Vanguardia report. The regional police launched the so-called "Operation Cage", with '
        "checkpoints on the main roads out of the city, but called it off hours later without "
        "finding him. Two Mossos officers were arrested for allegedly helping him escape. "
        "Puigdemont, who has an arrest warrant from the Supreme Court for embezzlement, "
        "reappeared days later in Waterloo and said on social media that he had never intended "
        'to give himself up. The PP and Vox called it a "humiliation" of the state. The '
        "investiture debate of the socialist Salvador Illa went ahead in Parliament as planned.",
        "politics",
    ),
    (
        "Forensic teams begin exhuming victims from the crypts of Cuelgamuros",
        "Forensic experts have begun exhuming the remains of Civil War victims buried in the "
        "crypts of the basilica at Cuelgamuros, formerly the Valley of the Fallen, where more "
        "than 33,000 people were taken between 1959 and 1983, El País reports. The first "
        "phase will focus on the boxes of 160 people whose relatives have asked for them, most "
        "of them Republicans shot by Franco's troops and moved there without their families' "
        "permission. The team, led by the forensic scientist Luis Ríos, works in a laboratory "
        "built inside the monument. Many of the boxes have collapsed because of humidity and "
        'the bones are mixed. "I am 86 and I just want to bury my father next to my mother," '
        "said a woman from Calatayud. The Ministry of Democratic Memory said DNA comparisons "
        "could take months. Friends of the Valley of the Fallen, a Francoist association, "
        "called the work a desecration.",
        "history",
    ),
    (
        "Congress approves the Democratic Memory Law with Bildu's votes and the PP's promise to repeal it",
        "The Congress of Deputies passed the Democratic Memory Law on Thursday by 173 votes to "
        "159, with the support of EH Bildu and the abstention of ERC, El Mundo reports. The law "
        "makes the state responsible for searching for the tens of thousands of people still "
        "missing in mass graves, creates a national DNA bank, annuls the sentences of Franco's "
        "courts and requires the resignification of the Valley of the Fallen. It also extends "
        "the study of human rights violations up to 1983, one of the points agreed with Bildu. "
        "The PP leader, Alberto Núñez Feijóo, said he would repeal it as soon as he came to "
        'power, and Vox accused the government of "rewriting history". The Forum for Memory '
        "said it was a step forward but criticised the absence of a truth commission. The text "
        "now goes to the Senate, where its approval is expected before the end of the month.",
        "politics",
    ),
    (
        "Franco's remains leave the Valley of the Fallen by helicopter for a family vault",
        "The remains of the dictator Francisco Franco were exhumed on Thursday from the basilica "
        "of the Valley of the Fallen and reburied in the family vault at the Mingorrubio "
        "cemetery, in El Pardo, 44 years after his death, ABC reports. The coffin was carried "
        "out of the basilica by his grandchildren and flown by a Spanish Air Force helicopter "
        "to the cemetery, where a private ceremony was held. Outside, several hundred "
        'supporters chanted "Long live Franco" and sang the Francoist anthem under a police '
        "watch, without incidents. The acting Prime Minister, Pedro Sánchez, said Spain was "
        "completing a symbolic chapter of its democracy. Franco's family, which fought the "
        'exhumation in the courts for a year, called the operation a "profanation". The '
        "Justice Minister, Dolores Delgado, was the only member of the government present.",
        "history",
    ),
    (
        "Paterna grave 126 returns 40 men shot against the cemetery wall in 1940",
        "Archaeologists and forensic experts working in the Paterna cemetery, near Valencia, "
        "have recovered the remains of 40 men from grave 126, one of dozens of pits where "
        "Franco's regime buried more than 2,200 people executed at the nearby firing wall "
        "between 1939 and 1956, Público reports. The skeletons still show the bullet holes of "
        "the coup de grâce, and some of them had shoes, a wedding ring and a pencil next to "
        "them. The work is financed by the Valencia provincial council and the Ministry of "
        "Democratic Memory. Relatives of 28 of the men have given DNA samples, and the first "
        'identifications could arrive in the spring. "My grandfather was a day labourer and a '
        'socialist; they shot him for that," said one granddaughter at the site. The '
        "association of relatives of the Paterna victims says it still has a long list of "
        "families waiting.",
        "history",
    ),
    (
        "National Court sentences three members of the Ripoll cell to up to 53 years",
        "The National Court has sentenced Mohamed Houli Chemlal to 53 years in prison and Driss "
        "Oukabir to 46 years for belonging to the jihadist cell that carried out the attacks in "
        "Barcelona and Cambrils in August 2017, El País reports. A third defendant, Said "
        "Ben Iazza, received eight years for collaborating with a terrorist organisation after "
        "lending the cell his van and documents. The court found that the group planned to blow "
        "up the Sagrada Família and other landmarks with explosives prepared in a house in "
        "Alcanar, which blew up by accident on the eve of the attacks. Lawyers for the victims' "
        "associations regretted that the role of the imam of Ripoll, who died in the explosion, "
        "and his contacts with the intelligence services were not examined. The 16 people "
        "killed in the attacks were remembered at the start of the hearing. The defence "
        "lawyers said they would appeal to the Supreme Court.",
        "crime",
    ),
    (
        "Mossos and National Police dismantle an alleged jihadist cell in Badalona and Terrassa",
        "Officers of the Mossos d'Esquadra and the National Police arrested six people on "
        "Tuesday in a joint operation in Badalona, Terrassa and Sabadell against an alleged "
        "cell linked to the Islamic State group, the Interior Ministry said. According to the "
        "investigators, the suspects, aged between 19 and 34, spread jihadist propaganda on "
        "social networks and had discussed attacking a shopping centre, although no weapons or "
        "explosives were found in the searches. The National Court judge will decide on "
        "Friday whether to send them to prison. Neighbours of one of the suspects in the Sant "
        "Roc district told La Vanguardia they had seen nothing unusual. Spain has kept its "
        "terrorism alert at level four, on a scale of five, since 2015. More than 80 people "
        "have been arrested for jihadism in Spain this year, according to the ministry.",
        "crime",
    ),
    (
        "Ceuta crisis: thousands of migrants swim across as Vox speaks of an 'invasion'",
        "Around 8,000 people, many of them teenagers, crossed into Ceuta from Morocco on Monday "
        "and Tuesday by swimming around the breakwaters of El Tarajal, while Moroccan border "
        "guards looked on, El Mundo reports. The government sent army units and extra police "
        "to the city to patrol the beach and began returning adults to Morocco the same day. "
        "Madrid accuses Rabat of using migration as a weapon in retaliation for Spain's decision "
        "to treat the Polisario Front leader, Brahim Ghali, in a Logroño hospital. Vox leader "
        'Santiago Abascal travelled to Ceuta and spoke of an "invasion", a term the Prime '
        'Minister rejected as "xenophobic". The Red Cross set up a tent for the hundreds of '
        "unaccompanied minors, who were later moved to warehouses. Brussels said Spain's "
        "borders were Europe's borders. By Wednesday, the situation at the border had calmed.",
        "politics",
    ),
    (
        "Spain backs Morocco's autonomy plan for Western Sahara and angers Algeria",
        "The Spanish government has shifted its position on Western Sahara and now considers "
        'Morocco\'s autonomy plan "the most serious, realistic and credible basis" for resolving '
        "the dispute, according to a letter from Pedro Sánchez to King Mohammed VI released "
        "by the Royal Palace in Rabat, El País reports. The change ends a ten-month diplomatic "
        "crisis with Morocco. Algeria, Spain's main gas supplier, recalled its ambassador in "
        "Madrid for consultations. The Polisario Front, which fought a war with Morocco until "
        'a 1991 ceasefire, called the decision a "betrayal". Sánchez\'s coalition partner '
        "Unidas Podemos said it had not been consulted and the PP demanded an explanation in "
        "Congress. The Foreign Minister, José Manuel Albares, said the new relationship would "
        "bring cooperation on migration and the reopening of customs offices in Ceuta and "
        "Melilla.",
        "peace",
    ),
    (
        "Guernica at the Reina Sofía: the exhibition that follows Picasso's painting after 1937",
        "The Reina Sofía museum opens on Tuesday an exhibition that traces how Picasso's "
        "'Guernica', painted after the German bombing of the Basque town in April 1937, became "
        "the best-known anti-war image of the 20th century, El Mundo reports. 'Pity and Terror: "
        "Picasso's Path to Guernica' brings together some 180 works, including studies, "
        "drawings and loans from the Musée Picasso in Paris. The curators also show how the "
        "painting travelled through exile in New York until its return to Spain in 1981, and "
        "how it has been used on banners and posters ever since. The director, Manuel "
        "Borja-Villel, said the canvas would not be moved from its room. The exhibition will "
        "run until September and is expected to attract more than a million visitors. Tickets "
        "are free on Sunday afternoons. The catalogue includes an essay on the bombing by the historian Ángel Viñas.",
        "entertainment",
    ),
    (
        "'Madres paralelas': Almodóvar opens the mass graves of the Civil War at Venice",
        "Pedro Almodóvar opened the Venice Film Festival on Wednesday with 'Madres paralelas', "
        "a film in which Penélope Cruz plays a photographer who fights to exhume the mass grave "
        "in her village where her great-grandfather lies. The director told the press in Venice "
        'that Spain still "has a debt" with the families of the more than 100,000 people who '
        "disappeared during the Civil War and the dictatorship. The film interweaves the story "
        "of two women who give birth on the same day with the work of a team of forensic "
        "anthropologists, inspired by real exhumations in Castile. Critics in the Italian press "
        "praised Cruz's performance, and La Vanguardia's critic called it Almodóvar's most "
        "political film. Cruz won the Volpi Cup for best actress at the end of the festival. "
        "The film opens in Spanish cinemas on 10 September.",
        "entertainment",
    ),
]
