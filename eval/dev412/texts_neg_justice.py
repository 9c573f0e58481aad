"""dev412 negatives, part 1: crime told as crime (searches for the disappeared, the Ayotzinapa
case in court, homicide statistics, extortion, trials and seizures), peaceful protest and peace
agreements."""

NEGATIVES = [
    (
        "Search collective finds a crematorium, shoes and bags at a ranch in Teuchitlán",
        "Members of the Guerreros Buscadores de Jalisco collective found three crematory ovens, "
        "charred bone fragments and hundreds of shoes, backpacks and items of clothing at the "
        "Izaguirre ranch in Teuchitlán, about an hour from Guadalajara, the group said on Wednesday. "
        "The collective, formed by relatives of missing people, entered the property after an "
        "anonymous tip and posted photographs of piles of sneakers and handwritten letters. "
        "According to the state prosecutor's office, the National Guard had raided the ranch six "
        "months earlier and arrested ten armed men, but the site was not fully searched. Relatives "
        "told El Universal they believe the ranch was used by the Jalisco New Generation Cartel to "
        "train forcibly recruited young people and to dispose of bodies. The federal attorney "
        "general's office took over the investigation and said it would review the work of the "
        "state prosecutors. Hundreds of people lined up in Guadalajara to look at photographs of "
        "the belongings in the hope of recognising a relative. Jalisco has more than 15,000 people "
        "registered as missing, the highest number of any state. “The state did not look, so the "
        "mothers did,” said the founder of the collective, Indira Navarro. The Senate called "
        "the federal attorney general to explain why the site had not been secured after the "
        "raid. Forensic experts of the National University said that without proper analysis it "
        "was too early to speak of an extermination camp. On Saturday, collectives across the "
        "country lit candles and laid out pairs of shoes in public squares in a silent protest. "
        "Jalisco's governor promised to strengthen the state forensic service.",
        "crime",
    ),
    (
        "Sonora's searching mothers find eleven graves in a vacant lot of Hermosillo",
        "Hermosillo, Son.— The Madres Buscadoras de Sonora collective located eleven clandestine "
        "graves in a vacant lot on the northern edge of Hermosillo after four days of digging with "
        "shovels and metal rods, its leader Ceci Flores said. The women, who look for sons, "
        "brothers and husbands who went missing in the state, had received a map sent anonymously "
        "to their phones. State forensic teams arrived on the second day and took the remains to "
        "the Forensic Medical Service for identification, which may take months, the state "
        "prosecutor's office said. Flores, whose two sons disappeared in 2015 and 2019, said the "
        "group works without protection even though several of its members have received threats. "
        "The collective has found more than 2,000 bodies and remains since it was founded, "
        "according to its own count. Milenio noted that Sonora registers more than 6,000 missing "
        "people. On Saturday, relatives held a vigil with candles at the site and wrote the names of "
        "their missing on a white sheet. “Each grave is someone's child,” said one of the mothers. "
        "The state prosecutor promised to expand the DNA database in the coming months.",
        "crime",
    ),
    (
        "Judge frees eight soldiers accused in the Ayotzinapa case to face trial at liberty",
        "A federal judge in Tamaulipas allowed eight soldiers accused of involvement in the "
        "disappearance of the 43 students of the Ayotzinapa teachers' college to continue their "
        "trials outside prison, the federal judiciary said. The judge considered that the charges "
        "of organised crime did not justify keeping them in pre-trial detention, according to "
        "documents cited by La Jornada. The parents of the students called the decision “a slap in "
        "the face” and said they would appeal. Lawyers for the families said at least 120 people "
        "have been arrested since 2014 but very few have been convicted, and that the remains of "
        "only three students have been identified. Former attorney general Jesús Murillo Karam, "
        "who presented the so-called historical truth, remains under house arrest for health "
        "reasons. The Defence Ministry said it respected the decision of the court. The special "
        "prosecutor for the case has changed three times in two years, Proceso recalled. The "
        "president promised the parents a new meeting in the National Palace before the anniversary "
        "in September. The case has become one of the most closely watched trials in the "
        "country since the 2014 night in Iguala, when the students were detained by local police "
        "after seizing buses. Experts of the Inter-American Commission on Human Rights who worked "
        "on the case left Mexico saying the army had not handed over all its documents. The "
        "Defence Ministry denies withholding information.",
        "crime",
    ),
    (
        "Homicides fall by a quarter in the first half of the year, according to official figures",
        "Intentional homicides in Mexico fell by 25.3% in the first six months of the year compared "
        "with the same period of last year, according to figures of the executive secretariat of "
        "the National Public Security System published on Monday. The daily average went from 86.9 "
        "victims to 64.9, the security secretary said at the president's morning press conference. "
        "Guanajuato, Chihuahua, Baja California and the State of Mexico accounted for almost "
        "forty percent of the killings. Analysts consulted by El Financiero warned that the "
        "figures do not include a growing number of disappearances and bodies found in graves, and "
        "that some state prosecutors were reclassifying homicides as other crimes. The civic group "
        "México Evalúa said that the drop was real in several states but that cities such as "
        "Celaya, Ciudad Obregón and Colima still had rates comparable to those of the world's most "
        "violent cities. The security cabinet attributed the decline to more arrests, with more "
        "than 25,000 people detained for high-impact crimes since October. Opposition legislators "
        "called for an independent audit of the figures. The secretariat's data show that "
        "feminicides fell by about a tenth, while reports of extortion rose to a record for a "
        "first half. Kidnapping, vehicle theft and robbery on public transport also declined, "
        "according to the report. In Mexico City, the head of government said her administration "
        "had recorded the lowest number of homicides since 2016. The Causa en Común organisation "
        "counted more than 2,500 atrocities, such as mutilations and massacres, reported in the "
        "press during the same period. Researchers at the Colegio de México said the national "
        "rate remained about twice the level of the early 2000s.",
        "crime",
    ),
    (
        "Bus driver shot dead for refusing to pay extortion; transport lines stop in Toluca",
        "Public transport operators in Toluca and Metepec halted service on Tuesday after a bus "
        "driver was shot dead at the end of his route in San Pablo Autopan, in what his colleagues "
        "said was punishment for not paying the weekly fee demanded by extortionists. The driver, a "
        "man of 42, was attacked by two men on a motorcycle who fled after firing several times, "
        "according to the State of Mexico prosecutor's office. Transport companies said criminals "
        "charge each driver between 500 and 1,500 pesos a week and that four drivers have been "
        "killed on the routes of the valley of Toluca this year. Hundreds of commuters walked to "
        "work or waited hours for taxis, Milenio reported. The state security ministry said "
        "patrols would accompany the buses at terminals and that an anti-extortion unit had been "
        "assigned to the case. Transport leaders said they would resume service on Wednesday but "
        "warned that “the war against extortion is being lost on the street.” Congress is debating a "
        "reform that would allow extortion to be prosecuted without a formal complaint from the "
        "victim.",
        "crime",
    ),
    (
        "Two tourists wounded in a shooting at a bar in Cancún's hotel zone",
        "Two foreign tourists and a waiter were wounded early on Sunday when a man opened fire "
        "inside a bar in the hotel zone of Cancún, the Quintana Roo prosecutor's office said. "
        "According to the prosecutor, the attacker was aiming at a local drug dealer who was "
        "drinking at the bar, and the tourists, a Canadian couple, were hit by stray bullets. The "
        "intended target was unhurt and fled before police arrived. A suspect was arrested hours "
        "later in the Región 94 district, El Universal reported. The state government said the "
        "shooting was linked to disputes between small drug-dealing gangs over sales in nightclubs "
        "and was not aimed at visitors. Hotel associations said occupancy in the resort remained "
        "above eighty percent and that cancellations had been minimal. The Canadian embassy said it "
        "was providing consular assistance. Tourism officials recalled that the federal government "
        "had deployed a tourism security unit of the National Guard to the Caribbean coast two "
        "years ago. Bar owners asked for more patrols at closing time.",
        "crime",
    ),
    (
        "Navy officers among fourteen arrested for fuel smuggling through Tampico and Manzanillo",
        "Federal prosecutors arrested fourteen people, among them a rear admiral, two navy officers, "
        "customs officials and businessmen, accused of running a network that imported fuel "
        "illegally declared as lubricants through the ports of Tampico and Manzanillo, the Navy "
        "secretary announced. The scheme, known in the press as “fiscal huachicol,” avoided "
        "billions of pesos in taxes, according to the finance ministry. The case came to light "
        "after a tanker with ten million litres of diesel was seized in Tampico in March, Reforma "
        "reported. The Navy secretary said the institution would not protect anyone and that two "
        "other officials linked to the network had died in unclear circumstances, which were being "
        "investigated. The president said the arrests were proof of a “frontal war on corruption” "
        "in customs, which the Navy has run since 2021. Fuel importers said the illegal trade had "
        "distorted prices at petrol stations in the north of the country. The accused will be "
        "tried in a federal court in the Altiplano prison.",
        "crime",
    ),
    (
        "El Mayo Zambada pleads guilty in a Brooklyn court and apologises to victims",
        "Ismael “El Mayo” Zambada García, co-founder of the Sinaloa cartel, pleaded guilty on "
        "Monday in a federal court in Brooklyn to charges of drug trafficking and running a "
        "criminal enterprise, and apologised to the victims of his crimes, the US Justice "
        "Department said. Zambada, 77, admitted that he had paid bribes to politicians, police and "
        "military officers in Mexico for decades to move cocaine and other drugs to the United "
        "States, according to the transcript cited by El Financiero. Judge Brian Cogan set the "
        "sentencing for January; he faces life in prison. Zambada was taken to the United States "
        "in a private plane in July of last year along with Joaquín Guzmán López, who he says "
        "kidnapped him. The Mexican government said it would review the statements about bribes "
        "to Mexican officials and asked Washington for the evidence. The US attorney general said "
        "the plea was a blow to a cartel her government has designated as a terrorist organisation. "
        "Zambada's lawyer said his client had accepted responsibility because of his age and "
        "health.",
        "crime",
    ),
    (
        "Kidnapping gang dismantled in Puebla; victims were held for ransom in a safe house",
        "Puebla police and federal agents freed three people held in a safe house in the south of "
        "Puebla city and arrested five members of a gang that kidnapped shopkeepers and demanded "
        "ransoms of up to two million pesos, the state attorney general's office said on Thursday. "
        "The gang chose victims who owned small businesses in the central market, followed them for "
        "weeks and intercepted them on their way home, according to investigators. The families of "
        "two of the victims had already paid part of the ransom. One of those freed, a grocer of "
        "58, had been held for eleven days. Investigators said the gang had committed at least "
        "nine kidnappings since last year and that its leader was a former municipal police "
        "officer. Anti-kidnapping groups told Milenio that kidnapping for ransom had fallen "
        "nationally but that “express” kidnappings and virtual kidnappings by phone were on the "
        "rise. The five suspects were placed in pre-trial detention. Prosecutors asked other "
        "possible victims to come forward.",
        "crime",
    ),
    (
        "Navy dismantles a fentanyl laboratory in the Sinaloa mountains without firing a shot",
        "Navy marines dismantled a clandestine laboratory producing fentanyl and methamphetamine in "
        "the mountains of Cosalá, Sinaloa, and seized almost a tonne of finished product and "
        "several tonnes of chemical precursors, the Navy secretary said. The site, hidden under "
        "camouflage nets in a ravine, had been abandoned by its operators when the marines arrived, "
        "and no arrests were made, according to a statement. Officials told El Universal it was one "
        "of the largest seizures of synthetic drugs in the country's history, worth more than "
        "18 billion pesos on the street. The security cabinet said the discovery was the result of "
        "intelligence work and surveillance with drones over several months. The laboratory had "
        "reactors, condensers and pill presses capable of producing thousands of tablets an hour. "
        "The US ambassador congratulated the Navy on social media, and the president said the "
        "seizure showed that Mexico was fulfilling its commitments on fentanyl. Chemical engineers "
        "from the Navy supervised the destruction of the substances on site, which took three "
        "days.",
        "crime",
    ),
    (
        "CNTE teachers set up camp in the Zócalo against the pension law",
        "Thousands of teachers of the National Coordinating Committee of Education Workers (CNTE) "
        "set up tents in the Zócalo of Mexico City on Thursday and began an indefinite national "
        "strike to demand the repeal of the 2007 law on the state workers' pension institute, "
        "ISSSTE. Teachers from Oaxaca, Chiapas, Guerrero, Michoacán and Zacatecas arrived in buses "
        "and marched from the Angel of Independence with banners and drums, La Jornada reported. "
        "The march caused traffic jams on Reforma avenue and around the historic centre, but no "
        "incidents were reported. Union leaders said more than 60,000 teachers had stopped work "
        "across the country; the education ministry put the figure much lower. The interior "
        "ministry invited union representatives to talks, and the president said the doors of the "
        "palace were open but that the reform would not be repealed. The traditional book fair "
        "that was to be held in the square was moved. Parents in Oaxaca said their children had "
        "already lost several weeks of classes this school year. In Oaxaca city, Section 22 of "
        "the union blocked the entrances to shopping centres for a few hours. Street vendors in "
        "the Zócalo said their sales had fallen by half since the camp arrived.",
        "protest",
    ),
    (
        "Judicial workers strike and march against the reform that would elect judges by popular vote",
        "Thousands of judicial employees, judges and law students marched in Mexico City, "
        "Guadalajara, Monterrey and Mérida on Sunday against the constitutional reform that would "
        "replace the country's judges and magistrates with ones elected by popular vote, El "
        "Universal reported. The workers, who have been on strike for two weeks, carried signs "
        "reading “Without judges there is no justice” and black balloons. Courts in most states "
        "continue to operate only for urgent matters such as protection orders and detentions. The "
        "protests were peaceful, and the organisers held a minute of silence in front of the "
        "Supreme Court. The ruling coalition, which needs a two-thirds majority, said it would put "
        "the reform to a vote in the Senate in the coming days. Business organisations and the "
        "ambassadors of the United States and Canada have warned that the reform could affect "
        "investment. The president said the strike was “political” and that the reform would "
        "end corruption in the judiciary. Student leaders called another march for the day of the "
        "vote.",
        "protest",
    ),
    (
        "On Mother's Day, mothers of the disappeared march: “There is nothing to celebrate”",
        "Hundreds of women who search for their missing children marched on 10 May from the "
        "Monument to the Mother to the Angel of Independence in Mexico City, carrying photographs, "
        "shovels and banners with the names of their sons and daughters, Milenio reported. The "
        "fourteenth March of National Dignity brought together collectives from Sinaloa, Sonora, "
        "Jalisco, Guanajuato, Veracruz and Tamaulipas. “We do not want flowers, we want them back,” "
        "read one of the banners. The mothers asked the federal government for a national forensic "
        "identification centre that works, and said tens of thousands of bodies lie unidentified "
        "in forensic services and common graves. The march, which was held under heavy rain, "
        "ended without incidents with a rally in which mothers read the names of searchers who "
        "were murdered while looking for their children. Similar marches were held in Culiacán, "
        "Guadalajara and Xalapa. The interior ministry said it would receive a delegation in the "
        "coming week.",
        "protest",
    ),
    (
        "Farmers and truckers block highways in twenty states over corn prices and insecurity on the roads",
        "Corn farmers and transport workers blocked highways and toll booths in at least twenty "
        "states on Monday to demand a guaranteed price for grain and more security on federal "
        "roads, the National Agricultural Front and the National Association of Transporters said. "
        "Tractors and trucks were parked across the Mexico-Querétaro, Mexico-Pachuca and "
        "Guadalajara-Colima highways, leaving queues of several kilometres, El Financiero reported. "
        "The protest leaders said farmers were losing money because imported corn was cheaper, and "
        "that truckers suffer robberies and extortion every day on the roads. The interior "
        "ministry said it had talked to the organisers and that the blockades had been peaceful. "
        "Customs agents said cargo was delayed at the Nuevo Laredo crossing, and several "
        "automakers warned of problems in supplying their plants. By evening, most of the roads "
        "had reopened after officials agreed to a round of talks on Tuesday. The agriculture "
        "minister said a support price of 6,050 pesos per tonne was already on offer.",
        "protest",
    ),
    (
        "Bishops of Guerrero say they met cartel leaders to seek a truce in the Sierra",
        "The four Catholic bishops of Guerrero said they had met leaders of two criminal groups that "
        "dispute the Sierra and Tierra Caliente to ask for a truce that would allow farmers to work "
        "and teachers to return to schools, El Universal reported. The bishop of Chilpancingo-"
        "Chilapa, José de Jesús González, told reporters that the talks had been “a humanitarian "
        "dialogue, not a negotiation,” and that the leaders had listened. The bishops did not "
        "name the groups, but local media identified them as La Familia Michoacana and Los Tlacos. "
        "The president said the Church was free to talk to whoever it wished but that the state "
        "would not make pacts with criminals. Priests in the region said that communities in the "
        "Sierra wanted peace so that they could sell their mezcal and coffee. Academics who study "
        "the region told the paper that past informal truces had lasted only weeks. The bishops "
        "said they would continue the dialogue and would not disclose further details for the "
        "safety of those involved.",
        "peace",
    ),
    (
        "Mixtec communities sign an agreement to end a land dispute of seventy years in Oaxaca",
        "Representatives of the communities of San Juan Mixtepec and Santo Domingo Yosoñama, in "
        "the Mixteca region of Oaxaca, signed an agreement on Friday that defines the boundary of "
        "some 1,700 hectares of land they have disputed for seventy years, the federal agrarian "
        "ministry said. The signing took place in the main square of Tlaxiaco in the presence of "
        "the governor, federal officials and community authorities dressed in traditional clothes. "
        "Under the agreement, the government will pay compensation to the community that gives up "
        "part of the land and finance roads and water projects in both. The dispute has been "
        "marked by confrontations in past decades, La Jornada recalled, and the state government "
        "had listed it among the most serious agrarian conflicts in Oaxaca. “Today we stop being "
        "enemies,” said an elder of Mixtepec. The communities agreed to set up a joint commission "
        "to mark the new boundary with concrete posts. The governor said twenty other agrarian "
        "conflicts in the state were under negotiation.",
        "peace",
    ),
    (
        "Displaced Triqui families return to Tierra Blanca Copala under a reconciliation pact",
        "The first forty Triqui families who had lived in a protest camp outside the Oaxaca "
        "government palace for four years returned to Tierra Blanca Copala on Saturday under an "
        "agreement between their organisation, the rival community authorities and the state "
        "government, the Oaxaca interior secretary said. The families travelled in buses escorted "
        "by state police and were received with a ceremony in the community's church. Under the "
        "pact, the communities agreed to respect each other's authorities, return houses and land, "
        "and settle any dispute before a mediation commission. The government committed to "
        "rebuilding 60 homes and a school and to providing food for six months, Proceso reported. "
        "The families had been forced out in 2020, in a dispute that had divided the Triqui region "
        "for years. “We want our children to grow up in their land,” said one of the women who "
        "returned. Another hundred families are expected to go back in the coming months.",
        "peace",
    ),
]
