"""dev373 negatives: refinery fires, leaks, spills, storms, theft and illness on the rigs
(kinds accident, disaster, crime, health)."""

NEGATIVES = [
    (
        "Explosion and fire at Philadelphia refinery injure five; plant shut",
        "A series of explosions ripped through the Philadelphia Energy Solutions refinery early on Friday, sending a fireball into the sky and injuring five workers, the company and city officials said. The blast started in an alkylation unit that uses hydrofluoric acid, and firefighters battled the blaze for more than a day. Residents in south Philadelphia said windows rattled miles away. The fire department said the injuries were minor and no one was taken to hospital. Officials said air monitoring had found no dangerous levels of the acid outside the plant. The 335,000-barrel-per-day refinery is the largest on the US East Coast. Gasoline futures rose as much as 4% on fears of a prolonged outage. The US Chemical Safety Board said it had sent a team to investigate the cause of the blast.",
        "accident",
    ),
    (
        "Keystone leak spills 14,000 barrels of crude into Kansas creek, line shut",
        "TC Energy shut its Keystone oil pipeline on Thursday after a leak spilled about 14,000 barrels of crude into a creek in Washington County, Kansas, the largest onshore oil spill in the United States in nearly a decade. The company said it had built an earthen dam to stop the oil spreading downstream and that crews were recovering crude with vacuum trucks. The Environmental Protection Agency said the spill had not reached drinking water supplies. The 622,000-barrel-per-day line carries Canadian crude to refineries in Illinois and the Gulf Coast. Regulators ordered TC Energy to carry out tests on a section of the pipeline before restarting it. Landowners near the site said the smell of oil was overpowering. Canadian heavy crude prices fell on the news, while oil stocks at the Cushing hub in Oklahoma were expected to decline. It is the third significant leak on the line since 2017.",
        "accident",
    ),
    (
        "Tankers collide in North Sea, jet fuel cargo burns off Humber",
        "A container ship crashed into a tanker carrying jet fuel for the US military in the North Sea off England's east coast on Monday, setting both vessels on fire, the UK coastguard said. Lifeboats and rescue helicopters took 36 crew members ashore, and one sailor from the container ship was missing and feared dead. The tanker, the Stena Immaculate, was anchored off the Humber estuary when it was hit by the Portuguese-flagged container ship Solong. Images showed thick black smoke billowing from the tanker's hull. The ship's operator said the cargo tank had been ruptured and that some of the fuel had burned off. Humberside Police arrested the container ship's captain on suspicion of gross negligence manslaughter. Environmental groups said the spill could threaten seabird colonies along the coast. The UK transport secretary said there was no sign of foul play.",
        "accident",
    ),
    (
        "Wakashio spill: Mauritius declares environmental emergency as fuel leaks on coral reef",
        "Mauritius declared an environmental emergency on Friday after a Japanese-owned bulk carrier that ran aground on a coral reef began leaking fuel oil into the island's lagoons. The Wakashio, carrying about 4,000 tonnes of fuel, struck the reef at Pointe d'Esny two weeks ago, and cracks in its hull have spread. Prime Minister Pravind Jugnauth said the country lacked the skills and expertise to refloat stranded ships and appealed to France for help. Residents worked through the night to make floating booms from sugarcane leaves and hair to keep the oil from reaching mangroves. Satellite images showed a dark slick spreading near a protected marine park. Nagashiki Shipping, the vessel's owner, apologised and said it would do all it could to help. Police opened an investigation into why the ship had sailed so close to the coast. About 1,000 tonnes of fuel had leaked by the weekend, officials said.",
        "accident",
    ),
    (
        "Refinery blaze at Pemex's Deer Park kills two contractors after gas leak",
        "Two contractors died and more than 30 people were treated for exposure after a hydrogen sulphide leak at the Deer Park refinery outside Houston, owned by Mexico's state oil company Pemex, officials said on Friday. The leak came from a unit that was being worked on, and residents nearby were told to shelter in place for several hours. Harris County's fire marshal said there was no sign that the event was anything other than an accident. It was the second fatal incident at the plant in a year. Pemex said it had launched an internal inquiry and was working with federal regulators. The Occupational Safety and Health Administration said it would examine whether the company had followed safety procedures. The 312,000-barrel-a-day refinery has been a centrepiece of Pemex's plan to supply Mexico with more fuel. Local activists called for the plant to be shut until the investigation is finished.",
        "accident",
    ),
    (
        "Offshore platform fire in Bay of Campeche kills two, Pemex output hit",
        "A fire on a Pemex offshore platform in the Bay of Campeche killed two workers and left one missing on Friday, forcing the company to shut in about 700,000 barrels a day of crude output, the company said. The blaze broke out on the Nohoch-Alfa platform in the Cantarell field, and more than 300 workers were evacuated by boat. Pemex said the fire had been put out after several hours and that production would be restored gradually. Images posted on social media showed a tower of black smoke above the installation. Mexico's oil regulator said it would investigate the cause. The incident came as Pemex struggled to halt a decline in output that has lasted nearly two decades. The company has been criticised for years of underinvestment in maintenance. Traders said the outage could tighten supply of Maya crude to Gulf Coast refiners.",
        "accident",
    ),
    (
        "LNG plant blast shuts Freeport export terminal for months",
        "An explosion at the Freeport LNG export terminal on Texas's Gulf Coast will keep the plant shut for at least three months, the company said on Tuesday, removing about a fifth of US liquefied natural gas export capacity. The blast on Wednesday sent a fireball over Quintana Island, but no one was injured. Freeport said a pipe rupture had caused a build-up of gas that ignited. Federal pipeline regulators ordered the company to complete a safety review before restarting. European gas prices jumped more than 20% on the news, as the continent relies on US cargoes to replace Russian supply. US natural gas futures fell, since more gas would be left in the domestic market. The company said it did not expect a full return to service until the end of the year. Residents had complained of noise and flaring at the plant for months. The terminal exports about 2 billion cubic feet of gas a day when it runs at full capacity, most of it to Europe and Asia. Buyers with contracts at the plant, including BP and Japan's JERA, said they were seeking replacement cargoes. An investigation by the regulator later found that a valve had been closed by mistake during routine work, trapping gas in a pipe that heated in the sun.",
        "accident",
    ),
    (
        "Mine explosion in Turkey's Amasra coal pit kills 41",
        "An explosion in a state-owned coal mine in the Black Sea town of Amasra killed 41 workers on Friday evening, Turkey's interior minister said, in the country's worst mining disaster since 2014. Rescue teams worked through the night to bring out 58 miners trapped at depths of around 300 metres, and 11 were taken to hospital. Officials said the blast was probably caused by a build-up of firedamp gas. Relatives waited at the pithead for news of their sons and brothers. President Tayyip Erdogan visited the site and said an investigation would be opened. The opposition and mining unions said warnings about gas levels had been ignored. The Amasra mine belongs to Turkish Hard Coal Enterprises, which supplies coal to power plants. Thermal coal prices were unmoved by the accident, traders said.",
        "accident",
    ),
    (
        "Hurricane Ida shuts 95% of Gulf of Mexico oil output, Louisiana refineries go dark",
        "Hurricane Ida shut about 95% of oil production in the US Gulf of Mexico as it crashed ashore in Louisiana on Sunday as a Category 4 storm, the Bureau of Safety and Environmental Enforcement said. Operators evacuated 288 platforms and rigs ahead of the storm, which brought winds of 150 miles per hour. About 2.2 million barrels per day of refining capacity in Louisiana was shut or cutting runs, including Phillips 66's Alliance refinery, which was flooded. More than one million homes and businesses lost power, and New Orleans was left in darkness after all eight transmission lines into the city failed. The governor said at least four people had died. The Colonial Pipeline said it had temporarily shut its main gasoline and diesel lines as a precaution. Gasoline futures rose, while crude prices were little changed as refiners' demand fell. Producers said it could take weeks for offshore output to return to normal. Ports along the Mississippi river, which handle much of the country's grain and chemical exports, were closed to shipping. The Energy Department said it had approved an exchange of crude from the Strategic Petroleum Reserve to Exxon Mobil's Baton Rouge refinery.",
        "disaster",
    ),
    (
        "Texas freeze knocks out 40% of US crude output as wells and pipes freeze",
        "A deep freeze across Texas and the southern plains shut about 4 million barrels a day of US crude production this week, as wells, gathering lines and power supplies failed in record cold, analysts and traders said. The Permian basin, the largest US oilfield, was hit hardest, with output down by about two-thirds. Refineries in Texas, including Motiva's Port Arthur plant, shut or cut runs after losing power and steam. The state's grid operator imposed rolling blackouts that left more than 4 million people without electricity, and dozens of deaths were blamed on the cold. Natural gas prices at some hubs jumped to more than $200 per million British thermal units. The Texas governor ordered gas producers not to send supplies out of state. Analysts said it could take weeks to restore all production as frozen equipment thawed. US crude exports from Gulf ports slowed sharply.",
        "disaster",
    ),
    (
        "Storm Daniel floods shut Libya's eastern oil ports as death toll mounts",
        "Libya's National Oil Corporation closed four eastern oil export terminals, including Ras Lanuf, Es Sider and Zueitina, as Storm Daniel swept across the east of the country, the company said. The storm brought torrential rain that burst two dams above the city of Derna, sweeping entire neighbourhoods into the sea. Officials in the eastern administration said thousands of people had died and that more than 10,000 were missing. The NOC said it had evacuated staff from the terminals as a precaution and would reopen them once the weather improved. Oil fields in the Sirte basin were not affected. Rescue teams from Egypt, Turkey and the United Arab Emirates arrived to help with the search. The disaster comes as Libya, divided between rival administrations, struggles to coordinate aid. Exports were expected to resume within days, according to traders.",
        "disaster",
    ),
    (
        "Quake damages Ceyhan oil terminal, fire breaks out at container port",
        "Turkey halted oil flows to the Ceyhan export terminal on the Mediterranean coast on Monday after a powerful earthquake struck the south of the country, officials said. BOTAS, the state pipeline operator, said it was checking for damage to the pipeline that carries crude from Iraq's Kurdistan region and the Baku-Tbilisi-Ceyhan line from Azerbaijan. A fire broke out at containers in the nearby port of Iskenderun, which was later brought under control, port authorities said. The magnitude 7.8 quake, centred near Gaziantep, killed thousands of people in Turkey and Syria and destroyed entire blocks of apartments. Azerbaijan's SOCAR said loadings of Azeri BTC crude would be suspended for several days. Tanker owners said ships waiting at Ceyhan had moved away from the coast. Traders said the outage of about 1 million barrels a day would tighten the Mediterranean market. Rescue work continued in freezing weather.",
        "disaster",
    ),
    (
        "Monsoon floods halt coal deliveries in India as Coal India mines flood",
        "Heavy monsoon rains flooded open-cast mines in the eastern states of Jharkhand and Odisha this week, cutting coal dispatches to power plants by about a fifth, company and railway officials said. Coal India said production at several of its subsidiaries had dropped sharply and that pumps were being used to drain the pits. Indian Railways cancelled dozens of coal rakes after tracks were washed away in parts of Odisha. Power stations in northern India had about nine days of coal stock on average, the Central Electricity Authority said. The floods also forced the evacuation of villages near rivers that burst their banks. State disaster officials said at least 18 people had drowned. Traders said Indian utilities were likely to increase imports of Indonesian coal. Benchmark Newcastle coal prices rose to a three-week high.",
        "disaster",
    ),
    (
        "Typhoon forces shutdown of China's offshore oilfields and LNG terminals",
        "CNOOC shut production at several oil and gas fields in the South China Sea and evacuated about 1,400 workers as Typhoon Yagi, the strongest storm to hit the region in a decade, approached Hainan island, the company said. Terminals in Guangdong province halted LNG unloading, and dozens of tankers anchored off the coast waited for the storm to pass. The typhoon made landfall on Friday with winds of up to 245 km per hour, uprooting trees and cutting power to more than 800,000 homes. Authorities in Hainan suspended flights and trains and moved residents out of low-lying areas. CNOOC said some production would be restarted within days. The storm later crossed into northern Vietnam, where it caused landslides and floods. Analysts said the short-term disruption would have a limited effect on China's energy supply. Refiners in the province said they had enough crude stocks.",
        "disaster",
    ),
    (
        "Nigeria uncovers illegal tap that siphoned oil for nine years",
        "Nigerian authorities have found an illegal 4-km pipeline connected to the Forcados export terminal that thieves had used to steal crude for nine years, the chief executive of state oil firm NNPC said. Mele Kyari told reporters that the line ran from the terminal into the sea and had gone undetected despite patrols. Oil theft has pushed Nigeria's production to its lowest in decades, and the government estimates that it loses hundreds of thousands of barrels a day. Private security contractors paid by the government have since found hundreds of illegal connections across the Niger Delta. Officials said several suspects had been arrested and that court cases were being prepared. Industry executives say theft is organised by networks that include people working inside the oil companies and the security services. Shell has said it will sell its onshore business, partly because of losses from theft and spills. NNPC said the tap had been removed.",
        "crime",
    ),
    (
        "Colonial Pipeline paid $4.4m to hackers after ransomware attack shut fuel line",
        "Colonial Pipeline paid hackers about $4.4 million in bitcoin to regain control of its systems after a ransomware attack forced it to shut the largest fuel pipeline in the United States, chief executive Joseph Blount told the Wall Street Journal. The attack, which the FBI attributed to the criminal group DarkSide, led the company to halt the 5,500-mile line for six days. Panic buying left thousands of petrol stations along the East Coast without fuel, and prices rose above $3 a gallon for the first time since 2014. Blount said he had authorised the payment because executives did not know how badly the systems were breached. The Justice Department later recovered part of the ransom. Lawmakers called for mandatory reporting of cyberattacks on critical infrastructure. DarkSide said it was apolitical and that its goal was to make money. Colonial said its systems were fully restored.",
        "crime",
    ),
    (
        "Somali pirates hijack tanker, first seizure of commercial vessel since 2012",
        "Somali pirates hijacked a small oil tanker off the coast of Puntland on Monday and demanded a ransom for its eight Sri Lankan crew members, officials and a regional maritime security group said. The Aris 13, carrying fuel from Djibouti to Mogadishu, sent a distress signal before going silent, and was later seen anchored off the town of Alula. A local official said the pirates told elders they wanted money, not a fight with the authorities. It is the first hijacking of a commercial ship by Somali pirates since 2012, when naval patrols and armed guards on ships largely ended the threat. The vessel was not carrying armed guards and had taken a short cut through a narrow channel, analysts said. Puntland's maritime police force surrounded the area, and elders began negotiations. Insurers said they would review premiums for the Gulf of Aden. The crew were reported to be unharmed.",
        "crime",
    ),
    (
        "Fuel smuggling ring busted in Malta in Libyan diesel case",
        "Italian and Maltese police arrested nine people in an investigation into a ring that smuggled diesel stolen from Libya's Zawiya refinery into Europe, prosecutors said on Wednesday. The network moved at least 30 million euros worth of fuel on fishing boats and small tankers, which transferred cargoes at sea off Malta before selling them to petrol stations in Italy, police said. Among those arrested was a former Maltese footballer who ran a fishing company, according to the prosecutors in Catania. The case was based on phone intercepts and tracking of ships, which had turned off their transponders. Libya's fuel subsidies make diesel sold at home some of the cheapest in the world, creating a lucrative market for smugglers. Prosecutors said part of the proceeds had gone to organised crime groups in Sicily. The suspects face charges of criminal association and tax evasion. Lawyers for several of them denied wrongdoing.",
        "crime",
    ),
    (
        "Former Glencore trader jailed in UK for bribes to win West African oil deals",
        "A former oil trader at Glencore was sentenced to six years in prison by a London court on Tuesday for paying bribes to officials in Nigeria and Cameroon to secure cargoes and favourable deals. The judge said the payments, worth millions of dollars, had been made in cash and passed through intermediaries. Prosecutors from the Serious Fraud Office said the trader had been at the centre of a scheme to win access to crude and fuel contracts between 2012 and 2016. Glencore pleaded guilty to bribery charges in 2022 and paid more than $1.5 billion in penalties in the United States, Britain and Brazil. The company has said it has since reformed its compliance culture. Defence lawyers said their client had followed instructions from senior managers and planned to appeal. Four other former employees are due to stand trial next year. The case is one of the largest corruption prosecutions in British corporate history.",
        "crime",
    ),
    (
        "Covid outbreak on North Sea platform forces evacuation of workers",
        "An oil platform operator evacuated dozens of workers from an installation in the North Sea after an outbreak of Covid-19 among the crew, the company said on Saturday. Twelve workers tested positive and were flown to Aberdeen by helicopter along with close contacts, while a reduced crew stayed on board to keep essential systems running. The company said production at the field had been cut while the platform was cleaned. Unions said workers had been sleeping in shared cabins and that social distancing offshore was impossible. The industry body Offshore Energies UK said operators had tested more than 100,000 workers since the start of the pandemic. Similar outbreaks had hit installations off Norway and in the Gulf of Mexico. Health officials said none of the infected workers had been taken to hospital. The operator said it would bring in rapid testing at the heliport.",
        "health",
    ),
    (
        "Heat stress sickens refinery workers as Gulf temperatures top 50C",
        "Dozens of workers at construction sites for new refining and petrochemical units in Kuwait and Saudi Arabia have been treated for heat exhaustion this month as temperatures rose above 50 degrees Celsius, according to contractors and medical staff. Gulf states ban outdoor work in the middle of the day during the summer, but rights groups say the rules are not always followed. A Nepali pipefitter told reporters he had seen three colleagues collapse in a single week. The International Labour Organization has warned that heat stress will cut working hours across the region as temperatures rise. Companies said they had installed cooling stations and provided more water breaks. Health officials in Kuwait said hospital admissions for heat illness had risen by about a fifth from last year. Doctors said chronic kidney disease among migrant workers was a growing concern. Contractors said the heat was also slowing the schedule of several projects.",
        "health",
    ),
]
