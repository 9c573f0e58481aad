"""dev223 negatives, part three: arms makers' earnings, orders and exhibitions, defence plants
opening, industrial history and anniversaries, ceasefires and peace deals seen from the factory,
natural disasters that stop production, war in films and games, a works-team derby and ordinary
industry news. None reports a current violent event."""

NEGATIVES = [
    (
        "Rheinmetall posts record backlog as Europe rearms, shares hit new high",
        "DUESSELDORF, Germany - Rheinmetall said on Thursday its order backlog had reached a record "
        "55 billion euros and forecast sales growth of up to 30% this year, as European governments "
        "race to rebuild stocks of ammunition and armoured vehicles. Germany's largest arms maker "
        "said demand for 155 mm artillery shells was far ahead of its capacity, and that it would "
        "add production lines in Germany, Spain, Lithuania and Romania. Chief executive Armin "
        'Papperger told analysts the company expected a "super cycle" of defence spending that '
        "would last at least a decade. Operating profit rose 61% to 1.48 billion euros. Shares rose "
        "as much as 14% to a record, giving the company a market value larger than that of "
        "Volkswagen. Rheinmetall, which has supplied Ukraine with tanks and ammunition since 2022, "
        "also said it was in talks to convert civilian car parts plants in Berlin and Neuss to "
        "defence production. Analysts at Jefferies raised their price target.",
        "military",
    ),
    (
        "Hanwha Aerospace profit triples on Polish howitzer deliveries",
        "SEOUL - Hanwha Aerospace reported a threefold rise in quarterly operating profit on "
        "Tuesday as deliveries of K9 self-propelled howitzers and Chunmoo rocket launchers to "
        "Poland ramped up, cementing South Korea's position as one of the fastest-growing arms "
        "exporters. The company said its land systems backlog now exceeded 30 trillion won, "
        "including a second executive contract with Warsaw for 152 K9 guns signed this year. "
        "Hanwha plans to build a plant in Poland to produce missiles for the Chunmoo system and "
        'is bidding for contracts in Romania, the United States and the Middle East. "Europe '
        'needs weapons quickly, and we can deliver them quickly," a company executive told '
        "analysts. South Korea's defence exports have surged since 2022, when Poland signed "
        "framework deals for tanks, howitzers, aircraft and launchers worth some $20 billion. "
        "Shares in Hanwha Aerospace have more than doubled this year.",
        "military",
    ),
    (
        "Drones and loitering munitions dominate IDEX as Gulf buyers sign deals",
        "ABU DHABI - Drones, loitering munitions and counter-drone systems took centre stage at "
        "the IDEX defence exhibition, which opened on Monday with more than 1,500 exhibitors "
        "from 65 countries. The United Arab Emirates announced contracts worth 5.6 billion "
        "dirhams on the first day, most of them with EDGE, the state-owned defence "
        "conglomerate, which showed a family of precision-guided munitions and unmanned ground "
        "vehicles. Turkish, Chinese and Korean companies had some of the largest pavilions, "
        "while American and European firms showed air defence radars and interceptors. "
        '"Every delegation wants to talk about drones and how to stop them," said a sales '
        "manager from a European missile maker. Visitors crowded around a mock-up of an attack "
        "drone whose maker claims a range of 2,000 km. Organisers expect more than 130,000 "
        "visitors over the five days of the show and its naval section, NAVDEX. The event runs "
        "alongside UMEX, an exhibition of unmanned systems.",
        "military",
    ),
    (
        "Israeli arms makers return to Eurosatory after court lifts ban",
        "PARIS - Israeli defence companies will be allowed to exhibit at the Eurosatory arms fair "
        "outside Paris after a commercial court overturned the organisers' decision to exclude "
        "them, a lawyer for the Israeli firms said on Tuesday. The organisers, Coges Events, had "
        "barred the companies last month at the request of the French defence ministry, citing "
        "the government's call for an end to the war in Gaza. The court said the ban was "
        "discriminatory. Only a few Israeli firms are expected to set up stands before the fair "
        "ends on Friday, after their original spaces were given to others. Eurosatory, one of the "
        "world's biggest land and air defence exhibitions, has drawn about 2,000 exhibitors this "
        "year, with a strong focus on artillery, drones and air defence. Elbit Systems and "
        "Rafael had planned large displays before the ban. Israel's defence ministry welcomed "
        "the ruling, while campaign groups said they would appeal.",
        "military",
    ),
    (
        "Rheinmetall inaugurates giant shell factory at Unterluess",
        "UNTERLUESS, Germany - Rheinmetall opened a new artillery ammunition plant in northern "
        "Germany on Wednesday that it says will be the largest in Europe when it reaches full "
        "capacity of 350,000 shells a year by 2027. The factory in Unterluess, built in just "
        "over a year, will also make explosives and rocket motors, and will employ about 500 "
        "people. Chancellor Olaf Scholz and NATO Secretary General Mark Rutte attended the "
        'ceremony with Danish Prime Minister Mette Frederiksen. "We must produce more, and '
        "faster,\" Rutte said, adding that the alliance's members still produced far fewer shells "
        "than Russia. Rheinmetall said the plant would help Germany and its partners rebuild "
        "stocks depleted by deliveries to Ukraine. The company has invested about 300 million "
        "euros in the site and says it will be able to supply 1.1 million shells a year across "
        "its European plants. Local officials welcomed the jobs but residents raised concerns "
        "about traffic and safety.",
        "military",
    ),
    (
        "Ukraine's drone makers look abroad as output outstrips state budget",
        "KYIV - Ukrainian drone manufacturers say they could produce up to 10 million drones a "
        "year, roughly three times what the government can afford to buy, and are pressing for "
        "permission to export and to open joint factories in Europe. Industry association "
        "Tech Force in UA says more than 500 companies now build drones, many of them start-ups "
        "that did not exist before the full-scale invasion. Defence ministry officials said "
        'this week that the government had agreed to pilot "controlled exports" and that '
        "several firms were setting up production with partners in Denmark and Britain. "
        '"We have the best engineers in the world in this field, and we are using half of '
        'them," said the founder of a Kyiv company that makes fibre-optic guided drones. '
        "Executives say the biggest obstacle is financing, and many rely on grants and "
        "donations. Foreign investors remain wary because of the war but several venture "
        "funds have opened offices in Kyiv this year.",
        "military",
    ),
    (
        "Baykar buys Piaggio Aerospace, plans drone production in Italy",
        "ROME - Turkish drone maker Baykar has signed a deal to buy Italian aircraft maker "
        "Piaggio Aerospace, the Italian government said on Friday, ending a six-year search for "
        "a buyer for the company, which has been under state administration since 2018. Baykar, "
        "whose Bayraktar TB2 drones have been sold to more than 30 countries, said it would keep "
        "all of Piaggio's roughly 850 employees and continue production of its P.180 Avanti "
        "business aircraft at the plant near Genoa. Chief executive Haluk Bayraktar said the "
        "company also planned to make drones and to develop its unmanned aircraft for European "
        "customers. Italy's industry minister Adolfo Urso called it \"a great day for Italian "
        "aviation\". The sale must be approved under Italy's golden power rules for strategic "
        "assets. Last month Baykar signed a joint venture with Leonardo to build unmanned "
        "systems, and analysts said the Piaggio deal gave it a foothold in the European Union's "
        "defence market.",
        "military",
    ),
    (
        "Ten years after Rana Plaza, garment workers mourn and ask what has changed",
        "SAVAR, Bangladesh, April 24 - Thousands of garment workers, relatives and union activists "
        "gathered on Monday at the site where the Rana Plaza factory building collapsed ten years "
        "ago, killing 1,134 people, to lay wreaths and demand more compensation for survivors. "
        "The eight-storey complex outside Dhaka, which housed five garment factories supplying "
        "Western brands, caved in the morning after cracks appeared in its walls. Many of the "
        "more than 2,000 injured still live with disabilities and say they cannot find work. "
        '"My life stopped that day," said a woman who lost her sister and was trapped for '
        "17 hours. Labour groups credit the Accord on Fire and Building Safety, signed by more "
        "than 200 brands after the disaster, with making thousands of factories safer, but say "
        "wages remain among the lowest in the world. The building's owner, Sohel Rana, is still "
        "in prison while his murder trial drags on.",
        "history",
    ),
    (
        "Toxic waste removed from Bhopal plant 40 years after gas leak",
        "BHOPAL, India - Trucks carrying 337 tonnes of toxic waste left the site of the former "
        "Union Carbide pesticide factory in Bhopal on Thursday, four decades after a gas leak "
        "there killed thousands of people in the world's worst industrial disaster. The waste, "
        "which has been stored at the abandoned plant since the leak, will be burned at a "
        "treatment facility in Pithampur, about 250 km away, state officials said. Survivors' "
        "groups, who have campaigned for years for the site to be cleaned up, said the amount "
        "removed was a small part of the contamination that still pollutes groundwater around "
        "the plant. On the night of December 2, 1984, methyl isocyanate gas leaked from a tank "
        "and spread over sleeping neighbourhoods. The official death toll is about 5,000, while "
        "activists say more than 20,000 people have died of its effects. Residents of Pithampur "
        "staged protests against the plan, which the state says is safe.",
        "history",
    ),
    (
        "Volkswagen opens memorial exhibition on wartime forced labour at Wolfsburg",
        "WOLFSBURG, Germany - Volkswagen has opened a new permanent exhibition in a former "
        "air-raid shelter beneath its Wolfsburg plant, telling the story of the roughly 20,000 "
        "forced labourers, prisoners of war and concentration camp inmates who worked at the "
        "factory during the Second World War. The plant, built by the Nazi regime to make the "
        '"people\'s car", instead produced military vehicles, mines and parts for the V1 flying '
        "bomb. The exhibition includes letters, identity cards and interviews with former "
        "labourers from Poland, Ukraine, France and the Netherlands, several of whom visited "
        'the plant in the 1990s. "We owe them the truth about our history," a member of the '
        "management board said. Historians commissioned by the company documented the forced "
        "labour programme in a study published in 1996. Volkswagen paid into a national "
        "compensation fund set up in 2000. School groups and apprentices will visit the site "
        "as part of their training.",
        "history",
    ),
    (
        "Ford evacuates Cologne plant as bomb squad defuses WWII bomb",
        "COLOGNE, Germany - About 4,000 workers at Ford's Cologne-Niehl plant were sent home and "
        "production of electric vehicles halted for a day after construction crews found an "
        "unexploded Second World War bomb near the site, city officials said on Tuesday. The "
        "American-made 500 kg bomb, with an impact fuse, was discovered during excavation for a "
        "new car park, and a zone with a radius of 1 km around it was cleared. Residents of "
        "nearby streets, about 1,800 people, were asked to leave their homes, and some waited "
        "in a school gym. Bomb disposal experts made the device safe in the early evening, and "
        "the cordon was lifted. Cologne, which was bombed heavily by Allied aircraft during the "
        "war, has some of the highest numbers of such finds in Germany. Ford said production "
        "would restart on the night shift. The plant, which opened in 1930, now makes the "
        "Explorer electric SUV.",
        "history",
    ),
    (
        "Galilee factories count the cost as Lebanon ceasefire takes hold",
        "KIRYAT SHMONA, Israel - Factory owners in Israel's northern border region began "
        "returning to their plants on Thursday as a ceasefire between Israel and Hezbollah held "
        "for a second day, assessing damage and calling employees back to work. The "
        "Manufacturers Association said about 80 plants in the area had been shut or working "
        "at partial capacity for more than a year, and that many had lost customers to "
        'competitors in the centre of the country. "The first thing is to get the people back, '
        'then the machines," said the owner of a plastics factory in the Tel Hai industrial '
        "park, who said that about half of his workers had moved away. The government has "
        "promised grants to businesses that reopen, and officials said schools in some "
        "communities could open by March. Under the 60-day truce, Israeli forces are to "
        "withdraw from southern Lebanon and Hezbollah is to move its fighters north of the "
        "Litani river. Many residents said they would wait to see whether it lasted.",
        "peace",
    ),
    (
        "Tigray factories restart as peace deal holds, but power and cash are short",
        "MEKELLE, Ethiopia - Factories in Tigray's capital are slowly coming back to life "
        "months after the peace agreement signed in Pretoria, as banks, telecoms and electricity "
        "return to the region, managers and officials said. At the Mesebo cement plant, one of "
        "the region's biggest employers, workers are repairing kilns with parts brought in from "
        "Addis Ababa, and managers hope to restart one line by the end of the year. Flights and "
        "fuel deliveries have resumed, but businesses say they cannot get enough cash from banks "
        'to pay wages. "We have peace, now we need capital," said the head of the regional '
        "chamber of commerce. The interim regional administration says more than 200 factories "
        "need financing to reopen. The federal government and the Tigray People's Liberation "
        "Front have met several times to review the deal, and African Union monitors say the "
        "truce is holding. Many workers have returned from elsewhere in the region.",
        "peace",
    ),
    (
        "Former FARC fighters stitch a new life in Colombia's garment trade",
        "ICONONZO, Colombia - In a workshop in the hills of Tolima, former guerrillas who laid "
        "down their weapons under Colombia's 2016 peace accord now run sewing machines, making "
        "uniforms, backpacks and T-shirts for companies and schools. The cooperative, set up "
        "with funding from the United Nations and the government's reintegration agency, has "
        '40 members and sold 12,000 garments last year. "Before we made war, now we make '
        'clothes," said its manager, who spent 18 years in the FARC. The project is one of '
        "more than 3,000 productive ventures that former combatants have started since the "
        "agreement, the reintegration agency says. Members of the cooperative take part in "
        "reconciliation meetings with farmers and victims' families in the municipality. "
        "Their biggest challenges are access to credit and transport to markets in Bogota. A "
        "Bogota clothing brand recently signed a contract to buy 5,000 shirts, which the "
        "cooperative says will let it hire ten more people.",
        "peace",
    ),
    (
        "TSMC evacuates fab workers after Taiwan's strongest quake in 25 years",
        "TAIPEI, April 3 - Taiwan Semiconductor Manufacturing Co evacuated staff from some of its "
        "chip plants on Wednesday after the strongest earthquake to hit the island in 25 years "
        "killed at least nine people and injured more than 900. The magnitude 7.4 quake struck "
        "off the eastern county of Hualien in the morning rush hour, collapsing buildings and "
        "triggering landslides that trapped dozens of people in tunnels and at a quarry. TSMC, "
        "the world's biggest contract chipmaker, said more than 70% of its tools had recovered "
        "within ten hours and that its most advanced machines were undamaged. Some wafers in "
        "process would have to be scrapped, analysts said. The army sent troops to help clear "
        "roads and rescue people stranded in Taroko National Park. Hundreds of aftershocks "
        "followed. Shares of TSMC fell 1.3%. Analysts said the quick recovery reflected lessons "
        "learned after a 1999 earthquake that killed more than 2,400 people.",
        "disaster",
    ),
    (
        "Hurricane Helene shuts quartz mines that feed the global chip industry",
        "SPRUCE PINE, North Carolina - Two mines in the Appalachian town of Spruce Pine that "
        "produce most of the world's high-purity quartz, used to make crucibles for growing "
        "silicon crystals, have halted operations after Hurricane Helene caused catastrophic "
        "flooding in western North Carolina. Sibelco and The Quartz Corp said they were "
        "working to restore power, roads and rail lines but could not yet say when production "
        "would resume. The storm has killed more than 100 people across six states, and "
        "hundreds remain unaccounted for in the mountains around Asheville, officials said. "
        "The National Guard has airlifted food and water to communities cut off by landslides. "
        "Analysts said chipmakers and solar wafer producers had some inventory, but that a "
        'long shutdown could tighten supply. "There is no easy substitute for Spruce Pine '
        "quartz,\" said a materials consultant. Both companies said their employees' safety was "
        "their first concern.",
        "disaster",
    ),
    (
        "Chennai floods halt car plants, thousands moved to relief camps",
        "CHENNAI, India, Dec 3 - Car makers including Ford, Renault-Nissan and Hyundai suspended "
        "production at their plants around Chennai on Thursday after the heaviest rain in more "
        "than a century flooded the city, which is known as India's Detroit. More than 270 "
        "people have died in Tamil Nadu since the monsoon rains began in November, and tens of "
        "thousands of residents have been moved to relief camps, state officials said. The army, "
        "navy and the National Disaster Response Force rescued people from rooftops with boats "
        "and helicopters. The airport was closed after its runway flooded, and phone networks "
        "were down across large parts of the city. Industry body Assocham estimated losses at "
        "more than 150 billion rupees. Workers at the plants were told to stay at home, and "
        "suppliers said they could not move parts because roads were under water. Hyundai said "
        "it would make up lost output once its staff could return safely.",
        "disaster",
    ),
    (
        "Novel of munitions girls and the war at home wins historical fiction prize",
        "A novel about the women who filled shells in a Welsh munitions factory during the "
        "First World War has won this year's Walter Scott Prize for historical fiction, the "
        "judges announced on Saturday. The book follows three friends who leave service jobs "
        "for better pay on the shell-filling lines, where the chemicals turn their skin yellow "
        'and earn them the nickname "canaries". The judges praised its depiction of the noise, '
        "danger and comradeship of the factory floor, and a climactic explosion that the author "
        'based on accidents recorded in the archives. "These women were fighting a war too, '
        'with their lungs and their skin," the author said in her acceptance speech. It is her '
        "third novel and her first to be set outside her native Lancashire. The prize, worth "
        "25,000 pounds, was presented at the Borders Book Festival in Melrose. Film rights have "
        "been sold to a British production company.",
        "entertainment",
    ),
    (
        "Factorio expansion sends players to defend factories on alien worlds",
        "The long-awaited Space Age expansion for Factorio, the factory-building game from "
        "Czech studio Wube Software, sold more than a million copies in its first week, the "
        "developer said. Players build sprawling automated production lines to launch rockets "
        "to four new planets, each with its own resources and hostile creatures that attack "
        "polluting factories. On the volcanic world of Vulcanus, giant worms destroy anything "
        "in their path, and players must build turrets, artillery and rocket defences to "
        "protect their supply chains. \"It's a logistics game where the enemy is your own "
        'inefficiency," one reviewer wrote. The base game, which has sold more than 4 million '
        "copies, is famous for never being discounted. Wube said it had added quality-of-life "
        "changes for players who prefer to switch off the enemies altogether. Reviews on Steam "
        'were "overwhelmingly positive", and modders released hundreds of add-ons within days.',
        "entertainment",
    ),
    (
        "Wolfsburg edge Leverkusen in battle of the company clubs",
        "WOLFSBURG, Germany - VfL Wolfsburg beat Bayer Leverkusen 2-1 on Saturday in the "
        "Bundesliga meeting of the two clubs owned by industrial giants, as a late header from "
        "their captain ended the visitors' unbeaten run. Leverkusen, founded as the works team "
        "of the chemicals and pharmaceuticals maker, dominated possession, but their attack "
        "struggled against a Wolfsburg defence that sat deep in front of a crowd of 26,000, many "
        "of them Volkswagen employees. The home side went ahead with a counter-attack before "
        'half-time and Leverkusen equalised from a penalty after the break. "We fought for '
        "every ball, we killed the game in the last ten minutes,\" Wolfsburg's coach said. "
        "Critics have long accused both clubs of relying on corporate money, though the league "
        "grants them an exemption from its ownership rules because of their long histories. "
        "Wolfsburg moved up to seventh place with the win.",
        "sport",
    ),
    (
        "TSMC's Arizona plant starts volume production of advanced chips",
        "PHOENIX - Taiwan Semiconductor Manufacturing Co has begun volume production of 4 "
        "nanometre chips at its first factory in Arizona, the company said on Friday, a "
        "milestone for US efforts to bring advanced chipmaking back home. Yields at the plant "
        "were comparable with those in Taiwan, company executives said, easing concerns that "
        "construction delays and labour shortages would hurt its performance. The $65 billion "
        "Arizona project, which received $6.6 billion in grants under the CHIPS and Science "
        "Act, will eventually include three fabs. Apple, Nvidia and AMD are expected to be "
        "among its first customers. The plant employs about 2,200 people, many of them "
        "engineers trained in Taiwan. Commerce Secretary Gina Raimondo said the start of "
        "production showed that the country could once again make leading-edge chips. TSMC "
        "also plans to build an advanced packaging plant in the state.",
        "other",
    ),
    (
        "Euro zone factories slip deeper into contraction, PMI shows",
        "LONDON, Oct 1 - Manufacturing activity across the euro zone shrank at its fastest pace "
        "this year in September as new orders fell sharply, a survey showed on Tuesday, adding "
        "to signs that the bloc's industry is in recession. HCOB's final manufacturing purchasing "
        "managers' index fell to 45.0 from 45.8 in August, below the 50 mark that separates "
        "growth from contraction for the 27th month in a row. Germany, the region's biggest "
        "economy, was again the weakest performer, with its index falling to a one-year low. "
        "Factories cut staff at the fastest rate since 2020 and reduced purchases of raw "
        'materials, the survey found. "There is no sign of a turnaround," said an economist '
        "at Hamburg Commercial Bank. Input prices fell for a third month, which economists said "
        "would support the case for further interest rate cuts by the European Central Bank. "
        "The euro slipped against the dollar after the data.",
        "other",
    ),
    (
        "From Kharkiv to Wroclaw: the engineer who built a robotics firm in exile",
        "WROCLAW, Poland - When Olena Kravets left Kharkiv with her two children and a laptop in "
        "2022, she did not expect to be running a company with 45 employees three years later. "
        "Her start-up, which makes robotic arms for small metalworking shops, has just raised "
        "6 million euros from Polish and German investors and signed a supply deal with a "
        "Volkswagen contractor in Saxony. Kravets, a former engineer at a Kharkiv turbine maker, "
        "started the business in a shared office with two other Ukrainian engineers and a Polish "
        "partner who handled sales. About a third of her staff are Ukrainians who moved to Poland "
        'after 2022. "Poland gave us a place to work, and we want to give something back," she '
        "said. She hopes one day to open a plant in Ukraine as well. Investors say Ukrainian "
        "engineering talent has become one of the drivers of Wroclaw's growing industrial "
        "technology scene.",
        "other",
    ),
]
