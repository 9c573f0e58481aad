"""dev267 negatives: smuggling and export-control prosecutions, deals that lift sanctions or end
wars, and peaceful protest against the arms trade (title, text, kind code)."""

NEGATIVES = [
    (
        "Russian businessman extradited from Cyprus over microelectronics smuggling scheme",
        "A Russian-German businessman accused of shipping US-made microelectronics to Russian weapons "
        "makers has been extradited from Cyprus to New York, the Justice Department said on Thursday. "
        "Prosecutors say Arthur Petrov used a front company in Nicosia to buy more than $225,000 worth of "
        "chips from American distributors, falsely declaring they were for civilian use, and routed them "
        "to a St Petersburg firm that supplies the Russian military. He was arrested in Cyprus last year "
        "at the request of the United States and had fought extradition in the island's courts. If "
        "convicted of export control and smuggling charges, he faces up to 20 years in prison on each of "
        "the most serious counts. His lawyer said he would plead not guilty. The case was brought by the "
        "Disruptive Technology Strike Force, set up in 2023 to pursue sanctions evasion. Two co-defendants "
        "remain at large in Russia.",
        "crime",
    ),
    (
        "Florida man sentenced for smuggling rifles to Haitian gang leader",
        "A federal judge in Miami sentenced a Florida man on Wednesday to nine years in prison for buying "
        "rifles and ammunition from gun shops in the state and shipping them to Haiti in barrels labelled "
        "as household goods. Prosecutors said the 42-year-old bought 22 semi-automatic rifles, including "
        "AR-15 and AK-pattern models, and more than 12,000 rounds, using straw purchasers to hide his role. "
        "The weapons were destined for a gang leader in Port-au-Prince who paid through money transfer "
        "agents, according to court documents. He pleaded guilty in March to conspiracy and smuggling "
        "charges. 'Every gun that leaves South Florida in a barrel feeds the chaos in Haiti,' US Attorney "
        "Markenzy Lapointe said. The Bureau of Alcohol, Tobacco, Firearms and Explosives has set up a task "
        "force on the trade. Three other defendants are awaiting trial."
        " Investigators traced the guns through serial numbers recorded on weapons seized by Haitian "
        "police and shared with the ATF. Haiti's government has long asked Washington to do more to stop "
        "the flow of weapons. Customs officers at the Port of Miami have stepped up inspections of "
        "barrels and used cars bound for Haiti, officials said. Defence lawyers had asked for a sentence "
        "of four years, saying their client had no criminal record.",
        "crime",
    ),
    (
        "Italian police seize Chinese drone parts disguised as wind turbine components bound for Libya",
        "Italian customs police at the port of Gioia Tauro have seized parts for two military drones that "
        "had been shipped from China and declared as components for wind turbines, investigators said on "
        "Tuesday. The cargo, packed in six containers, was destined for Benghazi in eastern Libya, which is "
        "controlled by Khalifa Haftar's forces. X-ray scans found fuselage sections and wings, and experts "
        "said the parts could be assembled into drones with a wingspan of about 14 metres. Prosecutors in "
        "Reggio Calabria opened an investigation into breaches of the UN arms embargo on Libya and of "
        "Italian export rules. US intelligence had tipped off Italian authorities, two sources said. No "
        "arrests have been made. A UN panel of experts has repeatedly reported that foreign drones reach "
        "Libya despite the embargo imposed in 2011.",
        "crime",
    ),
    (
        "Dutch court jails businessman for exporting aircraft parts to Russia",
        "A court in Rotterdam sentenced a Dutch businessman to three years in prison on Tuesday for "
        "exporting aircraft parts and electronics to Russia in breach of EU sanctions, in one of the first "
        "such convictions in the Netherlands. The 57-year-old shipped goods worth about 1.2 million euros "
        "through a trading company in Kyrgyzstan between 2022 and 2024, prosecutors said, including parts "
        "that could be used in military helicopters. The court said he had known that the Central Asian "
        "buyer was a front. 'Sanctions only work if they are enforced,' the presiding judge said. His "
        "company was fined 500,000 euros. The Dutch customs service said it had opened more than 150 "
        "investigations into suspected sanctions evasion since Russia's invasion of Ukraine. The defence "
        "said it would appeal.",
        "crime",
    ),
    (
        "Sydney man jailed for brokering North Korean missile parts",
        "A Sydney man who tried to broker sales of North Korean missile components and coal was sentenced "
        "on Friday to three years and six months in prison, the first person convicted under Australia's "
        "weapons of mass destruction laws. Chan Han Choi, a naturalised Australian citizen born in South "
        "Korea, pleaded guilty to charges of acting as an agent for Pyongyang, including offering to sell "
        "missile guidance software to buyers in Indonesia and Vietnam. Police said he arranged the "
        "transfer of coal from North Korea to Indonesia and Vietnam in breach of UN sanctions, but none of "
        "the weapons deals was completed. The judge said Choi had been motivated by patriotism rather than "
        "money. He has been in custody since his arrest in 2017 and could be released within months. The "
        "Australian Federal Police called the case a warning to others.",
        "crime",
    ),
    (
        "Iran sanctions lifted as nuclear deal reaches implementation day",
        "International sanctions on Iran were lifted on Saturday after the UN nuclear watchdog confirmed "
        "that Tehran had met its commitments under last year's nuclear deal with six world powers. The "
        "International Atomic Energy Agency said Iran had shipped most of its enriched uranium abroad, "
        "removed thousands of centrifuges and poured concrete into the core of the Arak reactor. The "
        "European Union lifted its oil and financial sanctions, and the United States removed penalties on "
        "foreign companies doing business with Iran. 'Today marks the first day of a safer world,' EU "
        "foreign policy chief Federica Mogherini said in Vienna. Iran expects to regain access to about "
        "$100 billion in frozen assets. A UN arms embargo stays in force for five more years, and US "
        "sanctions over terrorism and human rights remain. Hours earlier, Iran released four Americans in "
        "a prisoner swap."
        " Airbus is expected to sign a deal to sell more than 100 airliners to Iran Air within weeks, "
        "and European oil companies are preparing to send delegations to Tehran. Iran's President Hassan "
        "Rouhani called it a 'golden page' in the country's history. Israel's Prime Minister Benjamin "
        "Netanyahu said Iran had not given up its ambitions to build nuclear weapons. Republicans in "
        "Congress said they would seek new sanctions over Iran's ballistic missile tests.",
        "peace",
    ),
    (
        "Viktor Bout freed in exchange for Brittney Griner",
        "Russia freed American basketball star Brittney Griner on Thursday in exchange for Viktor Bout, the "
        "arms dealer known as the 'Merchant of Death', in a swap on the tarmac of Abu Dhabi airport "
        "mediated by the United Arab Emirates and Saudi Arabia. Bout, 55, was serving a 25-year sentence "
        "in the United States after being convicted in 2011 of conspiring to sell weapons to Colombian "
        "rebels in a sting operation. Griner had been sentenced to nine years in a Russian penal colony on "
        "drug charges after cannabis oil was found in her luggage. 'She's safe, she's on a plane, she's on "
        "her way home,' President Joe Biden said. Bout was greeted in Moscow by his wife and mother. US "
        "officials said they had failed to secure the release of former Marine Paul Whelan in the same "
        "deal. Critics said the trade set a dangerous precedent.",
        "peace",
    ),
    (
        "UN lifts sanctions on Eritrea after peace deal with Ethiopia",
        "The UN Security Council voted unanimously on Wednesday to lift the arms embargo, travel bans and "
        "asset freezes it imposed on Eritrea nine years ago, following the country's peace agreement with "
        "Ethiopia. The sanctions were first imposed in 2009 over accusations that Asmara supported "
        "al-Shabaab in Somalia, which it denied, and over its border dispute with Djibouti. A UN monitoring "
        "group found no evidence of support for the militants in recent years. Ethiopia's Prime Minister "
        "Abiy Ahmed and Eritrea's President Isaias Afwerki signed a peace deal in July, ending two decades "
        "of hostility after the 1998-2000 border war. Eritrea's foreign minister said the decision "
        "corrected an injustice. The council urged Eritrea and Djibouti to settle their dispute peacefully. "
        "Diplomats said the vote showed how quickly the region's politics had shifted.",
        "peace",
    ),
    (
        "FARC completes handover of weapons to UN mission",
        "Colombia's FARC rebels handed over the last of their registered weapons to a UN mission on "
        "Tuesday, completing a key step of last year's peace agreement and ending the group's existence "
        "as an armed force. UN monitors said they had received 7,132 weapons, which were locked in "
        "containers at 26 demobilisation zones and will be melted down to build three monuments. President "
        "Juan Manuel Santos and FARC leader Rodrigo Londono, known as Timochenko, attended a ceremony in "
        "the village of Fonseca in La Guajira. 'Today our weapons are handed over. Farewell to arms, "
        "farewell to war, welcome to peace,' Londono said. The mission is still searching for hundreds of "
        "arms caches in remote areas. The FARC plans to form a political party by September. Critics "
        "said the number of weapons was lower than expected.",
        "peace",
    ),
    (
        "Thousands march on London arms fair as DSEI opens its doors",
        "Several thousand people marched from Canning Town to the ExCeL centre in east London on Tuesday "
        "as the DSEI arms fair opened, carrying banners reading 'Stop Arming Israel' and 'No Arms Fair'. "
        "The march was peaceful, the Metropolitan Police said, though officers arrested three people who "
        "locked themselves to railings on an access road. More than 1,500 companies are exhibiting at the "
        "fair, with delegations from about 90 countries, making it one of the world's largest. "
        "Organisers said the event was about 'deterrence and security' at a time of war in Europe. "
        "Protesters held a minute's silence outside the venue for civilians killed in conflicts around "
        "the world. Newham council, which had asked for the fair to be moved, said it was against the "
        "borough's values. Campaigners plan a week of vigils and workshops."
        " Inside the halls, manufacturers showed off drones, loitering munitions and counter-drone "
        "lasers, and a record number of Ukrainian companies had stands. Defence Secretary John Healey "
        "gave the opening speech, telling exhibitors that British industry was on 'a war footing' in "
        "terms of production. Among the foreign delegations were officials from the Gulf states, India "
        "and South Korea. Israeli government officials were not invited this year, though Israeli "
        "companies still took part.",
        "protest",
    ),
    (
        "Genoa dockers refuse to load Saudi cargo ship in arms protest",
        "Dock workers in the Italian port of Genoa refused on Monday to load a Saudi cargo ship they say "
        "carries weapons bound for the war in Yemen, staging a strike on the quayside as the vessel "
        "docked. The Bahri Yanbu, operated by Saudi shipping company Bahri, had been due to pick up "
        "electricity generators that unions said could be used by the military. Several hundred workers "
        "and activists gathered at the port gates with banners and flags. 'We will not be complicit in "
        "what is happening in Yemen,' a union official said. The ship had been prevented from loading "
        "Belgian arms in Antwerp and turned away from Le Havre earlier this month. The company said it "
        "had complied with all international rules. The ship left Genoa on Monday evening without the "
        "generators, the port authority said.",
        "protest",
    ),
    (
        "Peace activists hold vigil at Shannon over US military flights",
        "About 150 peace activists held a silent vigil outside Shannon Airport on Saturday to protest "
        "against the use of the airport by US military charter flights and aircraft carrying troops and "
        "weapons. The protesters, among them several former Irish army officers and a Catholic priest, "
        "lit candles and read out the names of children killed in wars in the Middle East. Two people "
        "were arrested after climbing a perimeter fence and were later released without charge, gardai "
        "said. Campaigners say the flights undermine Ireland's neutrality. The government says US aircraft "
        "landing at Shannon are unarmed and carry no weapons or munitions, and that checks are carried out. "
        "A private member's bill to ban such flights is due to be debated in the Dail next month.",
        "protest",
    ),
]
