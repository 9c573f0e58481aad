"""dev9 texts: analyses, reports, explainers, profiles and features, seven of them with
numbers but no figures; part 3 of 3 of the section headed "texts with numbers but no figures".

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

F(
    "Ten years after Sinjar: what happened to the Yazidis",
    "In {{August 2014}}, fighters of the Islamic State group overran Sinjar in northern Iraq and began a campaign that a UN commission of inquiry later called genocide against the Yazidi minority. "
    "The Kurdistan Regional Government's office for kidnapped Yazidis says [[6,417 Yazidis|kidnapped;a=The Kurdistan Regional Government's office for kidnapped Yazidis]] were abducted, [[3,548|kidnapped;n=-]] of them women and girls. "
    "Of those, [[3,576|kidnapped;a=the office;alt=The Kurdistan Regional Government's office for kidnapped Yazidis]] have been rescued or freed, the office says, and [[about 2,600|missing;a=the office;alt=The Kurdistan Regional Government's office for kidnapped Yazidis]] are still missing. "
    "Some were found far away, in Syria's al-Hol camp and in Gaza, and Iraqi officials said in {{2024}} that [[15 Yazidi women and children|kidnapped;n=women and children;a=Iraqi officials]] had been freed that year alone. "
    "[[Between 3,000 and 5,000 Yazidis|killed;a=The UN investigative team UNITAD]] were killed in the first days of the assault, The UN investigative team UNITAD estimates, and [[at least 80 mass graves|other;a=The UN investigative team UNITAD]] have been found around Sinjar. "
    "Before {{2014}}, [[about 550,000 Yazidis|civilians]] lived in Iraq. "
    "Some [[100,000|displaced;a=community leaders]] have since emigrated, most to Germany, community leaders say. "
    "Most of the rest fled to the Kurdistan region, where [[about 200,000 Yazidis|displaced;a=IOM]] still live in displacement camps or informal settlements, according to IOM. "
    "The camps, [[15 of them|capacity;n=-;u=structure]] in Duhok province at their peak, are now being closed by the Iraqi government, which offers a grant of {{4 million dinars}} to each returning family. "
    "Since {{2023}}, [[more than 12,000 families|returned;a=the Ministry of Migration and Displacement]] have returned to Sinjar, according to the Ministry of Migration and Displacement, but much of the district lacks water, power and jobs. "
    "The UN estimated in {{2019}} that [[about 6,000 houses|housing;a=The UN]] in the city had been destroyed. "
    "Armed groups also complicate returns: the Sinjar Resistance Units, a militia linked to the PKK, has [[several thousand fighters|combatants;a=Iraqi security officials]], Iraqi security officials say.",
)

F(
    "Report: the Moura killings and Mali's counter-insurgency",
    "A report by the UN human rights office (OHCHR), published in {{May 2023}}, concluded that Malian troops and foreign military personnel killed [[at least 500 people|killed;a=A report by the UN human rights office (OHCHR)]] in the central town of Moura over five days in {{March 2022}}. "
    "Most of the victims were executed after the town had been secured, the report says, and [[at least 58 women and girls|other;n=women and girls;a=the report;alt=the UN human rights office (OHCHR)]] were raped or subjected to other sexual violence. "
    "The Malian army said at the time that it had killed [[203 terrorists|killed;a=The Malian army]] and arrested [[51|arrested;a=The Malian army]] in a military operation. "
    "Witnesses told the UN investigators that [[about 100 white foreign soldiers|combatants;a=Witnesses]], believed to be from the Russian Wagner group, took part. "
    "The investigators were never allowed to visit Moura, and the report is based on interviews with [[157 people|other]]. "
    "Before the operation, Moura had [[about 10,000 residents|civilians]], and its weekly livestock market drew [[thousands of traders|other]] from across the region. "
    "After the killings, [[about 2,000 people|displaced;a=local officials]] left the town, local officials said. "
    "Human Rights Watch says similar operations in central Mali in {{2022}} and {{2023}} killed [[hundreds of civilians|killed;a=Human Rights Watch]]. "
    "ACLED data show that the Malian army and its Russian partners were responsible for [[more than 1,000 civilian deaths|killed;a=ACLED data]] in {{2022}}, up from [[about 400|killed]] in {{2021}}. "
    "The Malian government rejected the report and announced its own investigation, whose findings have not been published. "
    "The UN peacekeeping mission MINUSMA, which had [[about 13,000 troops|combatants]] at its peak, was forced to leave Mali by the end of {{2023}}.",
)

F(
    "Feature: in Chiapas, cartel war empties villages",
    "The war between the Sinaloa and Jalisco New Generation cartels for control of smuggling routes along Mexico's border with Guatemala has turned parts of Chiapas into a battleground. "
    "In {{July 2024}}, [[more than 580 Mexicans|displaced;a=Guatemalan authorities]] crossed into Guatemala from the municipality of Amatenango de la Frontera to escape the fighting, Guatemalan authorities said. "
    "They were housed in [[two schools|capacity]] and a community hall in the village of Ampliación Nueva Reforma, where Guatemala sent food and medical teams. "
    "Within a few weeks, [[about 200 of them|returned;n=-;a=Mexican officials]] had been taken back to Mexico under military escort, Mexican officials said. "
    "The Chiapas-based rights centre Fray Bartolomé de las Casas says [[more than 10,000 people|displaced;a=The Chiapas-based rights centre Fray Bartolomé de las Casas]] have been displaced in the state since {{2021}}, compared with [[fewer than 2,000|displaced]] in the previous {{three years}}. "
    "In Tila, in the north of the state, [[about 4,000 residents|displaced;a=the municipal authorities]] fled in {{June 2024}} after armed men burned [[17 houses|housing;a=the municipal authorities]], the municipal authorities said. "
    "The federal government sent [[about 1,000 soldiers and National Guard officers|combatants;n=soldiers and National Guard officers;a=The federal government]] to the region, the federal government said. "
    "The cartels forcibly recruit young men, and families say [[dozens of teenagers|kidnapped;a=families]] have been taken. "
    "Mexico's National Search Commission lists [[more than 1,100 people|missing;a=Mexico's National Search Commission]] as missing in Chiapas. "
    "Nationwide, the registry counts [[over 115,000 missing people|missing;a=the registry;alt=Mexico's National Search Commission]]. "
    "Researchers at the Crisis Group estimate that the two cartels have [[several thousand gunmen|combatants;a=Researchers at the Crisis Group]] in the state between them.",
)

F(
    "Year in review: Ethiopia's Amhara conflict and the state of emergency",
    "The war between the Ethiopian federal army and the Fano militias in the Amhara region, which broke out in {{August 2023}}, received little international attention but took a heavy toll on civilians. "
    "The Ethiopian Human Rights Commission (EHRC) said [[at least 183 civilians|killed;a=The Ethiopian Human Rights Commission (EHRC)]] were killed in the first month, many in drone strikes and house-to-house searches. "
    "Under a state of emergency declared that month, the government detained [[thousands of people|arrested]] of Amhara origin in Addis Ababa and other cities. "
    "The commission said [[more than 1,000 detainees|arrested;a=The commission;alt=The Ethiopian Human Rights Commission (EHRC)]] were held in makeshift centres such as the Awash Arba military camp, and that some had not been brought before a court for {{months}}. "
    "In {{January 2024}}, soldiers killed [[at least 45 civilians|killed;a=Amnesty International]] in the town of Merawi, Amnesty International said. "
    "Fano fighters, for their part, attacked [[more than 20 towns|other;a=ACLED]] and briefly took Lalibela and Gondar, according to ACLED, which recorded [[over 1,500 political violence events|other;a=ACLED]] in the region in {{2024}}. "
    "Kidnapping for ransom surged: the regional police said [[more than 300 people|kidnapped;a=the regional police]] were abducted on the roads of Amhara in {{2024}}, including [[about 100 students|kidnapped;a=the regional police]] taken from buses in {{July}}. "
    "The fighting displaced [[about 500,000 people|displaced;a=the UN humanitarian office]], the UN humanitarian office estimates, and kept [[more than 4 million children|civilians;a=the regional education bureau]] out of school, according to the regional education bureau. "
    "The government says it has persuaded [[about 10,000 Fano fighters|combatants;a=The government]] to lay down their arms, and plans to reintegrate [[40,000 more|combatants;n=-;p;a=The government]] in {{2025}}. "
    "Fano leaders dismiss those figures and say their ranks number [[well over 100,000 fighters|combatants;a=Fano leaders]]. "
    "Aid agencies distributed food to [[about 1.2 million people|aid]] in the region, but convoys were frequently blocked.",
)

F(
    "Explainer: how many people have fled Haiti's capital",
    "Port-au-Prince, a metropolitan area of [[about 3 million people|civilians]], has been shrinking as armed gangs expand. "
    "The International Organization for Migration says [[more than 700,000 people|displaced;a=The International Organization for Migration]] have been displaced across Haiti, over half of them children, compared with [[about 360,000|displaced;a=The International Organization for Migration]] in {{March 2024}}. "
    "In the capital, [[about 200,000 people|displaced;a=the agency;alt=The International Organization for Migration]] live in [[more than 100 displacement sites|capacity;a=the agency;alt=The International Organization for Migration]], the agency says, many of them schools where classes have stopped. "
    "Others have left the capital entirely: [[about 116,000 people|displaced;a=IOM]] fled to the southern departments in a single month in {{2024}}, IOM said. "
    "The Gran Grif gang's attack on Pont-Sondé in the Artibonite region in {{October 2024}} killed [[115 people|killed;a=the UN]], the UN said, and forced [[more than 6,000|displaced;a=the UN]] to flee. "
    "Hospitals are closing, and the University Hospital of the State of Haiti, with [[about 500 beds|capacity;u=other]], was burned by gangs in {{December 2024}}. "
    "Meanwhile, the United States and the Dominican Republic continue to send Haitians home: [[about 200,000 Haitians|returned;a=IOM]] were deported in the first half of {{2025}}, IOM said, many of them landing at the capital's port. "
    "Aid agencies supported [[about 60,000 displaced families|aid;a=Aid agencies]] with cash, Aid agencies said, while [[some 5,000 households|aid;a=the government]] received temporary housing from the government, the government said. "
    "The gangs hold [[about 1,000 hostages|kidnapped;a=human rights groups]] at any one time, human rights groups estimate. "
    "A police offensive in {{2025}} was backed by [[a dozen armed drones|other;a=officials]], officials said, and killed [[more than 300 gang members|killed]] in its first {{four months}}. "
    "The UN expects displacement to rise further, to [[up to 1.3 million people|displaced;p;a=The UN]] by the end of the year.",
)

F(
    "Explainer: why the number of displaced people worldwide keeps rising",
    "Every June, the UN refugee agency publishes its Global Trends report, and for more than a decade the headline number has gone up. "
    "UNHCR said [[123.2 million people|displaced;a=UNHCR]] were forcibly displaced worldwide at the end of {{2024}}, compared with [[117.3 million|displaced;a=UNHCR]] a year earlier and [[about 42.5 million|displaced]] in {{2011}}. "
    "Of those, [[73.5 million|displaced;a=the agency;alt=UNHCR]] were displaced inside their own countries, the agency said, and [[42.7 million|displaced;a=the agency;alt=UNHCR]] were refugees or people in need of international protection. "
    "Sudan now has the largest displaced population, [[14.3 million people|displaced]], ahead of Syria with [[13.5 million|displaced]] and Afghanistan with [[10.3 million|displaced]]. "
    "Returns are also rising: [[about 9.8 million people|returned;a=the report;alt=UNHCR]] went home in {{2024}}, the report says, including [[1.6 million refugees|returned;a=the report;alt=UNHCR]] and [[8.2 million internally displaced people|returned;a=the report;alt=UNHCR]], the highest number in decades. "
    "Many of the Syrian returns came after the fall of the Assad government: [[more than 500,000 Syrian refugees|returned;a=UNHCR]] went back in the first {{three months}} of {{2025}}, UNHCR said, alongside [[about 1.2 million|returned]] displaced inside the country. "
    "The agency warns that funding is falling even as needs grow, and that it has had to close [[dozens of offices|other;u=structure;a=The agency]] around the world. "
    "Resettlement, the transfer of refugees to a third country, remains rare: [[about 190,000 refugees|displaced;a=UNHCR]] were resettled in {{2024}}, according to UNHCR, out of [[2.9 million|displaced;p;a=UNHCR]] it says will need resettlement in {{2026}}. "
    "Most refugees, {{69%}}, live in countries neighbouring their own. "
    "Iran hosts the most, [[3.5 million|displaced]], followed by Turkey and Colombia. "
    "Analysts say conflicts last longer than they used to, so people remain displaced for years: the average refugee situation now lasts more than {{20 years}}.",
)

F(
    "Profile: the judge who leads the ICC's Ukraine cases",
    "Judge Tomoko Akane, {{68}}, became president of the International Criminal Court in {{March 2024}}, the {{first}} Japanese judge to hold the post. "
    "She joined the court in {{2018}} after more than {{30 years}} as a prosecutor in Japan. "
    "In {{March 2023}}, the court issued an arrest warrant for Vladimir Putin over the deportation of children from Ukraine. "
    "Russia responded by opening its own criminal case against her, and in {{2024}} a Moscow court sentenced her in absentia to a prison term of {{more than 15 years}}. "
    "The court's budget for {{2025}} is about {{195 million euros}}, an increase of {{3.5%}} on the year before. "
    "Its headquarters in The Hague, opened in {{2015}}, cost about {{200 million euros}} to build. "
    "The Rome Statute, adopted on {{17 July 1998}}, entered into force on {{1 July 2002}}. "
    "Akane's term as president runs until {{2027}}, and her {{nine-year}} term as a judge ends in {{2027}} as well. "
    "In a speech on {{17 July}}, the anniversary of the statute, she said the court was facing the gravest pressure in its history. "
    "Sanctions imposed by Washington in {{February 2025}} have complicated payments to staff and contractors.",
)

F(
    "Review: a new history of the Bosnian war",
    "More than {{30 years}} after the siege of Sarajevo began in {{April 1992}}, historians are still revising the record of the war. "
    "A new book by a Sarajevo historian, published this month in a {{640-page}} English edition, draws on archives opened only in the {{2010s}}. "
    "The siege lasted {{1,425 days}}, from {{5 April 1992}} to {{29 February 1996}}, the longest of a capital city in modern warfare. "
    "The author spent {{eight years}} on the research, working through documents from the International Criminal Tribunal for the former Yugoslavia, which closed in {{2017}} after {{24 years}}. "
    "The tribunal sentenced Radovan Karadzic to {{life imprisonment}} in {{2019}}, increasing the {{40-year}} sentence handed down in {{2016}}. "
    "Ratko Mladic, now {{82}}, is serving a life sentence in The Hague. "
    "The book's {{12th}} chapter, on the Markale market shellings of {{1994}} and {{1995}}, is the most detailed account yet. "
    "Sarajevo's Tunnel of Hope, {{800 metres}} long and about {{1.6 metres}} high, is now a museum that draws visitors each summer. "
    "The book costs {{35 euros}} in hardback. "
    "Its author, born in {{1975}}, was a teenager during the siege.",
)

F(
    "Analysis: the economics of Ukraine's grain corridor",
    "When the Black Sea Grain Initiative collapsed in {{July 2023}}, many expected Ukraine's agricultural exports to collapse too. "
    "Instead, Ukraine opened its own corridor along the western coast of the Black Sea, and by {{2024}} its seaborne exports had returned to near pre-war levels. "
    "Exports through the ports of Odesa, Chornomorsk and Pivdennyi reached about {{10 million tonnes}} a month at their peak, according to the Ukrainian Sea Ports Authority. "
    "The {{2024-25}} grain harvest was about {{59 million tonnes}}, down from {{more than 80 million tonnes}} in {{2021}}. "
    "War-risk insurance premiums for ships calling at Ukrainian ports fell from about {{1%}} of a vessel's value in {{2023}} to {{0.7%}} in {{2024}}. "
    "Freight rates from Odesa to Egypt dropped to about {{$25 a tonne}}, compared with {{$60}} in the first year of the war. "
    "The World Bank estimates agricultural damage and losses since {{2022}} at {{$80 billion}}. "
    "Wheat futures in Chicago, which spiked above {{$13 a bushel}} in {{March 2022}}, traded near {{$5.50}} in {{early 2025}}. "
    "Ukraine's GDP grew by {{5.3%}} in {{2023}} and {{2.9%}} in {{2024}}, after falling by {{28.8%}} in {{2022}}. "
    "Analysts at the Kyiv School of Economics say exports could grow by {{10 to 15 percent}} in {{2025}} if the corridor stays open.",
)

F(
    "Feature: the long shadow of the 2011 revolution in Libya",
    "Libya marks the {{14th}} anniversary of the uprising against Muammar Gaddafi on {{17 February}}, with the country still split between rival governments in Tripoli and Benghazi. "
    "Gaddafi ruled for {{42 years}}, from the coup of {{1 September 1969}} until his death in Sirte on {{20 October 2011}}, at the age of {{69}}. "
    "The NATO air campaign that helped the rebels lasted about {{seven months}}, from {{March}} to {{October 2011}}. "
    "Oil output, about {{1.6 million barrels}} a day before the revolution, has swung wildly since, falling below {{100,000 barrels}} a day during blockades in {{2020}}. "
    "It recovered to about {{1.4 million barrels per day}} in {{2025}}, according to the National Oil Corporation. "
    "The dinar has lost more than {{two-thirds}} of its value on the parallel market since {{2014}}. "
    "Elections planned for {{24 December 2021}} were postponed indefinitely, and the House of Representatives, elected in {{2014}}, has now sat for {{more than a decade}}. "
    "The UN envoy, the {{10th}} since {{2011}}, presented a new road map to the Security Council in {{August 2025}}. "
    "Benghazi's reconstruction has been financed with about {{$2 billion}} from the eastern authorities' development fund. "
    "Derna, devastated by the collapse of its dams in {{September 2023}}, is rebuilding with Egyptian contractors.",
)

F(
    "Explainer: how the UN Security Council votes on conflicts",
    "The UN Security Council is made up of permanent members, which hold a veto, and elected members, which serve {{two-year}} terms. "
    "A resolution needs {{nine}} votes in favour and no veto from a permanent member to pass. "
    "Russia has cast more than {{30}} vetoes since {{2011}}, many on Syria, while the United States used its veto {{four times}} on Gaza between {{October 2023}} and {{November 2024}}. "
    "Resolution {{2728}}, adopted on {{25 March 2024}}, demanded an immediate ceasefire in Gaza during Ramadan; it passed by {{14 votes to 0}}, with the United States abstaining. "
    "Resolution {{2334}}, adopted in {{December 2016}}, passed by {{14-0}} as well. "
    "The Council's {{2024}} budget for peacekeeping was about {{$5.6 billion}}, down from {{$6.4 billion}} in {{2022}}. "
    "Elected members for {{2025-26}} include Denmark, Greece, Pakistan, Panama and Somalia, chosen in a vote in {{June 2024}}. "
    "The General Assembly's Uniting for Peace procedure, created by Resolution {{377}} in {{1950}}, allows it to act when the Council is deadlocked. "
    "Reform proposals would add permanent seats, but every attempt since the {{1990s}} has stalled. "
    "The Council meets in its chamber in New York, decorated by a mural painted in {{1952}}.",
)

F(
    "Report: abductions by armed groups in northwest Nigeria",
    "A report by the Lagos-based consultancy SBM Intelligence says kidnapping for ransom has become the most profitable business of the armed gangs of northwest Nigeria. "
    "SBM says [[7,568 people|kidnapped;a=SBM]] were abducted in Nigeria between {{July 2023}} and {{June 2024}}, and that families paid about {{2.2 billion naira}} in ransoms. "
    "The gangs, which the government designated as terrorists in {{2022}}, are thought to have [[about 30,000 fighters|combatants;a=security analysts]] spread across Zamfara, Katsina, Sokoto and Kaduna states, security analysts say. "
    "In the single worst incident of the period, gunmen seized [[287 pupils and teachers|kidnapped;n=pupils and teachers;a=local officials]] from a school in Kuriga, Kaduna State, local officials said; [[137|kidnapped;a=the army]] were later rescued, according to the army. "
    "Villages pay levies to the gangs to avoid attacks: the report documents [[more than 400 communities|other;u=other;a=the report;alt=SBM]] that do so in Zamfara alone. "
    "Farmers have abandoned their land, and [[about 1.1 million people|displaced;a=the International Organization for Migration]] are displaced in the northwest, the International Organization for Migration says. "
    "Many live in [[some 90 informal camps|capacity;a=state officials]], according to state officials. "
    "The military says it killed [[more than 2,000 bandits|killed;a=The military]] and arrested [[over 1,500 suspects|arrested;a=The military]] in {{2024}}, and freed [[1,400 kidnap victims|kidnapped;a=The military]]. "
    "Vigilante groups have also grown, with [[between 10,000 and 20,000 members|combatants;a=the Zamfara state government]] in Zamfara, according to the Zamfara state government. "
    "The report warns that without economic help for rural areas, kidnappings could rise further in {{2025}}.",
)

F(
    "Explainer: Syria's displaced after the fall of Assad",
    "The collapse of the Assad government in {{December 2024}} reversed some of the war's displacement and started new waves of it. "
    "During the rebel offensive of late November and early December, [[more than 1 million people|displaced;a=the UN humanitarian office]] fled their homes in Aleppo, Hama and Homs, the UN humanitarian office said. "
    "[[About 100,000 Kurds|displaced;a=Kurdish officials]] fled Tal Rifaat and the Shahba area as Turkish-backed factions advanced, Kurdish officials said, many of them for the second time since {{2018}}. "
    "In Lebanon, [[tens of thousands of Syrians|displaced]], many of them Alawites, crossed the border in the weeks after the fall of Damascus. "
    "After the coastal massacres of {{March 2025}}, in which the Syrian Observatory said [[about 1,500 Alawite civilians|killed;a=the Syrian Observatory]] were killed, [[more than 20,000 people|displaced;a=Lebanese officials]] fled to northern Lebanon, Lebanese officials said. "
    "At the same time, people are going home. "
    "UNHCR says [[about 400,000 refugees|returned;a=UNHCR]] returned from neighbouring countries in the first {{four months}} of {{2025}}, and that [[more than 1 million internally displaced Syrians|returned;a=UNHCR]] left camps and shelters to go back to their areas of origin. "
    "The camps of the northwest, which held [[about 2 million people|displaced]] in [[more than 1,500 sites|capacity]], are slowly emptying. "
    "Aid groups say [[about 300,000 families|displaced;a=Aid groups]] are still there, many because their villages were destroyed. "
    "In Idlib province, the Assistance Coordination Unit counted [[more than 900 camps|capacity;a=the Assistance Coordination Unit]] still open in {{May 2025}}, according to the Assistance Coordination Unit. "
    "UNHCR expects [[up to 1.5 million refugees|returned;p;a=UNHCR]] to come home in {{2025}}, and says it will help [[about 200,000 families|aid;p;a=UNHCR]] with transport and cash.",
)

F(
    "Column: what the numbers in a war budget hide",
    "Ministries of defence publish budgets, and analysts spend {{weeks}} trying to read them. "
    "Russia's {{2025}} federal budget set defence spending at about {{13.5 trillion roubles}}, or {{6.3%}} of GDP, according to the finance ministry. "
    "Including security and law enforcement, the share of the budget rises to about {{40 percent}}. "
    "In {{2021}}, the year before the full-scale invasion, defence took {{3.6%}} of GDP. "
    "Ukraine's {{2025}} budget allocates about {{2.2 trillion hryvnias}} to defence, around {{26%}} of GDP, the highest share of any country in the world. "
    "Israel's defence budget rose to about {{118 billion shekels}} in {{2025}}, double the {{2022}} level. "
    "These numbers leave out a great deal, such as classified procurement and the cost of reconstruction, which the World Bank put at {{$524 billion}} for Ukraine over {{10 years}}. "
    "Economists at SIPRI warn that official figures understate the military share of spending by {{10 to 20 percent}} in several countries. "
    "Inflation complicates comparisons: Russia's central bank key rate reached {{21%}} in {{October 2024}}. "
    "In the end, a war budget is a political document as much as a ledger.",
)

F(
    "Feature: the ceasefire line in Kashmir, a year after the clashes",
    "A year after the four days of fighting between India and Pakistan in {{May 2025}}, life along the Line of Control has a fragile calm. "
    "The ceasefire agreed on {{10 May}} has held, although both armies have added bunkers and observation posts along the {{740-km}} line. "
    "The clashes began on {{7 May}}, when India launched strikes it called Operation Sindoor, {{two weeks}} after the attack on tourists at Pahalgam on {{22 April}}. "
    "India's defence budget for {{2025-26}} was raised by {{9.5%}} to about {{6.8 trillion rupees}}. "
    "Pakistan increased its own defence spending by {{20 percent}} in the budget presented in {{June}}. "
    "In Poonch, a schoolteacher aged {{47}} says the shelling on the night of {{7 May}} was the worst since {{1999}}. "
    "The Indus Waters Treaty, signed in {{1960}}, remains suspended by India. "
    "Flights over the region resumed after {{about a month}} of closures, and Srinagar airport now handles flights until {{9 p.m.}} again. "
    "Tourism, which brought a record number of visitors to Kashmir in {{2024}}, fell by {{more than 60%}} in the summer of {{2025}}. "
    "Hotel owners in Gulmarg, at an altitude of {{2,650 metres}}, say bookings for the winter season are only now recovering.",
)
