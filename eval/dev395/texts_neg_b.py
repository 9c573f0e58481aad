"""dev395 negatives, part B: politics, defence, memory, culture, courts, protests and health."""

NEGATIVES = [
    (
        "Princes and ministers held at Ritz-Carlton in anti-corruption sweep",
        "Saudi Arabia detained 11 princes, four serving ministers and dozens of former ministers on "
        "Saturday night in a sweeping anti-corruption drive led by Crown Prince Mohammed bin Salman, "
        "officials said. Among those held was the billionaire investor Prince Alwaleed bin Talal, "
        "chairman of Kingdom Holding. The detainees were being kept at the Ritz-Carlton hotel in Riyadh, "
        "which cancelled all bookings, according to people familiar with the matter. A royal decree "
        "had created a new anti-corruption committee only hours earlier. The crown prince has "
        "described the campaign as a war on graft that will spare no one. The attorney general later "
        "said settlements with the detainees had recovered more than $100 billion. Shares in Kingdom "
        "Holding fell almost 10 per cent on Sunday. Critics abroad said the campaign was also a way to "
        "sideline rivals.",
        "politics",
    ),
    (
        "Kuwait's Emir dissolves parliament and suspends articles of constitution",
        "Kuwait's Emir Sheikh Mishal Al Ahmad dissolved the National Assembly on Friday and suspended "
        "some articles of the constitution for up to four years, in a televised speech that followed "
        "months of deadlock between the government and MPs. The Emir said he would not allow democracy "
        "to be exploited to destroy the state, and accused some lawmakers of interfering in his "
        "choice of crown prince. The move ends a long battle between elected opposition members and "
        "successive cabinets that has held up budgets and reforms. The Emir and the cabinet will take "
        "over the assembly's powers during the suspension. Kuwait had held four parliamentary elections "
        "in four years. Diwaniyas across the country were unusually quiet on Friday night. Several "
        "former MPs said the decision was a blow to Kuwait's political life, while business leaders "
        "welcomed the prospect of quicker decisions on long-delayed projects.",
        "politics",
    ),
    (
        "Saudi Arabia, UAE, Bahrain and Egypt cut ties with Qatar",
        "Saudi Arabia, the UAE, Bahrain and Egypt severed diplomatic relations with Qatar on Monday and "
        "closed their land, sea and air links with the country, accusing Doha of supporting terrorism "
        "and of cosying up to Iran. Qatari citizens were given 14 days to leave the three Gulf states. "
        "Qatar's Foreign Ministry said the measures were unjustified and based on false claims. "
        "Shoppers in Doha emptied supermarket shelves of milk and rice as the only land border, with "
        "Saudi Arabia, was shut. Officials in Doha called the measures a blockade and a siege, terms "
        "the four countries reject. Qatar Airways suspended its flights to the four countries. Kuwait's "
        "Emir began shuttle diplomacy to try to mediate. Turkey said it would send food by air and "
        "speed up the deployment of troops to its base in Qatar. The row was the worst in the Gulf "
        "Co-operation Council's history.",
        "politics",
    ),
    (
        "Qatar holds first Shura Council election amid row over tribal voting rights",
        "Qataris voted on Saturday in the country's first legislative election, choosing 30 members of "
        "the 45-seat Shura Council, with the rest appointed by the Emir. Turnout was 63.5 per cent, "
        "the Interior Ministry said. No women were elected among the 26 female candidates. The "
        "vote was preceded by a rare public row over an electoral law that excluded some members of "
        "the Al Murrah tribe from running because their families were not present in the country "
        "before 1930. A handful of people were detained over social media posts criticising the law. "
        "The council will be able to question ministers and approve the budget, but foreign and "
        "defence policy remain with the Emir. Voters said the election was a first step. Political "
        "parties remain banned. Candidates campaigned in majlis tents and on Instagram, promising better housing, jobs for young Qataris and more say for citizens. The Emir is expected to appoint the remaining 15 members within weeks.",
        "politics",
    ),
    (
        "Idex closes with Dh23bn of arms deals for UAE Armed Forces",
        "The UAE's Tawazun Council signed deals worth Dh23.3 billion on the final day of the "
        "International Defence Exhibition in Abu Dhabi on Friday, bringing the total for the five-day "
        "show to record levels. Local company Edge won the largest share of contracts, including "
        "orders for guided munitions, armoured vehicles and drones. Foreign suppliers from France, "
        "China and South Korea also signed agreements, among them an air-defence system and "
        "maintenance for the Mirage fleet. More than 1,350 exhibitors from 65 countries took part, "
        "organisers said. A live demonstration featured Emirati special forces storming a mock "
        "village with helicopters and armoured cars, to applause from the grandstand. Military "
        "delegations from Africa and Asia toured the halls. The next edition of the show will be held "
        "in 2025.",
        "military",
    ),
    (
        "National service extended to 16 months for Emirati men",
        "The UAE will extend compulsory national service for Emirati men with secondary school "
        "certificates from 12 months to 16 months, the Supreme Council of the Armed Forces said on "
        "Sunday. The service for those without a high school diploma remains at three years. The "
        "change comes into force for the next intake, the council said, and is intended to build "
        "loyalty, discipline and a sense of responsibility among young nationals. National service "
        "became mandatory in 2014, and women can volunteer to serve. Recruits spend their first months "
        "at training camps in Seih Hafeer and Sweihan before joining army, navy or air force units. "
        "Graduates have been offered priority in government jobs. Parents interviewed at a mall in Abu "
        "Dhabi said the longer service would delay university plans. The council said exemptions for "
        "only sons would remain.",
        "military",
    ),
    (
        "Revolutionary Guards fire missiles at mock carrier in Strait of Hormuz drill",
        "Iran's Revolutionary Guards fired anti-ship missiles and swarmed a replica of a US aircraft "
        "carrier with speedboats on Tuesday during a large naval exercise near the Strait of Hormuz, "
        "state television reported. Footage showed missiles striking the mock-up and divers attaching "
        "explosives to its hull. Commanders said the drill, codenamed Great Prophet, was a message to "
        "the United States and its allies. The US Navy's Fifth Fleet said the exercise was "
        "irresponsible but did not disrupt shipping. Drones also dropped bombs on targets on Qeshm "
        "Island. About a fifth of the world's oil passes through the strait. Analysts at the "
        "International Institute for Strategic Studies in Bahrain said the exercise was aimed at a "
        "domestic audience as much as foreign ones. The manoeuvres will continue for three days.",
        "military",
    ),
    (
        "Trump signs $142 billion arms package in Riyadh",
        "US President Donald Trump and Crown Prince Mohammed bin Salman signed a package of defence "
        "agreements worth nearly $142 billion in Riyadh on Tuesday, which the White House called the "
        "largest arms deal in history. The package covers air and missile defence, air force "
        "modernisation, maritime security and communications, and more than a dozen US defence firms "
        "are involved. Saudi Arabia also pledged $600 billion of investment in the United States. "
        "Analysts said the deal included training for Saudi forces and could pave the way for the "
        "kingdom to buy F-35 fighter jets. The visit opened a Gulf tour that took Mr Trump to Doha and "
        "Abu Dhabi. A Saudi-US investment forum in Riyadh was attended by the heads of Nvidia, "
        "BlackRock and Amazon. Defence shares rose in New York after the announcement.",
        "military",
    ),
    (
        "Saudi Arabia and Pakistan sign mutual defence pact",
        "Saudi Arabia and Pakistan signed a strategic mutual defence agreement in Riyadh on Wednesday, "
        "under which any aggression against either country will be considered an attack on both, the "
        "Saudi Press Agency said. The pact was signed by Crown Prince Mohammed bin Salman and "
        "Pakistan's Prime Minister Shehbaz Sharif at Al Yamamah Palace. Officials said it formalised "
        "decades of military co-operation, including Pakistani troops stationed in the kingdom for "
        "training. It came a week after an Israeli strike in Doha shook confidence in existing "
        "security arrangements across the Gulf, analysts said. A Saudi official said the agreement "
        "was not a response to specific countries or events. Pakistan's army chief Field Marshal Asim "
        "Munir attended the ceremony. Analysts in Islamabad said the pact could bring Saudi investment "
        "in Pakistan's defence industry.",
        "military",
    ),
    (
        "US carrier sails through Hormuz as Iranian boats keep watch",
        "The aircraft carrier USS Abraham Lincoln sailed through the Strait of Hormuz on Thursday, "
        "shadowed at a distance by fast boats of Iran's Revolutionary Guards, the US Navy said. The "
        "transit passed without incident, a Fifth Fleet spokesman said, and the Iranian boats "
        "maintained a safe distance. The carrier group includes a guided-missile cruiser and two "
        "destroyers. Ship captains in the strait have reported growing interference with satellite "
        "navigation signals, with some vessels appearing on tracking maps as if they were inland. The "
        "UK Maritime Trade Operations centre advised masters to report any jamming. Iranian state media "
        "broadcast drone footage of the carrier. The Navy said it would continue to fly, sail and "
        "operate wherever international law allows. Insurers said the jamming had not changed the premiums charged for Gulf voyages.",
        "military",
    ),
    (
        "UAE falls silent to honour its martyrs on Commemoration Day",
        "The UAE observed a minute's silence at 11.30am on Thursday to honour soldiers, police and "
        "civilians who died in the service of the country, as flags flew at half mast on government "
        "buildings. At Wahat Al Karama, the memorial in Abu Dhabi made of 31 leaning tablets, Sheikh "
        "Mohamed bin Zayed laid a wreath alongside families of the fallen. Commemoration Day was first "
        "held in 2015 and marks the death of Salem Suhail bin Khamis, the first Emirati to die in "
        "uniform, in 1971. Schools held assemblies where pupils read poems written for the occasion. "
        "Families of soldiers killed in Yemen shared photographs on social media. In Dubai, "
        "residents stopped their cars on Sheikh Zayed Road during the silence. The day is a public "
        "holiday and is now part of the National Day celebrations that follow it.",
        "history",
    ),
    (
        "Thirty years on, Kuwaitis remember the burning oilfields",
        "Kuwait marked 30 years since its liberation from Iraqi occupation on Friday, with the Covid-19 "
        "pandemic forcing organisers to cancel the usual parades along the Gulf Road. Many Kuwaitis "
        "shared memories of the seven months of occupation and of the oil fires that burned for most "
        "of 1991 after retreating Iraqi troops set more than 600 wells alight. Firefighters from "
        "Texas, Canada and Iran took until November of that year to put out the last of them. The "
        "Kuwait Oil Company has opened a small museum at Ahmadi with equipment used to cap the wells. "
        "The Amir said the country would never forget the martyrs who died in the occupation. Families "
        "are still searching for the remains of more than 300 people who went missing. Buildings "
        "across Kuwait City were lit up in the colours of the flag.",
        "history",
    ),
    (
        "Forty years after the siege of the Grand Mosque",
        "On November 20, 1979, the first day of the Islamic year 1400, hundreds of armed men led by "
        "Juhayman Al Otaybi seized the Grand Mosque in Mecca and held it for two weeks. Saudi forces, "
        "helped by French advisers, fought their way through the mosque's basements before the "
        "gunmen surrendered. Officially, 127 soldiers and 117 militants were killed, though "
        "historians believe the true figures were higher. Four decades on, a new book by a Saudi "
        "historian uses interviews with soldiers who took part to reconstruct the operation. The "
        "siege, the author argues, shaped the kingdom's social policies for a generation. Crown Prince "
        "Mohammed bin Salman has said Saudi Arabia is now returning to the moderate Islam that existed "
        "before 1979. The book is on sale in Jarir bookstores and has become a bestseller in Riyadh.",
        "history",
    ),
    (
        "A year after the Musaffah attack, families keep the memory alive",
        "A year after drones and missiles struck fuel tankers in Abu Dhabi's Musaffah industrial area, "
        "the families of the three men who died say they are still coming to terms with their loss. "
        "The widow of one of the victims, a driver from Punjab, said the UAE government had paid for his "
        "children's schooling and found her a job. The attack, claimed by the Houthis, was the first "
        "deadly strike on Emirati soil in the Yemen conflict. Since then a UN-brokered truce has largely "
        "held, and no further attacks on the UAE have been reported. ADNOC colleagues held a small "
        "ceremony at the depot this week. The company has added new fire barriers and shelters at the "
        "site. Residents of nearby labour camps said life had long returned to normal. One colleague "
        "said he still looked up at the sky when he heard a plane.",
        "history",
    ),
    (
        "Dhofar veterans gather in Salalah, 50 years after the war's end",
        "Some 200 veterans of the Dhofar war gathered in Salalah on Thursday to mark 50 years since "
        "Sultan Qaboos declared the end of the rebellion in southern Oman. Omani, British, Jordanian "
        "and Iranian soldiers fought the Marxist-led insurgents in the mountains of Dhofar from 1965 "
        "until 1975. Several former fighters of the rebel front, who were later pardoned and joined "
        "the government, also attended. A new exhibition at the Museum of the Frankincense Land shows "
        "photographs, weapons and letters from the campaign. Historians say the war's end allowed the "
        "sultan to focus on building roads, schools and hospitals. Veterans laid wreaths at the "
        "monument in Taqah. The ministry of culture said it plans to record the testimonies of "
        "surviving veterans. Many of the men, now in their seventies and eighties, embraced old comrades they had not seen in decades. A documentary film about the campaign will be broadcast on Oman TV next month.",
        "history",
    ),
    (
        "Nakba drama Farha draws tears at Red Sea Film Festival",
        "Farha, Jordanian director Darin J Sallam's debut feature about a 14-year-old girl who hides "
        "in a storeroom as her village is overrun in 1948, received a long standing ovation at the Red "
        "Sea International Film Festival in Jeddah. The film, shot in Jordan, depicts the killing of a "
        "family that the girl witnesses through a crack in the door. Israeli officials later "
        "criticised Netflix for picking up the film, and Sallam said a campaign of negative reviews "
        "had followed. Karam Taher, who plays Farha, said she hoped audiences would learn about a "
        "history that their grandparents lived. The festival, in its first edition, screened 138 "
        "films from 67 countries in the old town of Al Balad. Jordan has chosen the film as its entry "
        "for the Academy Awards. Sallam said the story was based on an account told to her mother by a woman who had lived through those days in Syria.",
        "entertainment",
    ),
    (
        "Yemeni author's war novel wins Sharjah Book Fair prize",
        "A Yemeni novelist has won the best Arabic novel award at the Sharjah International Book Fair "
        "for a book set in Taiz during the first years of the war. The story follows a schoolteacher "
        "who keeps a diary as his street is divided between rival fighters. Jurors said the book "
        "avoided slogans and gave a voice to ordinary people caught between the front lines. The "
        "author, who now lives in Cairo, said he had written much of the novel on his phone during "
        "power cuts. The prize is worth Dh200,000. This year's fair, at Expo Centre Sharjah, has "
        "drawn more than 2,000 publishers from 108 countries. Translation rights have already been "
        "sold to publishers in French and English. The fair runs until Sunday. The novel was first published by a small house in Beirut and had sold only a few hundred copies before the award. A Saudi production company has bought the rights to adapt it for television.",
        "entertainment",
    ),
    (
        "Photographs of Beirut's civil war go on show in Sharjah",
        "An exhibition of photographs from Lebanon's civil war has opened at the Sharjah Art "
        "Foundation, bringing together more than 300 images from the archives of press photographers "
        "who worked in Beirut between 1975 and 1990. Many show the Green Line that divided the city, "
        "with militiamen posing in the ruins of the downtown hotels. Some of the photographers were "
        "killed or kidnapped during the war, and their families lent prints and negatives. The "
        "curator said the aim was not to shock but to show how people lived through 15 years of "
        "fighting. Visitors from Lebanon's large community in the UAE said some scenes were painful "
        "to see. The foundation has also organised talks with surviving photographers. The show runs "
        "until March and entry is free. A section of the show is devoted to daily life, with pictures of weddings, beaches and football matches taken during lulls. A catalogue in Arabic and English has been published with the exhibition.",
        "entertainment",
    ),
    (
        "Dubai Police seize 13 million Captagon pills hidden in lemon crates",
        "Dubai Police have seized more than 13 million Captagon pills hidden inside a shipment of "
        "lemons at Jebel Ali port, in one of the largest drug hauls in the emirate's history. Six men "
        "were arrested in an operation that lasted several weeks, police said. The pills, with an "
        "estimated street value of Dh1 billion, had been concealed inside plastic lemons packed among "
        "real fruit. Officers used scanners and sniffer dogs to find the hidden cargo. Lt Gen Abdullah "
        "Khalifa Al Marri, the Dubai Police commander-in-chief, said the force would continue its war "
        "on drugs and its attack on the networks that supply them. The gang was planning to "
        "re-export the pills to another country in the region, officers said. Captagon, an "
        "amphetamine, is widely used in the Gulf. The suspects have been referred to prosecutors.",
        "crime",
    ),
    (
        "Dutch drug lord Ridouan Taghi arrested in Dubai",
        "Ridouan Taghi, one of the most wanted men in Europe, has been arrested in Dubai and will be "
        "handed over to the Netherlands, Dubai Police said on Monday. The 41-year-old is accused of "
        "leading a drug trafficking network and of ordering a string of murders in the Netherlands. "
        "Police said he was traced after months of surveillance by an Emirati team working with Dutch "
        "investigators. He had been living in a villa and using a false passport. Lt Gen Abdullah "
        "Khalifa Al Marri said his force would not allow Dubai to become a haven for criminals. Dutch "
        "officials thanked the UAE for its co-operation. Taghi was flown to the Netherlands days later "
        "on a Dutch government plane. His trial, which opened in Amsterdam, has been held under heavy "
        "security. The Netherlands and the UAE signed an extradition treaty in 2021, and several other suspects have since been sent back. Dubai has become a frequent destination for fugitives because of its flights and its property market, critics say.",
        "crime",
    ),
    (
        "Man jailed for life for killing flatmate in Sharjah row over rent",
        "A man has been sentenced to life in prison by the Sharjah Criminal Court for stabbing his "
        "flatmate to death during a row over unpaid rent. The court heard that the two men, both Asian "
        "nationals, had shared a room in the Industrial Area for about a year. Prosecutors said the "
        "defendant attacked the victim with a kitchen knife after the victim refused to pay his share "
        "of the monthly Dh1,400 rent. Other residents of the building called police after hearing "
        "screams. The victim died from his wounds in hospital. The defendant told the court he had acted "
        "in self-defence, a claim the judge rejected. He will be deported after serving his sentence. "
        "The family of the victim waived its right to blood money. A forensic report said the victim had suffered three stab wounds to the chest. The defendant's lawyer said he would consider an appeal.",
        "crime",
    ),
    (
        "Iran seizes foreign tanker for 'fuel smuggling' in the Gulf",
        "Iran's Revolutionary Guards navy seized a foreign tanker carrying about 2 million litres of "
        "smuggled diesel near Qeshm Island, state media reported on Thursday. The 12 crew members, "
        "whose nationalities were not disclosed, were detained and handed over to judicial "
        "authorities in Hormozgan province. Tehran regularly intercepts small vessels it accuses of "
        "smuggling subsidised fuel out of the country. A provincial judicial official said the ship "
        "had been stopped following a court order. Shipping monitors said the vessel had switched off "
        "its tracking transponder several days earlier. No shots were fired, and the tanker was "
        "escorted to the port of Bandar Abbas. Fuel in Iran is among the cheapest in the world, "
        "making smuggling to neighbouring states highly profitable. Officials in Hormozgan said the cargo would be handed to the National Iranian Oil Products Distribution Company.",
        "crime",
    ),
    (
        "Abu Dhabi court jails members of cell that planned attacks",
        "The Federal Supreme Court in Abu Dhabi sentenced four men to between ten years and life in "
        "prison on Monday for forming a cell that planned attacks on shopping malls and a hotel in "
        "the capital. The court heard that the men had downloaded bomb-making instructions, bought "
        "chemicals and scouted locations, but were arrested before carrying out any attack. "
        "Prosecutors said the cell had sworn allegiance to ISIL online. A fifth defendant was "
        "acquitted. The court ordered the confiscation of the devices seized and the deportation of "
        "two defendants after their sentences. Defence lawyers said their clients had been drawn in "
        "through social media and posed no real threat. The verdicts cannot be appealed. The case was "
        "among several tried by the state security chamber this year.",
        "crime",
    ),
    (
        "Thousands rally peacefully in Kuwait's Irada Square for Gaza",
        "Thousands of people gathered in Irada Square opposite Kuwait's National Assembly on Tuesday "
        "evening in a peaceful rally in solidarity with Palestinians. Demonstrators waved Palestinian "
        "flags, chanted slogans and listened to speeches by MPs and religious figures. The Interior "
        "Ministry had approved the gathering and police directed traffic around the square. Organisers "
        "called on Arab governments to cut ties with Israel and to send aid. Several families brought "
        "children with their faces painted in the colours of the Palestinian flag. The rally ended "
        "around 10pm without incident. Kuwait has long refused to normalise relations with Israel. "
        "Similar gatherings were held at mosques across the country after Friday prayers. Volunteers collected donations for relief campaigns run by the Kuwait Red Crescent Society. A second rally has been called for next week.",
        "protest",
    ),
    (
        "Construction workers down tools over three months of unpaid wages",
        "About 400 construction workers staged a sit-in at their labour camp in Dubai's Al Quoz on "
        "Sunday, refusing to board buses to their site until they received three months of unpaid "
        "wages. The workers, mostly from India, Pakistan and Bangladesh, sat in the courtyard of the "
        "camp and held up handwritten signs. Officials from the Ministry of Human Resources and "
        "Emiratisation arrived in the afternoon and promised that salaries would be paid within a "
        "week. Strikes are illegal in the UAE, but the ministry said the company had been fined for "
        "breaching the Wage Protection System. A company manager said delays in payments from a "
        "developer had caused the shortfall. Police were present but did not intervene. The workers "
        "agreed to return to work on Tuesday. A representative of the workers said most of them sent their salaries home to families and had been borrowing money to buy food.",
        "protest",
    ),
    (
        "Mers cases climb in Jeddah as hospital staff fall ill",
        "Saudi Arabia reported 26 new cases of Middle East respiratory syndrome coronavirus in Jeddah "
        "over the past week, many of them among hospital workers, the Health Ministry said. The outbreak "
        "has raised the number of infections in the kingdom since 2012 to more than 300, of whom about "
        "a third have died. The emergency department of King Fahd Hospital in Jeddah was briefly "
        "closed after several doctors were infected, and some staff resigned rather than treat "
        "patients. King Abdullah replaced the health minister and appointed a new team to handle the "
        "response. The World Health Organization said there was no evidence of sustained "
        "human-to-human transmission in the community. Camels are thought to be the source of the "
        "virus. Officials urged pilgrims heading for Umrah to wear masks.",
        "health",
    ),
    (
        "UAE wins battle to vaccinate half its population against Covid-19",
        "More than half the UAE's population has received at least one dose of a Covid-19 vaccine, the "
        "National Emergency Crisis and Disasters Management Authority said, making it the second "
        "fastest country in the world after Israel to reach that point. More than 7 million doses "
        "have been administered at over 200 centres, including drive-through clinics in Abu Dhabi and "
        "Dubai. Residents can choose between Sinopharm, Pfizer-BioNTech and Sputnik V. Health officials "
        "said the campaign was winning the battle against the virus, although daily case numbers "
        "remain above 2,000. Priority was given to the elderly, people with chronic illnesses and "
        "frontline workers. Abu Dhabi plans to reopen theme parks and cinemas at full capacity once "
        "80 per cent of adults are vaccinated. Vaccinated residents get a gold star on the Al Hosn app, which allows them to enter some events.",
        "health",
    ),
    (
        "Camels disqualified from beauty contest over Botox injections",
        "More than 40 camels have been disqualified from the King Abdulaziz Camel Festival in Saudi "
        "Arabia after judges found that their owners had used Botox and other cosmetic treatments to "
        "make them more attractive, the Saudi Press Agency reported. Inspectors used X-rays and "
        "ultrasound to check the animals for injections, fillers and stretched lips. The festival, held "
        "in the desert north-east of Riyadh, offers prizes worth about $66 million. Judges assess the "
        "shape of the head, neck, humps and lips. The organisers said they would impose heavy "
        "penalties on breeders found to have tampered with their animals. Hundreds of breeders "
        "compete each year. The winning camels can sell for millions of riyals. Veterinarians said some of the treatments could cause the animals lasting harm. The festival also includes camel races, a souq and a heritage village that draws families from across the Gulf.",
        "other",
    ),
    (
        "From a refugee camp to Dubai's start-up scene",
        "When Ahmad Al Hassan arrived in Dubai in 2015 with a laptop and a small suitcase, he had spent "
        "three years in a refugee camp in Jordan after fleeing Syria as a teenager. Today his "
        "logistics app, which connects small shops with delivery drivers, employs 120 people and has "
        "just raised $18 million in a funding round led by a Saudi venture fund. He says the camp "
        "taught him to solve problems with very little. The company now operates in the UAE, Saudi "
        "Arabia and Egypt and plans to expand to Morocco next year. He still sends part of his "
        "salary to a school in Zaatari. Investors say his team is one of the fastest growing in the "
        "region. He received a Golden Visa last year. His first office was a shared desk in a co-working space in Dubai Silicon Oasis, where he slept on a sofa for several months. He now mentors young founders from Syria, Sudan and Yemen through a programme run by the Dubai Chamber.",
        "other",
    ),
    (
        "Hackers plant fake remarks on Qatar News Agency website",
        "Qatar said on Wednesday that hackers had broken into the website of the state-run Qatar News "
        "Agency and published false remarks attributed to the Emir, Sheikh Tamim bin Hamad, that "
        "appeared to praise Iran and criticise Gulf neighbours. The government said the statement was "
        "fabricated and that it had opened an investigation with the help of the FBI. Despite the "
        "denial, television channels in Saudi Arabia and the UAE broadcast the remarks through the "
        "night. The agency's Twitter account was also compromised. Officials in Doha said the attack "
        "was a cyber crime and a shameful act. Analysts said the episode had deepened tensions within "
        "the Gulf Co-operation Council. Several websites of Qatari media outlets were later blocked in "
        "neighbouring countries. US investigators later said they believed the hack had been arranged from the UAE, which Abu Dhabi denied.",
        "other",
    ),
]
