"""dev373 negatives: strikes, deals, anniversaries, navies, films and sponsors (kinds protest,
peace, history, military, entertainment, sport)."""

NEGATIVES = [
    (
        "French refinery strikes drain pumps as TotalEnergies walkout enters third week",
        'Strikes at TotalEnergies refineries in France entered their third week on Monday, leaving nearly a third of the country\'s petrol stations short of at least one fuel, the energy transition ministry said. Members of the CGT union voted to continue the walkout at the Gonfreville and Donges refineries and at a fuel depot near Dunkirk, demanding a 10% pay rise after record company profits. The government ordered some workers back to the Gonfreville depot under requisition powers, a move the union called an attack on the right to strike. Drivers queued for hours in Paris and the north, and some motorists pushed cars to the pumps. Picketers outside the Feyzin refinery near Lyon held banners and lit braziers but let supervisors through. TotalEnergies said it had offered a 7% increase and a bonus. Imports of diesel into France rose to record levels as the company drew on stocks. Unions at other industries called a day of action for Tuesday. The government said it would release strategic stocks of diesel for the first time since 2010. Opposition leaders accused the prime minister of acting too late, while business groups said the shortages were hurting deliveries and farm work. "We are not hostages, we are workers," a CGT delegate at Donges told reporters outside the plant.',
        "protest",
    ),
    (
        "Chevron's Australian LNG workers escalate industrial action at Wheatstone and Gorgon",
        "Unions at Chevron's Gorgon and Wheatstone liquefied natural gas plants in Western Australia escalated industrial action on Thursday, with workers refusing some tasks and holding rolling stoppages of up to 11 hours. The Offshore Alliance, which represents about 500 workers, said the action would continue until Chevron agreed to pay and rostering terms similar to those won at Woodside's North West Shelf. Chevron said it would ask the Fair Work Commission to intervene. The two plants supply about 5% of global LNG, and the dispute pushed European gas prices up by as much as 14% at one point. \"Our members don't want to strike, but they have been left with no choice,\" a union official said. Chevron said production had not been affected so far. The workers have been staging peaceful pickets outside the company's office in Perth. Talks are set to resume next week.",
        "protest",
    ),
    (
        "Norway's oil workers end strike after state steps in",
        "Norway's government intervened on Tuesday to end a strike by offshore oil and gas workers that threatened to cut the country's gas exports by about 60%, just hours after the walkout began. Labour minister Marte Mjos Persen said the strike posed a risk to Europe at a time of war and energy crisis and referred the dispute to compulsory arbitration. The Lederne union had called out 74 more workers, which would have shut the Johan Sverdrup field and several gas fields. The union said it disagreed with the decision but would comply. Workers had been demanding a pay rise in line with inflation, which has reached its highest level in decades. European gas prices fell more than 5% after the government's move. Equinor said it would restart the three fields that had been shut on the first day. The union said it would continue to press its case in arbitration.",
        "protest",
    ),
    (
        "Climate activists chain themselves to Rotterdam oil terminal gates",
        "Climate activists chained themselves to the gates of an oil storage terminal in the port of Rotterdam on Saturday, blocking trucks for several hours in a protest against fossil fuel subsidies, police said. Around 200 protesters from Extinction Rebellion sat on the access road singing and holding banners, while others climbed onto a pipeline bridge. Police said 64 people were detained for obstructing the road, and all were released later in the day. The terminal operator said shipments had been delayed but not cancelled. The group said the Dutch government spent billions of euros a year on tax breaks for the fossil fuel industry. It was the latest in a series of actions at ports, airports and motorways. Dock workers in the area watched the protest from their cabs. The organisers said they would return next month.",
        "protest",
    ),
    (
        "Libya oil shutdown deepens as tribal leaders block El Sharara field",
        "Tribal leaders and local residents shut Libya's El Sharara oilfield on Sunday by blocking a valve and sitting in at the field's gate, cutting output by about 250,000 barrels a day, the National Oil Corporation said. The group said they were protesting against poor services in the Fezzan region and demanded that the government spend more of the oil revenue in the south. The protesters, who pitched tents at the site, said they would stay until their demands were met. The NOC declared force majeure on loadings from the Zawiya port, which receives Sharara crude. The company said the closure was illegal and urged the protesters to negotiate. No violence was reported, and workers were allowed to leave. Traders said the outage would tighten the market for light sweet crude in the Mediterranean. Previous shutdowns at the field have lasted weeks.",
        "protest",
    ),
    (
        "Sudan and South Sudan agree to resume oil flows, set transit fees",
        "Sudan and South Sudan agreed on Sunday to resume oil exports through Sudanese pipelines and to cut transit fees, ending a long dispute that had shut down most of the south's output, officials from both countries said. The deal, signed in Khartoum after talks mediated by the African Union, sets fees of about $24 a barrel for processing and transit. South Sudan halted production shortly after independence in a row over the fees, and the two countries came close to war over the Heglig oilfield the same year. Officials said engineers would inspect the pipeline before flows restart. The agreement also provides for joint security arrangements along the border and a demilitarised zone. Diplomats hailed the deal as a step towards lasting peace between the neighbours. Production in Upper Nile state could reach 150,000 barrels per day within months, South Sudan's petroleum minister said. Juba plans to use oil revenue to pay salaries in arrears.",
        "peace",
    ),
    (
        "Israel and Lebanon sign US-brokered maritime deal, clearing way for gas exploration",
        "Israel and Lebanon signed a US-brokered agreement on Thursday setting their maritime border in the eastern Mediterranean, ending a decade of disputes and clearing the way for gas exploration off both coasts. The two countries, which are technically at war, did not meet face to face, and each signed the deal separately with the US envoy. Under the agreement, the Karish field falls on the Israeli side of the line, while Lebanon gains rights to the Qana prospect, where TotalEnergies will drill. Israel will receive a share of revenue from any discovery in Qana that crosses the line. Lebanon's president said the deal did not amount to normalisation with Israel. Israeli energy officials said production from Karish could begin within weeks. Analysts said the deal reduced the risk of confrontation in the area. Lebanon hopes that gas will help it out of its economic crisis.",
        "peace",
    ),
    (
        "Libya's rivals agree NOC leadership deal to end oil blockade",
        "Libya's rival factions agreed on Tuesday to appoint a new board at the National Oil Corporation and a mechanism to share oil revenue, paving the way for an end to a blockade of fields and ports that had cut output by more than half, officials said. The deal, brokered by the UN and announced in Tunis, follows weeks of talks between the eastern-based House of Representatives and the Tripoli government. The NOC said it would lift force majeure on all fields once the agreement was implemented. Eastern commander Khalifa Haftar said in a televised speech that his forces would allow production to resume. A joint technical committee will supervise revenue. The UN envoy called the agreement a positive step towards the unification of Libya's institutions. Oil output was expected to recover to about 1.2 million barrels per day within weeks. Brent fell 1% on the news.",
        "peace",
    ),
    (
        "Moscow and Kyiv agree to halt strikes on energy sites as part of Black Sea deal",
        "Russia and Ukraine agreed on Tuesday to work out measures to implement a ban on strikes against each other's energy facilities and to ensure safe navigation in the Black Sea, the White House said after talks in Saudi Arabia. The agreements followed separate meetings of US officials with delegations from both countries in Riyadh. The Kremlin said the moratorium would apply to refineries, pipelines, power plants and nuclear facilities for 30 days, and could be extended. Ukraine's defence minister said Kyiv would consider any movement of Russian warships in the eastern Black Sea a violation. Moscow said the Black Sea part would take effect only after some sanctions on Russian agricultural exports were lifted. Oil prices rose on expectations of more Russian shipments. Analysts said the details remained vague. Officials said a monitoring mechanism was still being discussed.",
        "peace",
    ),
    (
        "Half a century after the Arab oil embargo, historians weigh its legacy",
        'Fifty years ago this month, Arab oil producers announced an embargo on the United States and other countries that backed Israel in the October war, quadrupling the price of crude within months. Queues formed at petrol stations across America, and Britain introduced a three-day week. The crisis gave birth to the International Energy Agency and to strategic petroleum reserves in the West. It also shaped the modern relationship between Saudi Arabia and Washington, based on security guarantees in exchange for oil. Historians at a conference in London this week debated whether the embargo was a success for the Arab states. Some veterans of the period said that today\'s energy crisis, caused by the war in Ukraine, had striking parallels. "We thought we had learned our lesson," said a former official of the US Energy Department. The IEA plans to mark the anniversary with a report on energy security.',
        "history",
    ),
    (
        "Kuwait's oil fires, 30 years on: the men who put them out",
        'Three decades after retreating Iraqi troops set fire to more than 600 oil wells in Kuwait, the firefighters who spent eight months extinguishing them gathered in Kuwait City on Sunday to mark the anniversary. The blazes, which sent black smoke over the Gulf and turned day into night, were among the worst environmental disasters in history. Teams from the United States, Canada, Hungary and China tried different methods, including a Hungarian tank fitted with jet engines to blow out flames. "We did not think we would finish in less than two years," a retired Texan firefighter said. Kuwait Oil Company opened a small museum about the fires at its headquarters in Ahmadi. Scientists say lakes of oil left in the desert still contaminate soil today. A clean-up project funded by the UN Compensation Commission is under way. The veterans laid wreaths at a memorial to Kuwaiti oil workers.',
        "history",
    ),
    (
        "Piper Alpha memorial service marks 35 years since North Sea disaster",
        'Hundreds of people gathered in Aberdeen on Thursday to remember the 167 men who died in the Piper Alpha explosion 35 years ago, the deadliest accident in the history of offshore oil. Relatives laid flowers at the memorial in Hazlehead Park as the names of the dead were read out. Survivors said the disaster had changed the industry\'s approach to safety, leading to the creation of a new regulator and safety cases for every installation. "You never forget the sound of it," said one survivor, who jumped from the burning platform into the sea. The Piper Alpha platform, operated by Occidental, was destroyed by a series of explosions on the night of July 6. Unions said safety standards must not be weakened as producers cut costs. Trade body Offshore Energies UK said lessons from the tragedy were taught to every new worker. A new exhibition opens at the Aberdeen maritime museum next month.',
        "history",
    ),
    (
        "US Navy launches Red Sea escort plan as shippers weigh costs",
        "The Pentagon announced a multinational maritime security initiative on Monday to protect commercial shipping in the Red Sea, with Britain, Bahrain, Canada, France, Italy, the Netherlands, Norway, the Seychelles and Spain taking part. Defense Secretary Lloyd Austin said the operation, called Prosperity Guardian, would conduct joint patrols in the southern Red Sea and the Gulf of Aden. Details on how many warships would take part and where they would be stationed were not released. Shipping companies said they wanted to see how the mission worked in practice before sending ships back through the route. Maersk and several other lines have paused transits and are rerouting around the Cape of Good Hope, adding up to two weeks to journeys. Container freight rates between Asia and Europe have more than doubled. Oil tanker owners said war-risk insurance premiums had jumped tenfold. Egypt, which relies on Suez Canal fees, said it was in contact with the companies.",
        "military",
    ),
    (
        "NATO steps up Baltic Sea patrols to guard pipelines and cables",
        "NATO said on Tuesday it would deploy frigates, maritime patrol aircraft and naval drones to the Baltic Sea under a new mission to protect undersea pipelines and power cables. The mission, called Baltic Sentry, will be led from the alliance's maritime command in Northwood. The alliance's secretary general said members would not tolerate any damage to critical infrastructure, and that ships suspected of posing a threat could be boarded. Finland and Estonia have investigated several incidents in which anchors dragged by vessels damaged cables on the seabed. Investigators have not concluded whether the damage was deliberate. Gas operator Gasgrid Finland said the Balticconnector pipeline was operating normally after repairs. Analysts said the patrols would reassure markets but could not cover the entire seabed. The European Commission is also preparing a plan to speed up repairs to damaged cables.",
        "military",
    ),
    (
        "Iran stages naval drills near Strait of Hormuz as tanker traffic flows",
        "Iran's navy and the Revolutionary Guards began a three-day naval exercise near the Strait of Hormuz on Friday, testing missiles, drones and fast attack boats, state media said. State television showed a missile fired from a ship at a target in the sea and helicopters flying low over the water. Commanders said the drills were aimed at showing Iran's readiness to defend its waters. Tanker traffic through the strait, through which about a fifth of the world's oil passes, continued as normal, according to ship-tracking data. The US Navy's Fifth Fleet said it was monitoring the exercise and had not seen any unsafe behaviour. Analysts said the timing was meant to send a message ahead of talks with Western powers on Iran's nuclear programme. The exercise is held every year in the area.",
        "military",
    ),
    (
        "'Deepwater Horizon' film brings rig disaster to the big screen",
        "Peter Berg's film about the 2010 Deepwater Horizon explosion, starring Mark Wahlberg as an electronics technician who survived the disaster, opened in US cinemas on Friday. The film recreates the blowout on the rig in the Gulf of Mexico that killed 11 workers and caused the largest marine oil spill in US history. Critics praised the film's special effects, with one reviewer calling its final hour \"a war movie set on an oil rig\". Some families of the workers who died were consulted for the film and attended the premiere. BP, which paid more than $60 billion in fines and settlements, declined to comment on the film. Kurt Russell plays the rig's supervisor, and John Malkovich a BP manager who pushes the crew to cut corners. The film cost about $110 million to make. It earned $20 million in its opening weekend.",
        "entertainment",
    ),
    (
        "New documentary goes inside the secretive world of oil traders",
        'A new documentary series on a streaming platform follows physical oil traders in Geneva, Singapore and Houston as they try to profit from the turmoil in energy markets. The makers spent two years with traders at independent houses, who explain how they buy cargoes, hire tankers and hedge their positions. One episode follows a trader as he tries to sell a cargo of diesel during the price spike after Russia\'s invasion of Ukraine. "It feels like war every morning," says a young trader from Lagos, describing the battle for cargoes at the Singapore window. Critics said the series was entertaining but too friendly to its subjects, leaving out questions about corruption scandals in the industry. The trading houses, which rarely speak to journalists, agreed to take part on condition that certain deals would not be shown. The series runs for six episodes. A second season is planned for next year.',
        "entertainment",
    ),
    (
        "Aramco's sponsorship deals draw fire as Formula One battle heads to Jeddah",
        "Saudi Aramco's sponsorship of Formula One came under renewed criticism on Wednesday from climate groups ahead of the Saudi Arabian Grand Prix in Jeddah, where Red Bull and Ferrari resume their battle for the lead of the drivers' championship. Campaigners said the state oil company was using the sport to greenwash its image, while Formula One said Aramco's investment in synthetic fuels would help the series reach net zero. Aramco is also a global partner of Aston Martin and sponsors golf and women's football. Max Verstappen, who won the previous race, said he expected a close fight on the street circuit. Drivers have raised concerns about speeds through the track's fast corners. The race is expected to attract about 150,000 spectators over the weekend. Tickets for the grandstands sold out weeks ago. Organisers said the track had been resurfaced.",
        "sport",
    ),
]
