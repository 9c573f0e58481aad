"""dev223 negatives, part two: the plant floor (factory fires and explosions, industrial and
mining accidents, peaceful strikes and walkouts, crime around factories, occupational health).
None reports armed conflict or political violence."""

NEGATIVES = [
    (
        "Fire at South Korean battery plant kills 22, most of them migrant workers",
        "HWASEONG, South Korea, June 24 - A fire tore through a lithium battery factory south of "
        "Seoul on Monday, killing 22 workers, most of them Chinese nationals employed through "
        "temporary agencies, in one of the country's deadliest industrial disasters in years. "
        "Firefighters said a series of explosions began when battery cells stacked on the second "
        "floor of the Aricell plant caught fire, filling the building with toxic smoke within "
        "seconds. Many of the victims were found near a staircase that led away from the exit. "
        '"The bodies were so badly burned it will take time to identify them," a fire official '
        "told reporters. Eight people were injured and one was still missing late on Monday. "
        "The plant made primary batteries, including some for military communications equipment, "
        "and stored about 35,000 cells on site, officials said. President Yoon Suk Yeol ordered "
        "a full inspection of factories that handle hazardous materials. Labour groups said "
        "migrant workers were often given little safety training and did not know the layout "
        "of the buildings where they worked.",
        "accident",
    ),
    (
        "Blast at Jiangsu chemical plant kills 47, flattens factories across industrial park",
        "An explosion at a pesticide plant in the eastern Chinese city of Yancheng on Thursday "
        "killed at least 47 people and injured about 640, flattening buildings across an "
        "industrial park and shattering windows several kilometres away, state media said. "
        "Residents described a blast that felt like an earthquake, and China's earthquake "
        "administration registered a tremor of magnitude 2.2. Television footage showed "
        "burned-out factory sheds, twisted steel and a crater at the centre of the site run by "
        "Tianjiayi Chemical. Nearly 3,000 firefighters and soldiers were sent to fight the fires "
        "and search the rubble, and dozens of people were still missing. Hospitals in Yancheng "
        "appealed for blood donors. Police detained several managers of the company, which had "
        "been fined repeatedly for breaches of environmental and safety rules. President Xi "
        "Jinping called for all-out efforts to rescue the injured and a thorough investigation. "
        "The Chenjiagang park has been the scene of several explosions in recent years.",
        "accident",
    ),
    (
        "Locked exit blamed as factory fire near Dhaka kills 52",
        "NARAYANGANJ, Bangladesh - At least 52 people died when a fire swept through a food and "
        "beverage factory outside Dhaka, officials said on Friday, as relatives accused the "
        "owners of locking the only exit to stop workers stealing goods. Fire crews took more "
        "than 20 hours to bring the blaze at the six-storey Hashem Foods plant in Rupganj under "
        "control, and most of the bodies were found on the fourth floor, where a collapsible "
        "gate had been padlocked, the fire service said. Chemicals and plastic packaging stored "
        "in the building fed the flames. Some workers jumped from the roof to escape. Among "
        "the dead were several children, some as young as 11, who had been working at the plant, "
        "according to relatives waiting outside the morgue. Police arrested the company's "
        "chairman and seven other people on charges of murder by negligence. The fire revived "
        "memories of the Tazreen garment factory blaze and raised fresh questions about safety "
        "outside the export garment sector.",
        "accident",
    ),
    (
        "Death toll in Telangana pharmaceutical plant explosion rises to 44",
        "HYDERABAD - The death toll from an explosion at Sigachi Industries' pharmaceutical "
        "plant near Hyderabad rose to 44 on Wednesday as rescuers pulled more bodies from the "
        "rubble of the collapsed production block, officials said. The blast on Monday morning "
        "ripped apart a three-storey building where about 90 workers were on shift, and the force "
        "threw some of them more than 100 metres, police said. Eight workers were still missing "
        "and 33 were being treated in hospital, several of them with severe burns. Initial "
        "findings point to a failure in a spray dryer used to make microcrystalline cellulose, "
        "an ingredient in tablets, the state's industries minister said. Sigachi said it would "
        "suspend operations at the plant for 90 days and pay compensation of 10 million rupees "
        "to each victim's family. Many of the dead were migrant workers from Bihar, Odisha and "
        "Uttar Pradesh, and families complained that they had received little information. "
        "The National Disaster Response Force said the search could take several more days.",
        "accident",
    ),
    (
        "Kazakhstan to take over ArcelorMittal unit after mine fire kills 46",
        "ASTANA - Kazakhstan said on Saturday it had reached a preliminary deal to take control "
        "of ArcelorMittal Temirtau, hours after a fire at one of the company's coal mines killed "
        "46 miners in the country's worst industrial disaster since independence. The fire "
        "broke out at the Kostenko mine in the Karaganda region early on Saturday, probably "
        "because of a methane explosion, the emergencies ministry said. More than 200 miners "
        "were evacuated, but rescuers in breathing apparatus spent the day recovering bodies from "
        "deep galleries. President Kassym-Jomart Tokayev, who declared a day of national "
        "mourning, said the government's cooperation with the company had been the worst in the "
        "history of the country's foreign investment. ArcelorMittal, which has been accused of "
        "neglecting safety and underinvesting in its Kazakh mines, said it was devastated and had "
        "agreed to the sale. More than 100 miners have died at the company's sites in Kazakhstan "
        "since 2006, according to local media.",
        "accident",
    ),
    (
        "Explosion levels building at Tennessee explosives plant, no survivors found",
        "McEWEN, Tennessee - Investigators were searching on Saturday for the cause of an "
        "explosion that destroyed a building at an explosives manufacturer in rural Tennessee, "
        "where officials said none of the 16 people inside survived. The blast at Accurate "
        "Energetic Systems, which makes explosives and ordnance components for the military and "
        "for demolition, was felt and heard for miles on Friday morning and left a field of "
        'burning debris. Humphreys County Sheriff Chris Davis said there was "nothing to '
        'recover" in the area where the building had stood, and that bomb technicians were '
        "working slowly because unexploded material was scattered across the site. Agents of "
        "the Bureau of Alcohol, Tobacco, Firearms and Explosives said there was no indication "
        "of a deliberate act. The company, which employs about 80 people, did not answer calls. "
        "Relatives gathered at a church in McEwen to wait for news. The plant had been cited for "
        "safety violations by federal inspectors in 2019.",
        "accident",
    ),
    (
        "Tianjin blasts destroy thousands of new cars at port, disrupting supply chains",
        "TIANJIN, China - Thousands of newly imported cars were destroyed and shipping was "
        "disrupted at one of China's busiest ports after two huge explosions at a warehouse "
        "storing hazardous chemicals killed at least 85 people, including 21 firefighters, "
        "officials said on Friday. Volkswagen said about 2,700 of its vehicles parked at the "
        "port had been damaged, and Renault, Toyota and Hyundai also reported losses. Toyota "
        "suspended production at its Tianjin assembly lines because workers' dormitories were "
        "damaged, and some 6,000 residents of nearby housing blocks were moved to schools. The "
        "cause of the blasts at the Ruihai International Logistics warehouse, which held "
        "hundreds of tonnes of sodium cyanide, was not known. Authorities detained the "
        "company's managers and deployed chemical warfare specialists from the army to clear "
        "the site. Shippers said some vessels were being diverted to Dalian and Qingdao. "
        "Insurance losses could exceed $1 billion, analysts estimated.",
        "accident",
    ),
    (
        "UAW launches unprecedented strike against all three Detroit carmakers",
        "WAYNE, Michigan - About 13,000 members of the United Auto Workers walked off the job at "
        "three plants run by General Motors, Ford and Stellantis just after midnight on Friday, "
        "the first time the union has struck all three Detroit automakers at once. Workers "
        "wearing red T-shirts marched outside Ford's Michigan Assembly plant, honking car horns "
        'and chanting "No pay, no parts" as the deadline passed without a new contract. UAW '
        'president Shawn Fain said the union would escalate its "stand-up strike" to more '
        "plants if talks did not make progress, keeping the companies guessing where it would "
        "strike next. \"Our fight is not against the American people, it's against corporate "
        'greed," he said. The union is demanding a 40% wage rise over four years and the end '
        "of a two-tier pay system. The carmakers say the demands would threaten their ability "
        "to invest in electric vehicles. The union's strike fund holds about $825 million.",
        "protest",
    ),
    (
        "Samsung workers stage first strike in company's history",
        "SEOUL, July 8 - Thousands of members of Samsung Electronics' biggest union began a "
        "three-day strike on Monday, the first full walkout at South Korea's largest company, "
        "demanding higher pay and an extra day of annual leave. About 6,500 union members "
        "gathered in the rain outside the company's chip plant in Hwaseong, wearing black "
        'headbands and holding banners that read "Guarantee our rights". The National Samsung '
        "Electronics Union said production at some lines could be disrupted, though the company "
        'said output was running normally. "We are no longer afraid," one union official told '
        "the crowd. Samsung, which for decades avoided unions under founder Lee Byung-chul's "
        "no-union policy, recognised organised labour only in 2020. The union represents about "
        "a fifth of Samsung's 125,000 employees in South Korea. Analysts said the strike was "
        "unlikely to affect memory chip supplies but signalled a shift in labour relations at "
        "a company battling rivals in AI chips.",
        "protest",
    ),
    (
        "Police detain striking Samsung workers in Chennai ahead of planned march",
        "CHENNAI, India - Police in Tamil Nadu detained more than 100 striking workers from "
        "Samsung's home appliance factory near Chennai on Monday as they prepared to march "
        "without permission, a union leader said. The workers, who make refrigerators and "
        "washing machines, have been on strike for four weeks, demanding higher wages and "
        "recognition of a new union backed by the Centre of Indian Trade Unions. They were "
        "taken to community halls and released in the evening, police said. The strikers have "
        'held daily sit-ins in a tent near the plant at Sriperumbudur. "We want our union, '
        'that is all," said one worker who has been at the plant for 14 years. Samsung says it '
        "pays more than twice the average for similar jobs in the area and that output has not "
        "been seriously hit. The state government, which is courting foreign investors, has "
        "tried to mediate. The factory accounts for about a third of Samsung's annual revenue "
        "in India.",
        "protest",
    ),
    (
        "Boeing machinists reject offer, extend strike that has shut jet production",
        "SEATTLE - Boeing factory workers voted on Wednesday to reject the company's latest "
        "contract offer, prolonging a strike by 33,000 machinists that has halted production of "
        "the 737 MAX, 767 and 777 jets for more than five weeks. Sixty-four percent of members "
        "of the International Association of Machinists District 751 voted against the deal, "
        "which offered a 35% pay rise over four years but did not restore a traditional pension. "
        "Picketers outside the company's Renton plant cheered and waved signs as the result was "
        'announced. "We\'ll stay out as long as it takes," said a machinist with 19 years at '
        "the company. Boeing, which is burning billions of dollars in cash, has announced plans "
        "to cut 10% of its workforce and may need to raise new equity. Acting Labor Secretary "
        "Julie Su had helped broker the offer. Suppliers including Spirit AeroSystems have "
        "begun furloughing workers.",
        "protest",
    ),
    (
        "Warning strikes halt production at nine Volkswagen plants",
        "Tens of thousands of Volkswagen workers walked off the job at nine German plants on "
        "Monday in warning strikes called by the IG Metall union, the latest escalation in a "
        "dispute over management's plans to cut wages and close factories. Workers left the "
        "assembly lines at Wolfsburg, Emden and Zwickau for two hours, gathering for rallies "
        'with drums, whistles and banners reading "No plant closures". The union said almost '
        "100,000 employees took part. IG Metall negotiator Thorsten Groeger said the stoppages "
        'were a warning and that the union was ready for "the toughest collective bargaining '
        'battle Volkswagen has ever seen" if management did not give ground. Volkswagen said '
        "it respected the right to strike and had taken steps to limit the effect on "
        "customers. The fourth round of talks is scheduled for next week in Wolfsburg. The "
        "carmaker wants to cut pay by 10% and says it must reduce costs to compete with "
        "Chinese rivals.",
        "protest",
    ),
    (
        "Tata Steel IJmuiden workers down tools over pay and job cuts",
        "IJMUIDEN, Netherlands - Workers at Tata Steel's IJmuiden plant, the largest steelworks "
        "in the Netherlands, began a five-day strike on Monday, the first of its kind at the "
        "site in decades, as the FNV union stepped up its campaign against plans to cut "
        "hundreds of jobs. Operators banked down the blast furnaces to a minimum and the "
        "hot strip mill stood idle, the union said. About 1,500 strikers gathered at the gate "
        'with flags, coffee and a brass band. "We have been patient for a year," said an FNV '
        "official. Tata Steel Nederland says it must reduce costs because of weak European "
        "demand and the expense of a plan to switch from coal-fired furnaces to lower-emission "
        "steelmaking by 2030. The company said the strike would cost tens of millions of euros "
        "and that customers would face delays. The Dutch government is in talks with Tata on "
        "subsidies for the green transition of the plant, which is also the country's biggest "
        "single source of carbon emissions.",
        "protest",
    ),
    (
        "French refinery strike drains pumps as government orders workers back",
        "PARIS, Oct 12 - France's government ordered some striking workers at an ExxonMobil fuel "
        "depot to return to work on Wednesday, using requisition powers for the first time in "
        "the dispute, as a strike over pay at refineries left nearly a third of the country's "
        "filling stations short of at least one fuel. Queues of cars stretched for hundreds of "
        "metres in Paris and the north, and some regions limited the amount of fuel drivers "
        "could buy. The CGT union, which has been blocking four of TotalEnergies' refineries "
        "and depots for more than two weeks, called the requisitions an attack on the right to "
        "strike and said it would challenge them in court. Pickets outside the Gonfreville "
        "refinery near Le Havre were calm on Wednesday, with workers warming themselves around "
        "braziers. TotalEnergies offered a 6% pay rise, short of the 10% the union is "
        "demanding. Prime Minister Elisabeth Borne urged management and unions to reach a "
        "deal quickly.",
        "protest",
    ),
    (
        "Former Samsung executive charged with stealing chip plant blueprints for China",
        "SEOUL - South Korean prosecutors have indicted a former Samsung Electronics executive "
        "on charges of stealing the company's designs for a semiconductor plant in order to "
        "build a copy of it in China, just 1.5 km from Samsung's factory in Xian. Prosecutors "
        "said the 65-year-old, who also worked at SK Hynix, obtained data on clean-room layouts "
        "and production processes and used them to set up a chipmaker backed by Taiwanese and "
        "Chinese investors. He recruited about 200 engineers from the two South Korean "
        "companies, prosecutors said. The plant was never finished after the Taiwanese investor "
        "pulled out. The theft caused losses estimated at 300 billion won, according to the "
        "indictment. His lawyer said he denied wrongdoing. South Korea, which has seen a rise "
        "in attempts to steal technology by rivals in China, is considering tougher penalties "
        "for industrial espionage. Six other people were also charged.",
        "crime",
    ),
    (
        "Armed hijackings of auto parts trucks soar on Mexico's factory highways",
        "PUEBLA, Mexico - Armed robberies of freight trucks on the highways linking Mexico's car "
        "plants to the US border rose by almost a quarter last year, an insurance industry "
        "group said on Tuesday, with gangs increasingly targeting auto parts, electronics and "
        "steel. Most thefts happen on the Mexico City to Puebla and Queretaro routes, where "
        "armed men in cars force drivers off the road, take their trucks and unload the cargo "
        "at warehouses within hours, according to the report. A driver for a Volkswagen "
        "supplier told reporters he was held at gunpoint for six hours in March while his "
        "trailer was emptied. Nobody was hurt in most of the cases, the group said, but drivers "
        "have been beaten and some killed. Manufacturers have begun sending trucks in convoys, "
        "fitting them with GPS locks and hiring armed escorts. Police in Puebla said they "
        "arrested 11 members of a gang that resold stolen parts online.",
        "crime",
    ),
    (
        "Construction mafia extortion drives investors away from South African industrial sites",
        "JOHANNESBURG - Groups demanding a 30% share of construction contracts have halted work "
        "at dozens of industrial and infrastructure sites in South Africa, costing the economy "
        "billions of rand, business groups said on Thursday. The so-called business forums, "
        "which police describe as organised extortion rings, arrive at sites with armed men and "
        "threaten contractors unless they hand over subcontracts or cash. A steel fabricator "
        'building a warehouse for a carmaker in Durban said it had paid "security fees" for '
        "months before pulling out. Police said they had arrested more than 2,000 suspects "
        "linked to such crimes in the past two years, and a special task team has been set up "
        'in KwaZulu-Natal. "This is crime, not transformation," Police Minister Bheki Cele '
        "told lawmakers. Several site managers have been shot dead in recent years. The South "
        "African Forum of Civil Engineering Contractors said its members were adding the costs "
        "of guards to their bids.",
        "crime",
    ),
    (
        "Ludhiana police rescue hosiery factory owner kidnapped for ransom",
        "LUDHIANA, India - Police in Punjab have rescued the owner of a hosiery factory who was "
        "kidnapped for ransom on his way home from work and arrested three men, including a "
        "former employee, officers said on Sunday. The 52-year-old businessman was forced into "
        "a car at gunpoint on Friday night, and his family received a call demanding 2 crore "
        "rupees for his release. Officers tracked the kidnappers' phones to a rented house in "
        "a village outside the city, where they found him tied up but unhurt. The police "
        "commissioner said the former employee had been sacked last year and knew the owner's "
        "routine. A pistol and the car were seized. Ludhiana is the centre of India's woollen "
        "knitwear industry, and traders said several factory owners had received extortion "
        "calls in recent months. The industry association urged the police to step up patrols "
        "in the city's industrial areas, where many units work through the night in the "
        "winter season.",
        "crime",
    ),
    (
        "Covid outbreak at Tonnies meat plant puts German district back in lockdown",
        "GUETERSLOH, Germany - More than 1,500 workers at the Tonnies meat processing plant in "
        "Rheda-Wiedenbrueck have tested positive for the coronavirus, forcing the first return "
        "to lockdown in Germany since restrictions were eased, officials in North "
        "Rhine-Westphalia said on Tuesday. The plant, Europe's largest slaughterhouse, has been "
        "shut and its 7,000 staff placed in quarantine, many of them in crowded lodgings where "
        "police and the army helped deliver food. State premier Armin Laschet said cinemas, "
        "gyms and bars in the Guetersloh district would close for a week. Health experts said "
        "the cold, damp air of the cutting halls and the close contact among workers had helped "
        "the virus spread. Unions said the outbreak showed the risks of the industry's use of "
        "subcontracted labour from Romania and Bulgaria. Labour Minister Hubertus Heil promised "
        "to ban such contracts in slaughterhouses. Tonnies said it regretted the outbreak.",
        "health",
    ),
    (
        "Australia bans engineered stone as silicosis epidemic spreads among workers",
        "SYDNEY - Australia on Monday became the first country to ban engineered stone, the "
        "popular material for kitchen benchtops, after a surge in cases of silicosis among "
        "workers who cut and polish it. The lung disease, caused by inhaling fine silica dust, "
        "is incurable and can kill within a few years, and doctors have diagnosed hundreds of "
        'cases among stonemasons, many in their twenties and thirties. "This is the asbestos of '
        'our generation," said the national secretary of the construction union, which '
        "campaigned for the ban. Safe Work Australia estimates that one in four workers exposed "
        "to the dust before 2018 has developed silicosis or will do so. Manufacturers had argued "
        "that stricter controls on dust would be enough. Caesarstone, the largest supplier, "
        "said it would shift to low-silica products. Health authorities are setting up a "
        "national register of occupational lung diseases, and states are screening thousands "
        "of former workers.",
        "health",
    ),
]
