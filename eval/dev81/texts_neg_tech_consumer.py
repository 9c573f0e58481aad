"""eval/dev81 negatives: the tech and consumer desks: console, streaming and price wars, drones,
rockets, takeovers, recalls, the weather of holidays and festivals.
"""

NEGATIVES = [
    (
        "Console war heats up as Sony cuts PlayStation price",
        "Sony cut the price of its PlayStation console by 50 dollars in the United States on "
        "Tuesday, a day after Microsoft announced a cheaper Xbox, in the latest round of the "
        "console war. Analysts said both companies were targeting buyers before the holiday "
        "season. Nintendo said it had no plans to cut the price of its Switch. Sony's shares "
        "rose 2% in Tokyo.",
        "economy",
    ),
    (
        "Streaming wars: Netflix adds 13 million subscribers as rivals lose ground",
        "Netflix added 13 million subscribers in the last quarter, its best result in three "
        "years, as the streaming wars took a toll on smaller rivals, the company said on "
        "Thursday. Its crackdown on password sharing and a cheaper plan with advertising "
        "drove the growth. Shares rose 12% in after-hours trading.",
        "economy",
    ),
    (
        "Supermarket price war squeezes UK grocers' margins",
        "Britain's biggest supermarkets are locked in a price war on staples such as bread, "
        "milk and eggs, with two chains cutting prices on more than 500 products this week, "
        "industry data showed. Analysts said discounters had forced the big grocers to fight "
        "back. Shares in the sector fell. Shoppers said they had noticed little difference at "
        "the till.",
        "economy",
    ),
    (
        "Chinese carmakers' price war spreads to Europe",
        "A price war among Chinese electric carmakers spread to Europe on Monday when BYD cut "
        "prices of two models by up to 15%, a week after Tesla slashed its own prices in "
        "China. Analysts warned that smaller brands could be wiped out. European carmakers' "
        "shares fell.",
        "economy",
    ),
    (
        "Apple launches charm offensive with cheaper iPhone",
        "Apple launched a charm offensive in emerging markets on Wednesday with a cheaper "
        "iPhone model aimed at first-time buyers in India and Indonesia. The company said it "
        "was targeting 100 million new users. Reviewers said the phone's camera was its "
        "strongest point.",
        "economy",
    ),
    (
        "Energy drink brand's guerrilla marketing stunt stops traffic",
        "An energy drink brand's guerrilla marketing stunt brought traffic to a halt in "
        "central London on Friday when 50 people dressed as astronauts walked across a "
        "bridge. Police said no laws had been broken. The brand said the video had been "
        "viewed 20 million times.",
        "economy",
    ),
    (
        "DJI launches camera drone that folds into a pocket",
        "Chinese drone maker DJI launched a camera drone weighing under 250 grams on Tuesday "
        "that folds to the size of a phone, aimed at travel vloggers. The drone can follow "
        "its owner and shoot 4K video. It goes on sale next month at 759 dollars.",
        "other",
    ),
    (
        "SpaceX rocket launches 23 satellites from Florida",
        "A SpaceX Falcon 9 rocket launched 23 Starlink internet satellites from Cape "
        "Canaveral on Sunday night, the company's 100th launch of the year. The booster "
        "landed on a drone ship in the Atlantic. The launch was delayed by an hour because of "
        "clouds.",
        "other",
    ),
    (
        "Starship explodes minutes after launch in test flight",
        "SpaceX's Starship rocket exploded over the Gulf of Mexico about eight minutes after "
        "lifting off from Texas on Thursday, showering debris over the Turks and Caicos "
        "Islands, officials said. No one was hurt. The company called it a rapid unscheduled "
        "disassembly and said it would learn from the data.",
        "accident",
    ),
    (
        "AI arms race: tech giants to spend 300 billion on data centres",
        "Microsoft, Alphabet, Amazon and Meta plan to spend more than 300 billion dollars on "
        "data centres this year in an arms race to build artificial intelligence, their "
        "results showed. Investors have questioned when the spending will pay off. Chipmaker "
        "Nvidia's shares hit a record.",
        "economy",
    ),
    (
        "Cybertruck's armoured glass shatters in launch demo",
        "The armoured windows of Tesla's Cybertruck shattered when a designer threw a metal "
        "ball at them during the vehicle's launch event in Los Angeles on Thursday night. "
        "Elon Musk said the glass was tougher than it looked. The company said it had "
        "received 200,000 orders.",
        "economy",
    ),
    (
        "Hostile takeover bid for games publisher rejected",
        "A French games publisher rejected a hostile takeover bid from a media group on "
        "Monday, saying the offer of 45 euros a share undervalued the company. The "
        "publisher's founding family said they would fight to keep control. Shares jumped "
        "14%.",
        "economy",
    ),
    (
        "Leaked memo is a bombshell for smartphone maker",
        "A leaked internal memo showing that a smartphone maker had slowed older phones to "
        "save battery life was a bombshell for the company, analysts said. The company "
        "apologised and offered cheaper battery replacements. Consumer groups in three "
        "countries have filed complaints.",
        "economy",
    ),
    (
        "Tech company fires 12,000 staff in email",
        "A tech company fired about 12,000 employees on Friday, 6% of its workforce, in an "
        "email sent before dawn, its chief executive said. Staff found they had been locked "
        "out of their work accounts. The company said it had hired too quickly during the "
        "pandemic.",
        "economy",
    ),
    (
        "Battle of the budget airlines as fares fall on holiday routes",
        "Europe's budget airlines are in a battle for summer holidaymakers, cutting fares to "
        "Spain and Greece by as much as 20%, travel data showed. One airline's boss said the "
        "war on fares would drive weaker rivals out. Holidaymakers are booking later than "
        "ever.",
        "economy",
    ),
    (
        "Smartwatch maker targets runners with military-grade model",
        "A smartwatch maker launched a rugged model on Wednesday that it said met military "
        "standards for shock and water resistance, targeting trail runners and hikers. The "
        "watch has a battery life of three weeks. Reviewers said it was heavy for everyday "
        "use.",
        "economy",
    ),
    (
        "Killer app: messaging service hits two billion users",
        "A messaging app owned by Meta has reached two billion monthly users, the company "
        "said on Tuesday, making it one of the most used apps in the world. Its new channels "
        "feature drew 500 million users in its first year. Meta plans to show adverts in the "
        "app.",
        "economy",
    ),
    (
        "Gaming chair maker recalls 100,000 chairs over collapse risk",
        "A gaming chair maker is recalling about 100,000 chairs sold in the United States "
        "after reports that their bases could break, the Consumer Product Safety Commission "
        "said. Eight people reported minor injuries. Buyers can get a free replacement base.",
        "accident",
    ),
    (
        "Drone racing league signs TV deal",
        "A professional drone racing league signed a three-year broadcast deal with a sports "
        "network on Monday. Pilots steer their drones through neon gates at speeds over 140 "
        "kilometres an hour using goggles that show the view from the drone. The league's "
        "finals will be held in Las Vegas.",
        "economy",
    ),
    (
        "Hoverboard batteries catch fire in homes, regulator warns",
        "Britain's consumer safety regulator warned on Thursday that some cheap hoverboards "
        "sold online have batteries that can overheat and explode while charging, after fires "
        "in three homes. No one has been seriously injured. Retailers have withdrawn two "
        "models.",
        "accident",
    ),
    (
        "Bomb cyclone forces airlines to cancel thousands of flights",
        "A bomb cyclone swept across the northern United States on Friday, bringing blizzard "
        "conditions and forcing airlines to cancel more than 5,000 flights at the start of "
        "the Christmas holiday, airline data showed. Temperatures fell below minus 30 in "
        "parts of Montana. Power was cut to 1.5 million homes.",
        "disaster",
    ),
    (
        "Heat wave leaves festival-goers needing treatment",
        "More than 200 people at a music festival in Hungary needed treatment for heat "
        "exhaustion on Saturday as temperatures reached 38 degrees, organisers said. Water "
        "stations were added across the site. Two people were taken to hospital.",
        "disaster",
    ),
    (
        "Online retailer's Prime Day assault on shoppers' wallets breaks record",
        "An online retailer said its two-day Prime Day sales event was its biggest ever, with "
        "shoppers buying more than 375 million items. Analysts had expected a slowdown. The "
        "company said headphones and kitchen gadgets were the best sellers.",
        "economy",
    ),
    (
        "Shooter game studio unveils map set in Gaza-style ruined city, then pulls it",
        "A games studio withdrew a new map for its online shooter on Wednesday after players "
        "said its ruined city looked like Gaza, the company said. The studio said the map had "
        "been designed a year earlier and was not based on any real place. It apologised to "
        "anyone who was offended.",
        "entertainment",
    ),
    (
        "Vinyl sales outpace CDs for third straight year",
        "Sales of vinyl records in the United States outpaced CD sales for a third year in a "
        "row, the music industry association said on Thursday. A pop star's albums accounted "
        "for one in 15 records sold. Cassette sales also rose.",
        "other",
    ),
    (
        "Influencer's skincare brand under fire over misleading claims",
        "A skincare brand founded by an influencer came under fire on Monday after a watchdog "
        "ruled that its advertising made misleading claims about its serum. The brand said it "
        "would change its adverts. Its sales have doubled this year.",
        "economy",
    ),
    (
        "Electric scooter maker's shares rocket on China sales",
        "Shares in an electric scooter maker rocketed 30% on Wednesday after it reported that "
        "sales in China had doubled in the last quarter. The company said its new model had "
        "been a hit with young commuters. It plans to enter the European market next year.",
        "economy",
    ),
    (
        "Music festival bans camouflage clothing under new dress rules",
        "A music festival in Barbados announced on Friday that fans would be barred from "
        "wearing camouflage clothing, which is restricted under the island's laws to members "
        "of the armed forces. Organisers said police would check bags at the gate. Several "
        "Caribbean states have similar laws.",
        "other",
    ),
]
