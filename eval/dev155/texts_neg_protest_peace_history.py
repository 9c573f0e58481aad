"""dev155 hard negatives: peaceful marches, strikes and sit-ins, talks and truces, anniversaries
and exhumations (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Hundreds of thousands march in defence of public universities in Buenos "
        "Aires and across Argentina",
        "BUENOS AIRES (La Nación) - Hundreds of thousands of students, teachers, "
        "rectors and parents marched on Tuesday in Buenos Aires and other "
        "Argentine cities in defence of public universities, in one of the largest "
        "demonstrations since President Javier Milei took office. The main march "
        "left the University of Buenos Aires' medical school in the afternoon and "
        "filled the Plaza de Mayo, where student leaders read a document demanding "
        "that the government update university budgets frozen at last year's "
        "levels despite triple-digit inflation. Opposition politicians, union "
        "leaders and several governors joined the march, which ended without "
        "incident, according to the city police. Milei, who has called public "
        'universities centres of "indoctrination", posted a cartoon on social '
        'media of a lion drinking the tears of "leftists". The government said it '
        "had already increased funds for operating costs and accused opposition "
        "parties of using students for political purposes. Organisers said more "
        "than 800,000 people took part nationwide. Rectors warned that some "
        "universities would not be able to finish the year. In Córdoba, Rosario, "
        "Mendoza and La Plata, tens of thousands also marched, carrying banners "
        'that read "The university is not for sale". Classes were suspended in '
        "many faculties for the day.",
        "protest",
    ),
    (
        "Lima transport strike against extortion paralyses half the capital's bus routes",
        "LIMA (El Comercio) - Bus and minibus drivers in Lima and Callao went on "
        "strike on Thursday to demand that the government do more to stop the "
        'extortion gangs that charge them daily "fees" and kill those who refuse '
        "to pay, leaving about half of the capital's routes without service. "
        "Thousands of people walked to work or crowded into the few buses that "
        "were running, and many schools and universities switched to online "
        "classes. Drivers parked their vehicles along the Vía Expresa and marched "
        "to Congress, where they asked legislators to repeal a law they say makes "
        "it harder to prosecute organised crime. Transport unions say at least a "
        "dozen drivers have been killed this year by gunmen working for extortion "
        "networks. The march was peaceful, the police said, though officers "
        "blocked access to the Congress building. Interior Minister Juan José "
        'Santiváñez said the government was already fighting a "war against '
        'extortion" and called the strike political. Shopkeepers and market '
        "traders joined the protest in some districts. Union leaders threatened an "
        "indefinite strike if there was no response.",
        "protest",
    ),
    (
        "Indigenous authorities of 48 Cantones keep vigil outside Public Ministry for third week",
        "GUATEMALA CITY (Prensa Libre) - Indigenous authorities from the 48 "
        "Cantones of Totonicapán and other communities entered their third week of "
        "a sit-in outside the headquarters of the Public Ministry on Monday, "
        "demanding the resignation of Attorney General Consuelo Porras over her "
        "office's actions against the electoral process. Dozens of people wrapped "
        "in blankets sleep under tarpaulins on the avenue outside the building, "
        "and supporters bring food and firewood every morning. The protest began "
        "as part of a wave of road blockades across the country, most of which "
        "were lifted last week after negotiations with the government of President "
        "Alejandro Giammattei. Leaders of the 48 Cantones said they would not "
        "leave until Porras steps down and the results of the August election are "
        "respected. Traders in the area said their sales had fallen but several "
        "expressed support for the protesters. Police officers watched from a "
        "distance and no incidents were reported. President-elect Bernardo Arévalo "
        "visited the sit-in on Sunday and thanked the authorities for their "
        '"peaceful resistance". The Public Ministry said the protest would not '
        "change its work.",
        "protest",
    ),
    (
        "Indigenous minga arrives in Bogotá after 10-day journey from Cauca, camps "
        "at national university",
        "BOGOTÁ (El Espectador) - About 7,000 indigenous people from Cauca arrived "
        "in Bogotá on Sunday night in a caravan of buses, known as chivas, after a "
        "ten-day journey from the south-west, to demand a meeting with the "
        "president on the killings of social leaders in their territories. The "
        "minga, as the collective mobilisation is called, was welcomed at the "
        "Universidad Nacional, where it set up camp in the sports fields. On "
        "Monday the marchers walked to the Plaza de Bolívar carrying their "
        "indigenous guard's wooden staffs, in a march that the city government "
        "described as peaceful and orderly. Mayor Claudia López said the city had "
        "offered food, health care and sanitation. The leaders of the Regional "
        "Indigenous Council of Cauca (CRIC) said they wanted the government to "
        "respect the 2016 peace agreement and guarantee their lives, after dozens "
        "of leaders and guards were killed in the department this year. The "
        "president's office said he would not meet the minga in the square but "
        "offered a meeting at the palace. The marchers decided to stay in Bogotá "
        "until Wednesday.",
        "protest",
    ),
    (
        "ELN and government extend bilateral ceasefire by six months at end of Caracas round",
        "CARACAS (El Tiempo) - The Colombian government and the ELN guerrilla "
        "agreed on Monday to extend their bilateral ceasefire for another six "
        "months, at the end of the sixth round of peace talks in Caracas, the two "
        "delegations announced in a joint statement. The ceasefire, which began in "
        "August, will now run until next August, and a monitoring mechanism "
        "including the United Nations and the Catholic Church will continue to "
        "verify compliance. The ELN also agreed to suspend kidnappings for ransom, "
        "one of the main obstacles to the talks, while the government committed to "
        "a fund to finance the process. Government negotiator Vera Grabe said the "
        'agreement was "a signal of trust" and that the two sides would now '
        "discuss the participation of society in the process. The ELN's chief "
        "negotiator, Pablo Beltrán, said the guerrilla expected the government to "
        "keep its promises on social programmes in conflict regions. The talks are "
        "hosted by Venezuela, Cuba, Norway, Mexico, Chile and Brazil. The next "
        "round will take place in Havana in March.",
        "peace",
    ),
    (
        "Buenaventura's Shottas and Espartanos sign new truce as homicides fall in the port",
        "BUENAVENTURA (InSight Crime) - The two gangs that have divided "
        "Buenaventura's neighbourhoods for years, the Shottas and the Espartanos, "
        "agreed to extend their truce for another six months in a ceremony at the "
        "port's cathedral on Friday, with the participation of the Catholic Church "
        "and the government's peace commissioner. Homicides in the port fell by "
        "more than half in the year since the gangs first agreed to stop killing "
        "each other, according to the city's police, although residents say "
        "extortion of shopkeepers and boat owners continues. The agreement commits "
        "the gangs to stop forced recruitment of minors and to allow residents to "
        "move freely between neighbourhoods, a measure known locally as ending the "
        '"invisible borders". The national government has included the gangs in '
        'its "total peace" policy, which offers urban groups reduced sentences in '
        "exchange for disarmament, although Congress has not yet passed the law "
        "needed to make that possible. Critics say truces allow gangs to "
        "strengthen their grip on the territory. The mayor said the challenge now "
        "was to offer jobs to the young men who leave the gangs. The church's "
        'bishop called the truce "a first step".',
        "peace",
    ),
    (
        "Maduro and Ali agree not to use force over Essequibo after meeting in St Vincent",
        "KINGSTOWN (AFP) - The presidents of Venezuela and Guyana agreed on "
        "Thursday that neither country would threaten or use force against the "
        "other in their dispute over the Essequibo region, after a meeting in St "
        "Vincent and the Grenadines that eased tensions raised by a Venezuelan "
        "referendum on annexing the territory. In a joint declaration, Nicolás "
        "Maduro and Irfaan Ali said they would resolve the controversy in "
        "accordance with international law and set up a joint commission of "
        "foreign ministers and technical experts. Guyana insisted that the dispute "
        "must be settled by the International Court of Justice, which Venezuela "
        "does not recognise. The meeting was mediated by the leaders of St Vincent "
        "and Dominica, with Brazil's president represented by his chief adviser. "
        "The Essequibo, a sparsely populated region rich in oil and minerals, "
        "makes up about two-thirds of Guyana's territory. Venezuela's government "
        "had announced plans to create a new state in the region after the "
        "referendum. The two presidents shook hands at the start of the talks.",
        "peace",
    ),
    (
        "Argentina marks 42 years since the Malvinas war with a vigil in Ushuaia "
        "and calls to renew sovereignty claim",
        "USHUAIA (Clarín) - Thousands of people gathered in Ushuaia on the night "
        "of 1 April for the traditional vigil marking the anniversary of the "
        "landing of Argentine troops on the Malvinas Islands in 1982, the start of "
        "the war with Britain that left 649 Argentine dead. Veterans, relatives of "
        "the fallen and residents marched with torches to the monument to the "
        "fallen at the port, where they sang the national anthem at midnight. On "
        "Tuesday President Javier Milei led the official ceremony at the cenotaph "
        "in Buenos Aires' Plaza San Martín, where he said Argentina would seek to "
        "recover the islands by diplomatic means. Veterans' organisations "
        "criticised recent statements by members of the government praising "
        "Margaret Thatcher. The 74-day war ended with Argentina's surrender on 14 "
        "June 1982. The Falkland Islands, as Britain calls them, held a referendum "
        "in 2013 in which almost all voters chose to remain a British overseas "
        "territory. Schools across the country held activities in memory of the "
        "veterans.",
        "history",
    ),
    (
        "Chile marks 50 years since Pinochet's coup amid a divided political climate",
        "SANTIAGO (Reuters) - Chile marked on Monday the 50th anniversary of the "
        "coup that brought General Augusto Pinochet to power, with a ceremony at "
        "the La Moneda palace where President Gabriel Boric warned against "
        "relativising the human rights violations committed during the "
        "dictatorship. On 11 September 1973, air force jets bombed La Moneda, and "
        "President Salvador Allende took his own life as troops stormed the "
        "building. More than 3,000 people were killed or disappeared during the "
        "17-year dictatorship, and tens of thousands were tortured, according to "
        "official commissions. Boric was joined by the presidents of Mexico, "
        "Colombia, Argentina, Bolivia and Uruguay, but right-wing parties stayed "
        "away and signed a separate declaration. Polls published in recent weeks "
        "showed that a growing share of Chileans believe the military had reasons "
        "to take power. On Sunday, thousands of people marched to the memorial to "
        "the disappeared in the General Cemetery, carrying photographs of their "
        "relatives. Boric, who was born in 1986, called on Chileans to agree that "
        "democracy is always better than dictatorship, and read out the names of "
        "some of the people who died in the palace. The government has launched a "
        "national search plan to find out what happened to the more than 1,000 "
        "people who remain disappeared. Allende's granddaughter, Maya Fernández, "
        "the defence minister, attended the ceremony. Relatives of the disappeared "
        "held a candlelit vigil outside La Moneda on Sunday night.",
        "history",
    ),
    (
        "El Mozote: forensic teams return to exhume remains as trial over 1981 massacre resumes",
        "SAN SALVADOR (El Faro) - Forensic anthropologists began a new phase of "
        "exhumations this week in the hamlets around El Mozote, in the department "
        "of Morazán, where an army battalion killed nearly 1,000 civilians, most "
        "of them women and children, in December 1981, during El Salvador's civil "
        "war. The team, which includes Argentine experts, is working at sites "
        "identified by survivors in La Joya and Los Toriles, where families "
        "believe dozens of relatives were buried in common graves. The exhumations "
        "are part of the trial of former senior military officers for the "
        "massacre, which was reopened after the amnesty law was declared "
        "unconstitutional in 2016. Survivors and their lawyers complain that the "
        "court has been slow and that the government has refused to open military "
        "archives. The remains will be analysed in a laboratory in San Salvador "
        'and compared with samples from relatives. "I want to bury my mother in '
        'the church, not in a field," said a woman who was a child when the '
        "soldiers arrived. In previous exhumations, experts found the remains of "
        "more than 140 children in the sacristy of the village church, most of "
        "them under 12. The trial judge is expected to hear new witnesses next "
        "month.",
        "history",
    ),
]
