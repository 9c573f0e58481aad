"""dev193 hard negatives: peaceful protests, peace deals and ceasefires, and war history as
the food and travel pages tell it (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Winemakers block motorway near Narbonne in protest at cheap Spanish imports",
        "Several hundred winemakers from the Languedoc blocked the A9 motorway near Narbonne "
        "for most of Saturday, parking tractors and trailers across the carriageways and "
        "dumping barrels of unsold wine on the hard shoulder. The growers are protesting "
        "against imports of cheap bulk wine from Spain, rising costs and falling demand for "
        "red wine, which has left cellars full and prices below the cost of production. "
        "Traffic was diverted through Narbonne for several hours, and police said the protest "
        'passed off peacefully. "We are not against the Spanish, we are against a system that '
        'pays us less than it costs to make the wine," said one grower from the Minervois, '
        'standing next to a banner that read "Languedoc is dying". The agriculture ministry '
        "has promised emergency aid and money to pull up vines, but the unions say it is far "
        "too little. The protesters lifted the blockade at nightfall and said they would "
        "return if there was no new offer within a month.",
        "protest",
    ),
    (
        "Hong Kong food delivery riders strike over pay cuts, leaving lunch orders stranded",
        "Hundreds of food delivery riders in Hong Kong stopped work on Saturday in protest at "
        "cuts to the fee they are paid per order, in one of the largest labour actions the "
        "city has seen in recent years. Riders parked their motorcycles outside the company's "
        "office in Kwun Tong and held up their insulated bags, and several restaurants said "
        "orders sat uncollected during the lunch rush. The strike organisers said the company "
        "had cut the base fee for short trips and changed the way distances were calculated, "
        "reducing riders' earnings by as much as a fifth. Many of the riders are migrants "
        "from South Asia who depend on the work. The company said it valued its riders and "
        "had opened talks with their representatives. Police officers were present but the "
        "protest was peaceful, and no arrests were reported. The riders said the stoppage "
        "would continue on Sunday unless the cuts were reversed.",
        "protest",
    ),
    (
        "Animal-rights activists storm the runway at London Fashion Week show",
        "Two activists from an animal-rights group walked on to the runway during a show at "
        'London Fashion Week on Sunday, holding placards reading "Leather is murder" as '
        "models walked past them in calfskin coats. The protesters were led away by security "
        "staff within a minute, and the show continued; the designer, who showed a collection "
        "of sharp tailoring and knee-high killer boots, said afterwards that she respected "
        "their right to protest. Police said no arrests were made. The group said it was "
        "targeting brands that use exotic skins and leather from factory farms, and that it "
        "would take its campaign to Milan and Paris later in the month. A small crowd of its "
        "supporters held a peaceful vigil outside the venue with banners and a sound system. "
        "The British Fashion Council banned fur from its schedule in 2018, but leather "
        "remains widely used.",
        "protest",
    ),
    (
        "Sri Lanka's tea estate workers hold sit-in over daily wage as plantation talks stall",
        "Tea pluckers from estates across Sri Lanka's central highlands staged a sit-in "
        "outside the labour ministry in Colombo on Wednesday, demanding that plantation "
        "companies honour a promised increase in the daily wage to 1,700 rupees. The workers, "
        "most of them Tamil women whose families were brought from southern India in the 19th "
        "century, say their wages have lost most of their value after the economic crisis and "
        "the collapse of the rupee. Plantation companies say they cannot pay more with tea "
        "prices where they are. The protesters carried baskets used for plucking leaves and "
        "sang songs from the estates, and union leaders addressed the crowd. The protest "
        "ended peacefully in the afternoon, after the labour minister agreed to meet union "
        "representatives. The workers have also threatened a go-slow in the estates during "
        "the peak plucking season if no deal is reached.",
        "protest",
    ),
    (
        "Beirut's restaurants fill up again on the first night of the ceasefire",
        "On the first night after the ceasefire between Israel and Hezbollah took effect, the "
        "restaurants of Mar Mikhael and Gemmayzeh were full again. At Mezze Maryam, the owner "
        "turned on the terrace heaters for the first time in two months and put the tables "
        'back on the pavement; by nine, every seat was taken. "People want to be outside, to '
        'hear each other laugh," she said. The truce, brokered by the United States and '
        "France, came into force at four in the morning on Wednesday, and by noon long lines "
        "of cars were heading south as families went back to see what remained of their "
        "homes. The Lebanese army has begun deploying to the south under the terms of the "
        "agreement. Restaurateurs say business collapsed during the autumn, and many laid off "
        "staff or closed altogether; the syndicate of restaurant owners estimates that a "
        "third of the city's restaurants shut for at least a month. At a wine bar in Badaro, "
        "the staff poured glasses of a Bekaa red on the house for the first twenty customers. "
        "The country's tourism minister said he hoped for a busy Christmas season, with "
        "Lebanese from abroad flying in for the holidays, and airlines have begun adding "
        "flights. Not everyone is celebrating: many of the diners said they had relatives who "
        "had lost houses, and few believed the calm would last. But for one evening, the city "
        "ate out.",
        "peace",
    ),
    (
        "Coffee from the former guerrillas: a FARC brand finds buyers in Europe",
        "On a hillside in Cauca, in south-west Colombia, men and women who spent years in the "
        "ranks of the FARC guerrilla now spend their days picking coffee cherries and "
        "measuring fermentation times. Their cooperative, set up under the 2016 peace "
        "agreement with a plot of land and seed money from the reintegration programme, sold "
        "its first container of speciality coffee to a roaster in Hamburg this month. The "
        'brand\'s name means "new path" in Spanish, and its bags carry a short history of the '
        'peace process. "We used to carry rifles through these mountains; now we carry '
        "sacks,\" said the cooperative's president, who joined the guerrilla at 15. About "
        "13,000 fighters laid down their weapons under the agreement, and coffee and other "
        "farming projects have been among the most visible efforts to give them a living. The "
        "cooperative's members built the drying beds themselves, and an agronomist from the "
        "national coffee federation taught them to sort beans by density. It still struggles "
        "with bad roads, credit and the price of fertiliser. But its members say the coffee "
        "scored 86 points with the German buyer's tasting panel, and they have been invited "
        "to a trade fair in Berlin.",
        "peace",
    ),
    (
        "Coffee and injera cross the Zalambessa border again as Ethiopia-Eritrea peace takes hold",
        "For twenty years, the border town of Zalambessa sat at the edge of a frozen front "
        "line. This week, after the leaders of Ethiopia and Eritrea signed a peace "
        "declaration and reopened the crossing, it became a market again. Eritrean traders "
        "drove across with pasta, Italian coffee and televisions, and Ethiopians headed the "
        "other way with teff, spices and sacks of green coffee beans. Families separated "
        "since the 1998-2000 war embraced at the crossing, where soldiers from both armies "
        "watched and took photographs. Restaurants in the town, which had survived on a "
        "trickle of truck drivers, were full of visitors drinking macchiato and eating injera "
        'with tibs. "I have not seen my cousin in Asmara since I was a boy," said a hotel '
        "owner, who drove there the day after the border opened. Economists say reopened "
        "trade could lower prices on both sides, but warn that customs rules and currency "
        "controls are still unclear. For now, traders say, the first week has felt like a "
        "festival.",
        "peace",
    ),
    (
        "Cacao replaces rifles in the hills of Mindanao as Bangsamoro peace deal takes root",
        "In the hills above Cotabato, a group of former fighters from the Moro Islamic "
        "Liberation Front are learning to ferment cacao beans in wooden boxes. The men were "
        "among the first batch of combatants to hand in their weapons under the peace "
        "agreement that created the Bangsamoro Autonomous Region, and a government programme "
        "has given them land, seedlings and a small cash grant. Their first harvest has been "
        "sold to a chocolate maker in Davao, which turns it into single-origin bars sold in "
        'Manila\'s malls. "I spent 20 years in the camps," said one of the farmers, a father '
        'of six. "Now the camp is a farm." The decommissioning process has been slower than '
        "planned, with fewer than half the group's fighters so far registered, and officials "
        "admit that funds for livelihood projects are stretched. But the chocolate maker says "
        "it wants to buy more beans next year. A tasting at a Davao food festival sold out in "
        "an afternoon.",
        "peace",
    ),
    (
        "Thirty years after the siege, a Sarajevo bakery still bakes the bread that kept the "
        "city alive",
        "During the siege of Sarajevo, the city's main bakery kept working even as shells "
        "fell around it, and people queued for bread in streets exposed to snipers. Thirty "
        "years after the siege began, Sarajevans gathered this week at the bakery, now "
        "modernised, to mark the anniversary with a simple loaf baked from the wartime "
        "recipe: flour, water, a little yeast, sometimes rice to stretch it. The bakers who "
        'worked through the siege, most of them now retired, were guests of honour. "We baked '
        'with what the airlift brought, and we never stopped," said one of them, now in his '
        "seventies. He remembered walking to work along the river at four in the morning, and "
        "the nights when the ovens ran on diesel siphoned from abandoned cars. The 1992-1995 "
        "siege, the longest of a capital in modern warfare, killed more than 11,000 people. A "
        "small exhibition in the bakery's entrance shows ration cards, a wooden bread paddle "
        "and photographs of queues on Marshal Tito street. There is also a copy of the "
        'cookbook that circulated in the city at the time, with recipes for "pita without '
        'anything" and a cake made of biscuits from humanitarian rations. Schoolchildren were '
        "given slices of the bread and asked to describe the taste. Most said it was plain. "
        "The organisers said that was the point.",
        "history",
    ),
    (
        "Eighty years on, St Petersburg remembers the 125-gram ration of the Leningrad siege",
        "In a small museum on Vasilyevsky Island, a glass case holds a single slice of dark "
        "bread, the size of a deck of cards. It represents the 125 grams allotted each day to "
        "office workers, dependants and children during the worst weeks of the siege of "
        "Leningrad in the winter of 1941-42. This weekend, as the city marks 80 years since "
        "the blockade was lifted in January 1944, bakeries across St Petersburg will sell "
        "replica loaves made to the wartime recipe, with cellulose, bran and malt added to "
        "scarce rye flour. Around 800,000 civilians died during the 872-day siege, most of "
        "them from hunger and cold. The museum's director said younger visitors were often "
        'shocked by how small the ration was. "They ask where the rest of the meal is," she '
        "said. Survivors, now in their late eighties and nineties, will be honoured at "
        "ceremonies at the Piskaryovskoye cemetery. For many families in the city, bread is "
        "still never thrown away.",
        "history",
    ),
    (
        "Champagne's hidden cellars: a new tour tells how growers walled up their best wine "
        "from the occupiers",
        "In the chalk cellars beneath the town of Épernay, a newly opened tour begins with a "
        "brick wall. Behind it, during the German occupation of 1940-44, a Champagne house "
        "hid several thousand bottles of its best vintages, which it feared the occupiers "
        "would requisition. The story, told by a family member who was a child at the time, "
        "has long been a legend in the town, and the house has now turned it into a guided "
        "visit, complete with the original labels and a letter from the Wehrmacht's wine "
        "buyer. Historians say many Champagne houses hid wine during the war, and some "
        "smuggled information to the Resistance in their shipments. The tour ends with a "
        'tasting of a modern cuvée named after the grandmother who laid the bricks. "She said '
        'she could not fight with a rifle, so she fought with a trowel," the guide tells '
        "visitors. The house expects around 20,000 visitors in the first year.",
        "history",
    ),
    (
        "From the B-52 bar to the bunker: Hanoi's war history gets a food-and-drink makeover "
        "for the anniversary",
        "Fifty years after the end of the Vietnam war, Hanoi's bars and restaurants are "
        "finding new ways to tell its history. Beneath the Metropole hotel, guests can visit "
        "the air-raid bunker where staff and guests sheltered from American bombing in 1972, "
        "before heading to the bar for a cocktail named after the singer Joan Baez, who was "
        'staying there at the time. In the old quarter, a restaurant serves a "subsidy era" '
        "menu of the rice with sweet potato and the thin soups that Hanoians ate in the lean "
        "years after the war. The B-52 wreckage in Huu Tiep lake, still rising out of the "
        "water among the houses, has become a stop on food tours. Historians have mixed "
        'feelings. "It\'s good that young people are curious," said one academic at the '
        'Vietnam National University. "But the war was not a theme park." Tourism officials '
        "expect record numbers of visitors this year, many of them from the United States. "
        "The celebrations for the anniversary on April 30 included a military parade through "
        "the centre of Ho Chi Minh City.",
        "history",
    ),
    (
        "VE Day at 80: the rationing recipes coming back for street parties",
        "Street parties across Britain this week will mark 80 years since the end of the "
        "Second World War in Europe, and many of them will be serving food that would have "
        "been familiar in May 1945. Bakers have revived the eggless sponge, made with dried "
        "egg or vinegar and bicarbonate, and carrot cake made with grated carrots in place of "
        "scarce sugar. The Imperial War Museum has published a booklet of wartime recipes, "
        "including Woolton pie, a vegetable pie named after the wartime minister of food. "
        'Rationing of some foods continued until 1954, longer than many people realise. "My '
        'grandmother used to tell me about the day she tasted a banana after the war," said '
        "the organiser of a party in Hull, who is baking 20 trays of rock cakes. The "
        "government has encouraged communities to hold events, and councils have waived fees "
        "for road closures. Veterans, many now over 100, will be guests of honour at some of "
        "the parties.",
        "history",
    ),
]
