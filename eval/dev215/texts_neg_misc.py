"""dev215 negatives, the desk's war words elsewhere: rationing and hyperinflation remembered,
games and documentaries, army ration packs and commissaries, truces and grain deals that bring
prices down, shortages at the pharmacy and a supermarket's sports sponsorship.
(title, text, kind code)."""

NEGATIVES = [
    # history
    (
        "Seventy years since the end of rationing, Britons recall the ration book",
        """Seventy years ago this week, on 4 July 1954, Britain ended the rationing of meat, bringing to a close 14 years of food controls that began in the Second World War. Housewives tore up their ration books in Trafalgar Square, and butchers stayed open until midnight to meet the demand. An exhibition at the Imperial War Museum in London marks the anniversary with original ration books, posters urging people to "Dig for Victory" and recipes for mock banana made from parsnips. Rationing began in January 1940 with bacon, butter and sugar, and was extended to meat, tea, cheese and eggs as German U-boats attacked supply ships in the Atlantic. Bread, which was never rationed during the war, was rationed from 1946 to 1948. Sweets came off the ration in 1953, leading to queues around the block at sweet shops. "My mother could make a meal out of nothing," said one visitor, who was six when rationing ended. Historians say rationing improved the diet of the poorest families, and that infant mortality fell during the war years. The exhibition also tells the story of the black market, where spivs sold nylons, petrol and sugar at several times the official price. The museum has published a cookbook of wartime recipes, and a series of talks on the home front runs through the summer.""",
        "history",
    ),
    (
        "A century on, Berlin exhibition recalls when a loaf cost billions of marks",
        """In November 1923, a loaf of bread in Berlin cost 200 billion marks, and workers were paid twice a day so they could spend their wages before prices rose again. A new exhibition at the German Historical Museum marks the centenary of the hyperinflation that destroyed the savings of millions of Germans. It displays banknotes printed on one side only, children playing with bundles of worthless money and photos of crowds outside banks. The crisis was caused by the government's decision to print money to pay for the First World War and for reparations, and it was made worse by the French occupation of the Ruhr. Historians say the trauma of hyperinflation helped the Nazis to power ten years later and still shapes Germany's attitude to money. "Germans have a deep fear of inflation, and this is where it comes from," said the curator. The exhibition runs until next spring.""",
        "history",
    ),
    (
        "Forty years on, Egyptians remember the 'bread intifada' of 1977",
        """Forty years ago this week, tens of thousands of Egyptians poured into the streets of Cairo, Alexandria and other cities after the government of Anwar Sadat announced an end to subsidies on flour, rice and cooking oil. The two days of riots, which Sadat called an "uprising of thieves", left dozens of people dead before the army was sent in and the price rises were reversed. The events have shaped Egypt's approach to bread subsidies ever since, and successive governments have been wary of touching the price of the baladi loaf. Historians at the American University in Cairo held a seminar on Wednesday to mark the anniversary. "Every Egyptian government since 1977 has had the memory of those days in mind," said one of the speakers. The anniversary comes as Egypt struggles with inflation of more than 30 percent after the devaluation of the pound. The government has said it will not cut bread subsidies.""",
        "history",
    ),
    # entertainment
    (
        "Indie game puts players behind the counter of a shop in a besieged city",
        """A new video game from a Polish studio asks players to run a small grocery shop in a city under siege, deciding who gets the last bag of flour and whether to raise prices as supplies dwindle. The game, inspired by accounts of the siege of Sarajevo in the 1990s, has been praised by critics for its bleak atmosphere and moral choices. Players must trade with smugglers, hide stock from soldiers and keep their family fed through a long winter. Each day begins with a knock on the shutter and a customer with a story, and the player must decide whether to give credit. Some customers pay with jewellery, cigarettes or favours, and a bad decision can lead to the shop being raided at night. "We wanted to show war through the eyes of ordinary people trying to survive," said the game's director. The studio consulted survivors of the siege and historians in developing the game. One of them, a woman who ran a kiosk in Sarajevo's Dobrinja district, appears in a short documentary included with the game. It has sold more than 200,000 copies in its first month on Steam. Some critics said the game's economy was too punishing and its ending too grim. The studio plans to release the game on consoles next year.""",
        "entertainment",
    ),
    (
        "Netflix documentary revisits Argentina's 'corralito' and the year the banks shut",
        """A new Netflix documentary series tells the story of Argentina's 2001 financial crisis, when the government froze bank accounts and the country defaulted on its debt. The four-part series, "Corralito", uses archive footage and interviews with savers, bankers and politicians to tell the story of the months when Argentines could not withdraw their money. It shows the queues outside banks, the pot-banging protests and the riots that forced President Fernando de la Rúa to flee the presidential palace by helicopter. The director said she wanted to show how the crisis still shapes Argentines' distrust of banks. "My parents still keep their dollars under the mattress," she said. Critics have praised the series for its balanced approach. It is the most-watched non-fiction series on Netflix in Argentina this month.""",
        "entertainment",
    ),
    # military
    (
        "Polish army orders 1.2 million ration packs from domestic food producers",
        """Poland's defence ministry has signed contracts with domestic food producers for 1.2 million field ration packs, as the army grows towards a target of 300,000 troops. The packs, which include ready-to-eat meals, snacks, coffee and a flameless heater, will be delivered over three years, the ministry's armament agency said on Monday. The contracts are worth about 250 million zlotys and were awarded to three companies from central and eastern Poland. Until now the army has relied partly on imported rations. The menus include pierogi, bigos and pork stew, as well as vegetarian and halal options. The defence minister said the deal would support Polish farmers and food processors and improve the army's self-sufficiency. Poland spends more than 4 percent of its GDP on defence, the highest share in NATO. Food industry groups said the orders would help smaller producers cope with the end of export growth. The ration packs will also be used in exercises and by the Territorial Defence Forces.""",
        "military",
    ),
    (
        "US military commissaries cut prices to help troops battle inflation",
        """The Defense Commissary Agency said on Monday it would cut prices on more than 1,000 products in its grocery stores on US military bases, to help service members and their families cope with rising food costs. The agency runs about 240 stores around the world, which sell groceries at cost plus a 5 percent surcharge. The price cuts cover staples such as milk, eggs, bread and baby formula. A survey by a military family charity found that many junior enlisted families struggled to afford food. "Our troops should not have to worry about putting food on the table," said the agency's director. The Pentagon has also increased the basic allowance for subsistence. Military families said the cuts would help, but that rents near bases remained the biggest problem.""",
        "military",
    ),
    # peace
    (
        "Fuel queues vanish in Sanaa as truce lets tankers dock at Hodeidah",
        """The long queues at petrol stations in Sanaa disappeared this week for the first time in months, after a UN-brokered truce allowed fuel tankers to dock at the port of Hodeidah. The truce between the Saudi-led coalition and the Houthi movement took effect at the start of Ramadan, and the UN envoy said it was largely holding. Eighteen fuel ships are to be allowed into Hodeidah over two months under the deal, and the first two have already unloaded. The price of petrol on the black market in Sanaa fell by half, drivers said, and official stations returned to selling at the fixed price. Commercial flights from Sanaa airport to Amman and Cairo are also due to resume. "For the first time in a long time, I can fill my car without waiting all night," said a taxi driver. Shopkeepers said the cost of transporting goods from the port had come down, and that they expected flour and vegetable prices to follow. The truce is the first nationwide halt to hostilities since 2016. The UN said it hoped the truce would lead to talks on a lasting peace, and on paying public sector salaries. Aid agencies said the truce had eased pressure on food prices, but warned that millions of Yemenis still could not afford enough to eat. The deal can be renewed at the end of two months if both sides agree.""",
        "peace",
    ),
    (
        "Wheat prices fall after Black Sea grain deal is signed in Istanbul",
        """Wheat prices fell sharply on Friday after Russia and Ukraine signed a deal in Istanbul to allow the export of grain from Ukraine's Black Sea ports. The agreement, brokered by the United Nations and Turkey, will allow ships to leave the ports of Odesa, Chornomorsk and Pivdennyi through safe corridors. About 20 million tonnes of grain has been stuck in Ukraine's silos, and the deal could help lower food prices in countries such as Egypt, Lebanon and Somalia. Wheat futures in Chicago fell more than 5 percent. UN secretary-general Antonio Guterres called the deal "a beacon of hope". The two sides signed separate documents with Turkey and the UN rather than with each other. Under the deal, ships will be inspected in Istanbul to make sure they are not carrying weapons. Bakers in Beirut said they hoped the price of flour would fall before winter. "Every dollar off a tonne of wheat is a dollar off the bread," said a flour importer in Cairo. The first ships are expected to leave within weeks, once mines near the ports have been mapped. A joint coordination centre in Istanbul will monitor the shipments.""",
        "peace",
    ),
    # health
    (
        "Pharmacists battle shortages of children's antibiotics as strep A cases rise",
        """Pharmacists across England say they are struggling to find supplies of children's antibiotics as cases of strep A infections rise, with some parents visiting several pharmacies to fill a prescription. The government issued an emergency protocol allowing pharmacists to substitute tablets or capsules for liquid amoxicillin and penicillin. Demand for the antibiotics has surged since doctors were told to lower the threshold for prescribing them. The health secretary said there was no shortage of antibiotics and that supplies were being moved to where they were needed. "We are fighting a battle every day to get hold of stock," said a pharmacist in Manchester. At least 19 children have died from invasive strep A infections since September. The UK Health Security Agency urged parents to look out for symptoms.""",
        "health",
    ),
    # sport
    (
        "Aldi extends Team GB deal in battle of supermarkets for sporting glory",
        """Aldi has extended its sponsorship of Team GB until the end of the decade, in a deal that will see the discounter supporting British athletes at the next two Olympic Games. The supermarket, which has sponsored Team GB since 2015, said it would continue its "Get Set to Eat Fresh" programme for schools, which teaches children about healthy eating. Rivals have been battling to attach their names to sport, with Sainsbury's sponsoring the Paralympics and Lidl the football. "Our athletes need fuel, and Aldi provides it," said Team GB's chief executive. Aldi is the UK's fourth-largest supermarket. The deal is worth several million pounds a year, according to industry estimates. Olympic rower Helen Glover will be an ambassador for the campaign.""",
        "sport",
    ),
]
