"""dev197 positives, part B: Africa, Asia, Latin America and the Caribbean, Europe.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset (B battle,
E explosions_remote_violence, V violence_against_civilians, T terrorism, M military_operation,
D displacement, H humanitarian, U unrest).
"""

POSITIVES = [
    (
        "Petrol stations torched as Iran fuel price protests spread; security forces open fire",
        "Protests against a sudden rise in petrol prices spread to dozens of Iranian cities on "
        "Sunday, with demonstrators setting fire to petrol stations and banks and security "
        "forces firing on crowds, according to witnesses and videos posted online. "
        "The government raised the price of regular petrol by 50% on Friday and introduced "
        "rationing, saying the revenue would go to the poorest families. "
        "In Shiraz, Behbahan and the Tehran suburb of Shahriar, protesters blocked highways with "
        "abandoned cars and clashed with riot police and Basij militia, the semi-official ISNA "
        "news agency reported. "
        "Authorities cut internet access across most of the country, monitoring group NetBlocks "
        "said, in the broadest shutdown Iran has imposed. "
        "Amnesty International said at least 106 protesters had been killed in 21 cities, a "
        "figure the judiciary called speculative. "
        "Supreme Leader Ayatollah Ali Khamenei backed the price rise and blamed the violence on "
        "thugs and foreign enemies. "
        "The Revolutionary Guards warned that they would take decisive action if the unrest "
        "continued. "
        "The state news agency IRNA said about 1,000 people had been arrested.",
        "U",
        "riot",
    ),
    (
        "Niger Delta Avengers blow up Chevron platform, Forcados line as output slumps",
        "A militant group calling itself the Niger Delta Avengers said on Thursday it had blown "
        "up a Chevron offshore platform near the Warri South-West district, the latest in a "
        "string of attacks that has cut Nigeria's oil output to its lowest in two decades. "
        "Chevron confirmed an attack on its Okan facility and said it was assessing the "
        "damage. "
        "The group, which demands a bigger share of oil wealth for the delta's communities, "
        "also claimed responsibility for an explosion on the Trans Forcados pipeline last month "
        "that forced Shell to declare force majeure on exports. "
        "“The oil companies and the government should be ready for the worst,” the Avengers "
        "said on Twitter, warning foreign oil workers to leave. "
        "Nigeria's crude production has fallen to about 1.4 million barrels a day from 2.2 "
        "million at the start of the year, according to the petroleum ministry. "
        "The military has deployed troops and gunboats to the creeks of Delta state, and "
        "residents of Gbaramatu kingdom say soldiers have raided several communities. "
        "President Muhammadu Buhari has vowed to deal with the militants as he would with Boko "
        "Haram. "
        "Power stations that depend on gas from the delta have also been shut, worsening "
        "blackouts in Lagos and Abuja.",
        "E M",
        "sabotage",
    ),
    (
        "Insurgents storm Palma near Total's LNG site; dozens dead, thousands flee",
        "Islamist insurgents stormed the town of Palma in northern Mozambique on Wednesday, "
        "killing dozens of people and forcing thousands to flee, a few kilometres from the site "
        "of a $20 billion liquefied natural gas project led by France's Total. "
        "Fighters linked to Islamic State attacked from three directions hours after Total "
        "announced it would gradually resume construction at the Afungi peninsula, security "
        "sources said. "
        "Some bodies were found beheaded in the streets, the defence ministry said. "
        "About 180 people, among them foreign contractors, sheltered in the Amarula Palma hotel "
        "before trying to break out in a convoy that was ambushed, witnesses said. "
        "Government troops and a private military company fought the insurgents for several "
        "days before the army said it had retaken the town. "
        "The UN said more than 11,000 people had reached Pemba, Nangade and Mueda, many by boat "
        "or on foot through the bush. "
        "Total withdrew all its staff from Afungi and later declared force majeure on the "
        "project. "
        "The insurgency in Cabo Delgado has killed more than 2,600 people and displaced nearly "
        "700,000 since 2017, according to monitoring groups.",
        "T B V M D",
        "attack",
    ),
    (
        "RSF drones hit Port Sudan fuel depots on third day of strikes on the Red Sea city",
        "Drones struck fuel depots at Port Sudan's southern port for a third straight day on "
        "Tuesday, sending towers of black smoke over the city that has served as the army-backed "
        "government's wartime seat, witnesses and officials said. "
        "The army blamed the paramilitary Rapid Support Forces, which did not comment. "
        "Earlier strikes hit the city's main power substation and the only international "
        "airport still operating in army-held Sudan, causing widespread power cuts. "
        "The state-owned Sudanese Petroleum Corporation said several storage tanks holding "
        "diesel and petrol were on fire and that firefighters were struggling to contain the "
        "blaze. "
        "Queues at petrol stations stretched for kilometres, and bakeries and water pumps that "
        "depend on generators stopped working in parts of the city, residents said. "
        "The United Nations said it was deeply alarmed and that Port Sudan was the main entry "
        "point for humanitarian aid into a country where half the population faces acute "
        "hunger. "
        "The World Food Programme said it had suspended some flights. "
        "Port Sudan had been spared the direct fighting of the two-year war until this month.",
        "E H",
        "drone_strike",
    ),
    (
        "Kazakhstan fuel protests: troops told to shoot without warning as Almaty burns",
        "President Kassym-Jomart Tokayev said on Friday he had authorised security forces to "
        "shoot to kill without warning, as troops and police battled protesters in Almaty "
        "after days of unrest that began over a rise in the price of liquefied gas. "
        "Protests that started on January 2 in the oil town of Zhanaozen spread across the "
        "country, and on Wednesday crowds stormed and set fire to the mayor's office in Almaty "
        "and briefly seized the airport. "
        "The interior ministry said 26 armed criminals had been liquidated and more than 3,000 "
        "people detained, while 18 members of the security forces had been killed. "
        "Troops from the Russian-led Collective Security Treaty Organization began arriving at "
        "Tokayev's request to guard government buildings and strategic sites. "
        "Automatic gunfire could be heard in central Almaty on Friday morning, a Reuters "
        "witness said. "
        "The government had reversed the price rise and resigned earlier in the week, but the "
        "protests went on. "
        "Internet access remained largely cut across the country, and banks and petrol stations "
        "in Almaty were closed. "
        "Tokayev said constitutional order had largely been restored in the regions.",
        "U M",
        "riot",
    ),
    (
        "Ecuador declares curfew around Quito as fuel subsidy protests turn violent",
        "Ecuador's President Lenín Moreno imposed a curfew around government buildings in "
        "Quito on Tuesday after protesters against the end of fuel subsidies broke into the "
        "National Assembly and clashed with police using tear gas. "
        "Thousands of indigenous demonstrators, many of whom had marched from the Andean "
        "provinces, filled the capital's streets, and some set fire to police motorbikes and "
        "tyres. "
        "Moreno moved his government to the port city of Guayaquil, saying he faced an attempted "
        "coup. "
        "Oil output fell by about 12% after protesters occupied three oil fields in the Amazon, "
        "state company Petroamazonas said. "
        "The ombudsman's office said one protester had died and dozens were injured, while "
        "police said more than 570 people had been arrested since the start of the unrest last "
        "week. "
        "The protests were triggered by a decree that scrapped decades-old subsidies and "
        "roughly doubled the price of diesel overnight. "
        "The indigenous federation CONAIE said it would not negotiate while the decree stood.",
        "U",
        "riot",
    ),
    (
        "Al-Shabaab blows up Hormuud masts in Hiran, cutting phones across the region",
        "Al-Shabaab militants destroyed three telecommunications masts belonging to Hormuud "
        "Telecom in Somalia's Hiran region overnight, cutting mobile and internet services to "
        "several towns, local officials said on Monday. "
        "Fighters placed explosives at the masts near Bulobarde and Jalalaqsi after the company "
        "refused the group's orders to switch off services in areas under government control, "
        "an official told the Somali National News Agency. "
        "Residents said they could no longer use mobile money, which most Somalis depend on to "
        "buy food and receive remittances. "
        "The jihadist group, which is linked to al-Qaeda, has attacked dozens of masts in recent "
        "months as government forces and clan militias push it out of towns in central Somalia. "
        "Hormuud said an engineer had been abducted from one of the sites and that it was "
        "working with elders to secure his release. "
        "The government called the attacks an act of terrorism against the Somali people.",
        "T E V",
        "sabotage",
    ),
    (
        "JNIM fuel blockade grips Bamako as tanker convoys are torched on the Senegal road",
        "Long queues formed at the few petrol stations still open in Bamako on Monday as a "
        "blockade of fuel imports by the al-Qaeda-linked JNIM group entered its sixth week, "
        "forcing schools to close and cutting electricity for much of the day. "
        "Fighters attacked a convoy of about 40 tankers near Kati on Sunday and set most of "
        "them on fire, a transport union official said, adding that two drivers had been killed "
        "and several abducted. "
        "The jihadist group announced in September that it would block all fuel coming from "
        "Senegal and Ivory Coast in retaliation for a junta ban on fuel sales in rural areas. "
        "Mali's military government said the army was escorting convoys and had killed dozens of "
        "terrorists in operations along the corridor. "
        "Electricity utility EDM said its thermal plants, which run on diesel, were operating "
        "at a fraction of capacity. "
        "Mothers said they were cooking on charcoal, whose price had tripled, and that "
        "hospitals were sending patients home. "
        "The United States and Britain told their citizens to leave the country while "
        "commercial flights were still available.",
        "T V M H",
        "blockade",
    ),
    (
        "Haitian police retake Varreux fuel terminal after two-month gang blockade",
        "Haitian police said on Thursday they had retaken the Varreux fuel terminal in "
        "Port-au-Prince after a gang coalition blockaded it for nearly two months, paralysing "
        "the country and fuelling a cholera outbreak. "
        "Armoured vehicles moved into the area after an exchange of fire with members of the "
        "G9 alliance led by Jimmy Chérizier, known as Barbecue, police spokesman Gary "
        "Desrosiers said. "
        "The terminal holds about 70% of Haiti's fuel, and its closure shut hospitals, water "
        "treatment plants and mobile phone networks. "
        "The Pan American Health Organization said the lack of fuel and clean water had helped "
        "cholera spread to more than 1,000 suspected cases in the capital. "
        "“We are going to make sure fuel trucks can leave in the coming days,” Prime Minister "
        "Ariel Henry said in a video message. "
        "The National Human Rights Defense Network said dozens of people had been killed in gang "
        "violence in Cité Soleil and the neighbouring districts since the blockade began. "
        "Petrol station owners said it would take at least a week for supplies to return to "
        "normal.",
        "B M H",
        "police_operation",
    ),
    (
        "Blast ruptures gas pipeline in Dera Bugti; Sui supplies to Punjab disrupted",
        "Unidentified attackers blew up a main gas pipeline in the Pir Koh area of Dera Bugti "
        "district in Balochistan late on Sunday, disrupting supplies from the Sui field to parts "
        "of Punjab and Sindh, officials said. "
        "Sui Northern Gas Pipelines said pressure had dropped across its network and that "
        "industrial consumers in Lahore and Faisalabad would face load-shedding for several days. "
        "The banned Baloch Republican Army claimed responsibility in a message to journalists. "
        "A police official said the area had been cordoned off and that no arrests had been "
        "made. "
        "Balochistan's home minister condemned what he called a cowardly act of terrorism "
        "aimed at the country's economy. "
        "Separatist groups have frequently blown up gas pipelines, railway tracks and power "
        "pylons in the province, the site of Pakistan's largest gas reserves. "
        "Repairs could begin only after the bomb disposal squad cleared the site, an SNGPL "
        "spokesman said. "
        "Households in Quetta also reported low pressure on Monday morning.",
        "E T",
        "sabotage",
    ),
    (
        "Myanmar resistance fighters down pylons and clash with troops guarding Bago substation",
        "Resistance forces in Myanmar's Bago region blew up four high-voltage pylons and "
        "fought a two-hour gun battle with soldiers guarding a substation, cutting power to "
        "Taungoo and surrounding townships, local media reported on Wednesday. "
        "A People's Defence Force unit said in a statement that it targeted the line because it "
        "fed military factories and that three soldiers were killed in the fighting, a claim "
        "that could not be verified. "
        "The junta-controlled Global New Light of Myanmar said security forces repelled the "
        "attackers and that one member of the security forces was wounded. "
        "Residents said military aircraft later bombed two villages near the substation, "
        "killing at least four people. "
        "Myanmar's grid has been crippled by attacks on infrastructure, gas shortages and "
        "unpaid bills since the 2021 coup, and Yangon has endured daily rolling blackouts of up "
        "to 12 hours. "
        "The electricity ministry said repairs would take at least a week. "
        "Factory owners in Taungoo said they had sent workers home.",
        "E B",
        "attack",
    ),
    (
        "ELN bombs Caño Limón-Coveñas pipeline again; Ecopetrol halts pumping",
        "Colombia's ELN guerrillas bombed the Caño Limón-Coveñas oil pipeline in the "
        "northeastern department of Norte de Santander on Saturday, forcing state oil company "
        "Ecopetrol to halt pumping and spilling crude into a stream, the army said. "
        "It was the 18th attack on the 780-kilometre pipeline this year, according to "
        "Ecopetrol. "
        "The army's Second Division said the explosive charge was placed near the village of La "
        "Donjuana and that troops had been sent to secure the area. "
        "Ecopetrol said it was working to contain the spill, which had reached the Pamplonita "
        "river, a source of drinking water for several towns. "
        "“Every attack on the pipeline is an attack on the rivers and on the communities,” "
        "environment minister Susana Muhamad said. "
        "The ELN has bombed the pipeline, which carries crude from the Arauca fields to the "
        "Caribbean coast, thousands of times since it opened in 1986. "
        "The group is also fighting FARC dissidents for control of drug routes along the "
        "Venezuelan border. "
        "Pumping was expected to resume after repairs of about a week.",
        "E",
        "sabotage",
    ),
    (
        "Police fire on fuel protesters in Rambukkana, killing one as Sri Lanka runs dry",
        "Sri Lankan police opened fire on protesters blocking a railway line and a highway in "
        "Rambukkana on Tuesday, killing one man and wounding at least 13, officials said, the "
        "first death in weeks of protests over shortages of fuel, food and medicine. "
        "Protesters had blocked the road with a fuel tanker and were threatening to set it "
        "alight, police spokesman Nihal Thalduwa said, adding that officers fired to prevent a "
        "disaster. "
        "Witnesses said police fired tear gas and then live rounds at the crowd, which had "
        "gathered after petrol prices were raised for the second time in a month. "
        "A curfew was imposed in the town, about 90 kilometres from Colombo. "
        "The UN human rights office called for an independent investigation. "
        "Across the country, motorists have queued for hours at petrol stations, and the "
        "state-run Ceylon Electricity Board has imposed power cuts of up to 13 hours a day "
        "because it cannot pay for fuel imports. "
        "Protesters in Colombo have camped outside the presidential secretariat for more than a "
        "week, demanding that President Gotabaya Rajapaksa resign.",
        "U",
        "crackdown",
    ),
    (
        "Houthi offensive edges toward Safer oil facilities as Marib camps empty",
        "Houthi forces pushed closer to the Safer oil and gas facilities east of Marib on "
        "Sunday after heavy fighting with government troops and tribal fighters, military "
        "sources on both sides said. "
        "Saudi-led coalition jets carried out dozens of air strikes on Houthi positions in the "
        "Raghwan and Juba districts, the coalition said, claiming that more than 150 fighters "
        "had been killed in 24 hours. "
        "The Safer complex feeds a bottling plant that supplies most of Yemen's cooking gas and "
        "a power station that lights Marib city. "
        "The International Organization for Migration said about 10,000 people had fled in the "
        "past month, many of them from camps that had already sheltered families displaced "
        "several times. "
        "A missile hit a petrol station in Marib city last week, killing at least 14 people, "
        "local authorities said. "
        "Aid agencies warned that the remaining camps south of the city were overcrowded and "
        "short of water. "
        "Marib is the government's last stronghold in the north, and its loss would be a heavy "
        "blow to the coalition.",
        "B E M D H",
        "offensive",
    ),
    (
        "Rocket from Gaza sets Ashkelon fuel tank on fire as barrages intensify",
        "A rocket fired from Gaza hit a fuel storage tank belonging to the Europe Asia Pipeline "
        "Company in Ashkelon on Tuesday night, setting off a blaze that sent flames high into the "
        "sky, Israeli officials said. "
        "The company, which operates the Eilat-Ashkelon pipeline, said there were no injuries "
        "among its staff and that firefighters were working to prevent the fire from spreading to "
        "other tanks. "
        "Hamas's armed wing said it had fired 130 rockets at Tel Aviv and other cities in "
        "response to the destruction of a residential tower in Gaza. "
        "Two women were killed in Ashkelon earlier in the day when rockets struck a building, "
        "Israel's Magen David Adom ambulance service said. "
        "Israel's military said it had struck hundreds of targets in Gaza, and Gaza's health "
        "ministry said dozens of Palestinians had been killed. "
        "The Energy Ministry said the country's fuel supply was not at risk. "
        "Gaza's only power plant warned that it had fuel for a few days, as Israel closed the "
        "Kerem Shalom crossing.",
        "E M",
        "rocket_attack",
    ),
    (
        "Kosovo blames Serbia-backed 'professionals' for blast on Ibar-Lepenac canal",
        "An explosion damaged the Ibar-Lepenac water canal in northern Kosovo late on Friday, "
        "threatening drinking water for much of the country and cooling water for the two coal "
        "power plants that produce most of its electricity, officials said. "
        "Prime Minister Albin Kurti called it a terrorist attack carried out by professionals "
        "directed from Belgrade, and said the aim was to deprive citizens of water and power. "
        "Serbian President Aleksandar Vucic denied any involvement and said Serbia had nothing "
        "to do with it. "
        "Police said explosives had been placed on the concrete canal near Varage, in the "
        "Zubin Potok municipality, and that eight people had been detained for questioning. "
        "Kosovo's energy corporation KEK said the power plants had enough water in reserve for "
        "several days, and the water utility began rationing supplies in Pristina. "
        "NATO's KFOR mission said it had increased patrols around the canal and other critical "
        "infrastructure.",
        "E T",
        "sabotage",
    ),
]
