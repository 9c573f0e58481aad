"""dev295 negatives, the rest of the desk: tractor protests, grain deals and truces, famines and
wars recalled, films and shows, drills, and ordinary farm news.
NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Tractors ring Paris as French farmers lay siege to the capital",
        "Hundreds of tractors blocked motorways around Paris on Monday as French farmers began "
        "what unions called a “siege” of the capital to demand higher prices and less red tape. "
        "Convoys parked across the A1, A4 and A6, and farmers set up tents and barbecues on the "
        "tarmac. The interior minister ordered police to keep them away from the Rungis food "
        "market and the airports but not to intervene against the blockades. “We will stay as "
        "long as it takes,” said the head of the FNSEA union in Île-de-France. Prime Minister "
        "Gabriel Attal has already dropped a planned rise in tax on farm diesel. The protests "
        "have spread to Belgium and Spain. Police reported no incidents. Farmers dumped manure "
        "and old tyres outside several prefectures last week. The protests began in the "
        "southwest, where winegrowers and livestock farmers say they cannot compete with "
        "imports. President Emmanuel Macron is due to visit the Paris farm show next month. "
        "Unions said they would keep the blockades until at least Wednesday.",
        "protest",
    ),
    (
        "Berlin's Brandenburg Gate fills with tractors over diesel subsidy cuts",
        "Thousands of farmers drove tractors into the centre of Berlin on Monday to protest "
        "against the government's plan to scrap tax breaks on agricultural diesel, capping a "
        "week of road blockades across Germany. Police estimated about 8,500 people and 6,000 "
        "vehicles on the avenue leading to the Brandenburg Gate. Finance minister Christian "
        "Lindner was booed as he addressed the crowd. Truckers and restaurant owners joined the "
        "protest. Organisers said the rally was peaceful, and police reported no arrests. The "
        "government has already agreed to phase out the subsidy more slowly. Farm groups say "
        "they will keep up the pressure until it is dropped. The cuts were part of a budget "
        "deal to close a 17 billion euro gap after a court ruling. Farmers say the diesel "
        "rebate is worth about 3,000 euros a year for an average farm. The far-right AfD has "
        "tried to attach itself to the protests, and the farmers' association has told members "
        "to keep extremists out. Some farmers have hung green flags from their tractors in "
        "support.",
        "protest",
    ),
    (
        "Polish farmers park tractors across Ukraine border crossings in grain protest",
        "Polish farmers blocked three border crossings with Ukraine on Friday, parking tractors "
        "across access roads to protest against imports of cheap Ukrainian grain, police said. "
        "Queues of trucks stretched for more than 20 kilometres on the Ukrainian side. Protest "
        "leaders said they would let through humanitarian aid and military supplies for Kyiv. "
        "“We support Ukraine but we cannot sell our wheat,” said a farmer at the Dorohusk "
        "crossing. Some protesters emptied sacks of grain from Ukrainian trucks, which Kyiv "
        "called a provocation. Police said no one was hurt. Agriculture minister Czesław "
        "Siekierski said he would meet the protest leaders next week. The farmers say imports "
        "have pushed wheat prices down by about a third. Ukraine's border guard service said "
        "about 2,000 trucks were queuing on Saturday morning. The European Commission has "
        "proposed extending duty-free access for Ukrainian goods with limits on some sensitive "
        "products. Poland's transport ministry said it would open additional lanes at other "
        "crossings.",
        "protest",
    ),
    (
        "Argentine farmers halt grain sales for a week over export taxes",
        "Argentina's main farm groups began a seven-day halt to grain and cattle sales on "
        "Monday to protest against the government's plan to raise export taxes on soybeans. The "
        "stoppage, the first in years, slowed truck arrivals at the river ports near Rosario to "
        "a trickle, according to the Rosario grain exchange. Farmers gathered at rallies beside "
        "highways in Buenos Aires and Córdoba provinces, waving flags. The government said it "
        "needed the revenue to support the poor during the economic crisis. “They are treating "
        "the countryside as an automatic teller,” said the head of the Rural Society. Traders "
        "said the strike would have little lasting effect on exports. No incidents were "
        "reported. Soybeans already pay export duties of 33%, among the highest in the world. "
        "Argentina is the world's top exporter of soymeal and soyoil. The Rosario exchange "
        "estimated that about 1.2 million tonnes of grain would not be traded during the halt. "
        "The last major stoppage, in 2008, lasted months and led to a political crisis.",
        "protest",
    ),
    (
        "Dutch farmers drive to The Hague in biggest tractor protest in years",
        "About 2,000 tractors drove into The Hague on Tuesday as Dutch farmers protested "
        "against plans to cut livestock numbers to reduce nitrogen pollution, causing the "
        "longest traffic jams in the country's history during the morning rush hour. Police "
        "asked farmers to leave their vehicles on the outskirts, but some drove onto the "
        "Malieveld field in the city centre. Farmers carried banners reading “No farmers, no "
        "food.” The agriculture minister came out to speak to the crowd and was applauded. "
        "Police said the protest was peaceful, and the tractors had left by evening. Parliament "
        "is due to debate the plans next week. The country is the world's second-largest "
        "agricultural exporter by value, and has one of the highest densities of livestock in "
        "Europe. A court ruling last year forced the government to tackle nitrogen emissions "
        "before approving new building projects. Some farmers said they would not accept "
        "buyouts of their farms. The farmers' protest group FDF said more actions would follow.",
        "protest",
    ),
    (
        "Grain deal signed in Istanbul to reopen Ukraine's Black Sea ports",
        "Russia and Ukraine signed separate agreements with Turkey and the United Nations in "
        "Istanbul on Friday to reopen Ukraine's Black Sea ports for grain exports, raising "
        "hopes of easing a global food crisis. Under the deal, a joint coordination centre in "
        "Istanbul will oversee ships through a corridor, and inspectors will check vessels for "
        "weapons. UN Secretary-General António Guterres called it a beacon of hope. About 20 "
        "million tonnes of grain are stuck in silos in Ukraine. Wheat futures fell about 5% on "
        "the news. The agreement runs for 120 days and can be renewed. Russia also signed a "
        "memorandum on its own food and fertiliser exports. Ships will be guided by Ukrainian "
        "pilots through waters that have been mined. The first cargoes could leave within "
        "weeks, officials said. African leaders had pressed Moscow to let grain move as bread "
        "prices rose across the continent. Turkish President Tayyip Erdogan hosted the signing "
        "ceremony at Dolmabahçe Palace.",
        "peace",
    ),
    (
        "Seeds and fertiliser reach Tigray after peace deal",
        "The first trucks carrying seeds and fertiliser in more than a year have reached "
        "Ethiopia's Tigray region, the Food and Agriculture Organization said on Thursday, "
        "after the peace agreement signed in Pretoria in November allowed roads and banks to "
        "reopen. The agency said it aimed to supply about 120,000 farming households before the "
        "main rains. Farmers in central Tigray said they had eaten much of their seed stock "
        "during the two-year siege. The African Union said monitors had reported no breaches of "
        "the truce this month. Telecoms and electricity have been partly restored in Mekelle. "
        "Agronomists said this season's harvest would decide whether aid could be scaled back. "
        "Aid agencies say more than 5 million people in the region needed food aid before the "
        "agreement. Banks have reopened in Mekelle, and some farmers have been able to get "
        "credit again. The FAO said it would also distribute vaccines for livestock.",
        "peace",
    ),
    (
        "Colombia peace accord: coca growers sign up to switch to cacao",
        "More than 50,000 families in Colombia have signed up to a government programme to pull "
        "up coca bushes and grow cacao, coffee and other legal crops, under the peace agreement "
        "with the former FARC guerrillas, officials said. Families receive monthly payments for "
        "a year and technical help to set up new farms. In Putumayo, farmers said the money had "
        "arrived late and that roads to take produce to market were still missing. The UN "
        "office on drugs and crime, which verifies the uprooting, said the replanting rate was "
        "unusually low. “Cacao takes three years to give fruit, coca three months,” said a "
        "grower in Puerto Asís. The government said it would extend the programme to more "
        "municipalities. Colombia is the world's largest producer of cocaine, and the area "
        "under coca rose to a record last year, according to the UN. Cacao cooperatives say "
        "they need more buyers and better prices. The programme has cost about 1 trillion pesos "
        "so far.",
        "peace",
    ),
    (
        "Ukraine marks Holodomor anniversary with candles and empty bowls",
        "Ukrainians lit candles in windows on Saturday to remember the millions who died in the "
        "Holodomor, the famine of 1932-33 caused by Stalin's forced collectivisation of farms "
        "and the seizure of grain. At the memorial in Kyiv, people left sheaves of wheat and "
        "bowls of grain. Historians estimate that about 3.9 million Ukrainians died. The "
        "parliaments of more than 20 countries have recognised the famine as genocide. “Grain "
        "was taken from the very people who grew it,” a historian said at the ceremony. "
        "Schoolchildren read names of villages that were emptied. The anniversary falls on the "
        "fourth Saturday of November. A museum dedicated to the famine stands beside the "
        "memorial on the slopes above the Dnipro. Its director said the number of visitors had "
        "doubled in recent years. The famine was a taboo subject in the Soviet Union until the "
        "late 1980s. Ukraine's parliament recognised it as genocide in 2006.",
        "history",
    ),
    (
        "Bengal famine of 1943 was not caused by drought, new study finds",
        "A study by researchers in India and the United States argues that drought in 1943 "
        "played a smaller role in the Bengal famine than wartime policy, adding to a long "
        "debate over the catastrophe that killed up to 3 million people under British rule. "
        "Using soil moisture records, the team found that the famine was the only one in six "
        "major famines of the period not driven by a failed monsoon. Historians have blamed "
        "rice exports, wartime hoarding and the government's refusal to import grain. The "
        "paper, published in Geophysical Research Letters, has drawn wide attention in India "
        "and Bangladesh. “It was a policy failure,” said one of the authors. The study looked "
        "at famines going back to 1870. Rainfall in 1943 was above average in much of Bengal, "
        "the authors found, though a cyclone and a fungal disease had hurt the rice crop. The "
        "famine has long been the subject of work by the economist Amartya Sen, who witnessed "
        "it as a child. Winston Churchill's role remains fiercely debated.",
        "history",
    ),
    (
        "Biafra's hunger recalled as Nigeria's food prices bite",
        "Fifty years after the end of Nigeria's civil war, older Nigerians in Enugu say the "
        "price of food brings back memories of the blockade that starved Biafra in 1968 and "
        "1969. Up to a million civilians died of hunger during the war, historians estimate, "
        "many of them children. At a commemoration in Owerri, survivors spoke of eating lizards "
        "and grass. “We counted our grains of salt,” said an 82-year-old retired teacher. "
        "Organisers said the event was meant to remind younger people of the cost of war. The "
        "federal government did not send a representative. The memorial included an exhibition "
        "of wartime ration cards. Images of starving children from Biafra shocked the world and "
        "led to one of the largest airlifts of food aid of the era. Some speakers warned "
        "against comparing the suffering of the past with today's hardship. Others said the "
        "price of yam and garri had become a burden for families. The war ended in January "
        "1970.",
        "history",
    ),
    (
        "Farmer's plough turns up Second World War bomb near Cologne",
        "A 500-kg Allied bomb from the Second World War found by a farmer ploughing a field "
        "near Cologne was defused on Wednesday, after about 2,000 people were evacuated from "
        "nearby homes, the city said. The farmer alerted police when his plough struck metal. "
        "Bomb disposal experts took about an hour to remove the fuse. Traffic on a motorway was "
        "briefly halted. Thousands of tonnes of unexploded wartime munitions are found in "
        "Germany every year, often during farm work or construction. The farmer said he would "
        "be back in the field by the weekend. Residents spent the afternoon in a school hall "
        "set up by the city. Experts said the bomb had a chemical long-delay fuse, which can "
        "become unstable with age. The area around Cologne was heavily bombed during the war. A "
        "similar bomb was found on a building site in the city last year. Farmers in the region "
        "said finds in fields were not unusual.",
        "history",
    ),
    (
        "Laos farmers clear bomblets from rice fields half a century on",
        "In Xieng Khouang province, rice farmers still wait for bomb clearance teams before "
        "they plough, more than 50 years after American planes dropped cluster bombs on Laos "
        "during the Vietnam War. The country was hit by some 270 million bomblets, and about a "
        "third failed to explode, according to the Lao national regulatory authority. A "
        "clearance team from the charity MAG found 36 bomblets in one paddy in a morning. "
        "Farmers say they have learned to dig carefully. The government wants to clear all "
        "agricultural land in the worst-hit districts by 2030. The US has given more than $300 "
        "million for clearance since 1995. Accidents still kill or injure dozens of people a "
        "year, many of them children. Scrap metal from the bombs has become a source of income "
        "for some villagers. Bomb casings are also used as fence posts and planters. The "
        "clearance teams say that at the current rate, the work will take decades.",
        "history",
    ),
    (
        "Film review: Mr Jones brings the Holodomor to the screen",
        "Agnieszka Holland's Mr Jones follows the Welsh reporter Gareth Jones as he slips away "
        "from a Moscow press tour in 1933 and walks into villages where Ukrainians are dying of "
        "hunger. James Norton plays Jones with a stubborn decency that holds the film together. "
        "The snowbound scenes of empty farms and stolen grain are among the most harrowing in "
        "recent cinema. The film is less sure in its Moscow scenes, which drag. Peter Sarsgaard "
        "is chilling as the New York Times correspondent Walter Duranty. Holland has said she "
        "made the film as a warning about the power of lies. It opens in cinemas on Friday. The "
        "screenplay is by Andrea Chalupa, whose grandfather survived the famine. George Orwell "
        "appears as a framing device, writing Animal Farm. Vanessa Kirby plays a journalist "
        "torn between loyalty to Duranty and the truth. At almost two hours, the film could "
        "lose twenty minutes, but its final act stays in the mind.",
        "entertainment",
    ),
    (
        "Clarkson's Farm returns with new battle against the council",
        "Jeremy Clarkson's farming series returns to streaming next week with a third season in "
        "which the presenter takes on West Oxfordshire council over his farm shop and "
        "restaurant and tries his hand at pigs. Viewers have credited the show with raising "
        "awareness of how little British farmers earn. The series won a national television "
        "award last year. Clarkson's farm manager Kaleb Cooper has become a star in his own "
        "right. The new episodes follow a year of wet weather that ruined much of the wheat "
        "crop at Diddly Squat farm. Critics say the show makes farming look easy for a man with "
        "Clarkson's money. The show has been credited with boosting visits to farm shops across "
        "England. Clarkson has clashed with local residents over traffic near the shop. In the "
        "new series, he also tries to open a restaurant in a lambing shed. The programme has "
        "become one of the most-watched shows on Amazon's service in Britain.",
        "entertainment",
    ),
    (
        "A novel of drought and hunger wins the Booker shortlist nod",
        "A debut novel about a Zimbabwean family that loses its farm and its harvest to a long "
        "drought has been named on the shortlist for the Booker Prize. The book follows three "
        "generations across a single season, as the maize fails and the cattle are sold one by "
        "one. Judges called it a quiet and devastating study of hunger. The author, who grew up "
        "near Masvingo, said the story drew on her grandmother's memories of the 1992 drought. "
        "Sales have risen sharply since the list was announced. The winner will be named in "
        "London in November. The author worked as a journalist in Harare before moving to "
        "London. Her publisher, a small independent house, has ordered a reprint of 20,000 "
        "copies. The shortlist also includes novels from Ireland, India and the United States. "
        "The prize is worth £50,000 to the winner.",
        "entertainment",
    ),
    (
        "Shearers go to battle for the Golden Shears title",
        "The world's top sheep shearers went head to head in Masterton on Saturday in the final "
        "of the Golden Shears, New Zealand's most prestigious shearing contest. Defending "
        "champion Rowland Smith was pushed hard by a young rival from Southland, clipping 20 "
        "sheep in just under 16 minutes. Judges mark speed and the quality of the fleece and "
        "the shorn sheep. The crowd in the War Memorial Stadium stood for the last pen. Smith "
        "said the competition was the toughest he had faced. Organisers said entries were up "
        "despite low wool prices. The contest began in 1961 and draws shearers from Australia, "
        "Britain and South Africa. Wool handlers and pressers also compete for their own "
        "titles. The women's open title went to a shearer from Te Kūiti. Shearers said the "
        "event had become more important as the industry struggles to find young workers.",
        "sport",
    ),
    (
        "Lithuanian farmers to be paid for fields churned by NATO exercises",
        "Lithuania will compensate farmers whose fields and fences were damaged by tanks and "
        "armoured vehicles during NATO exercises this spring, the defence ministry said on "
        "Tuesday. Around 40 farms near Pabradė have filed claims, most for crops that were "
        "driven over and drainage ditches that caved in. German and US units took part in the "
        "drills, which involved thousands of troops. The ministry said it would pay out within "
        "two months. “We understand the exercises are needed, but the wheat was already up,” "
        "said one farmer. The army said it would agree routes with landowners before the next "
        "exercise. The exercises, held every year, test how quickly allied forces can reinforce "
        "the Baltic states. Lithuania has raised defence spending to more than 2.5% of economic "
        "output. The ministry said it had paid about 150,000 euros in compensation last year. "
        "Farmers' unions said payments should include lost yields, not only damaged crops.",
        "military",
    ),
    (
        "The war on weeds is being lost as herbicide resistance spreads",
        "Farmers across the US Midwest are losing the war on weeds, scientists warn, as Palmer "
        "amaranth and waterhemp resistant to glyphosate and other herbicides spread to new "
        "counties. A survey by weed scientists found resistant populations on most of the farms "
        "sampled in Illinois. Growers have gone back to tillage and hand-pulling, which raises "
        "costs and erosion. Seed companies are selling crops tolerant to older chemicals such "
        "as dicamba, whose drift has damaged neighbouring fields. “We keep reaching for a "
        "bigger gun, and the weeds keep adapting,” said a weed scientist at the University of "
        "Illinois. Researchers are testing robots that zap weeds with lasers. Palmer amaranth "
        "can grow more than two inches a day and produce hundreds of thousands of seeds a "
        "plant. The weed was first confirmed in Iowa in 2013. Agronomists advise rotating "
        "herbicides, planting cover crops and cleaning combines between fields. Bayer, which "
        "owns the Roundup brand, says glyphosate remains effective when used correctly.",
        "other",
    ),
    (
        "USDA sees record US corn crop, prices slide",
        "The US Department of Agriculture raised its forecast for the corn harvest to a record "
        "15.1 billion bushels on Friday, with yields seen at 183.1 bushels per acre, sending "
        "futures to their lowest in four years. Analysts had expected a smaller crop. The "
        "agency also raised its soybean estimate. Good weather in July helped crops across Iowa "
        "and Illinois. Ending stocks are expected to rise to more than 2 billion bushels. "
        "Farmers with grain still in storage from last year now face lower prices. Wheat was "
        "little changed. Corn futures for December delivery fell about 2% to $3.85 a bushel. "
        "Analysts said lower prices would squeeze farm incomes, which the USDA expects to fall "
        "this year. Exports are forecast to rise as US corn becomes cheaper than Brazilian "
        "supplies. Farmers are expected to store more grain on farms, hoping for a rally next "
        "year. The next report is due in September.",
        "other",
    ),
    (
        "Vertical farming start-up raises $200m as investors bet on greens",
        "A Jersey City-based vertical farming company raised $200 million in a funding round "
        "led by a sovereign wealth fund, valuing it at more than $1 billion, the company said "
        "on Wednesday. It grows leafy greens stacked indoors under LED lights and sells them to "
        "supermarkets in the northeast. The firm plans to open four new farms in the next two "
        "years. Critics say the energy costs of indoor farming make it hard to compete with "
        "field-grown produce. The chief executive said prices for its salads were falling as it "
        "grew. Several rivals have gone bankrupt after raising money in recent years. The "
        "company says its farms use about 95% less water than fields and no pesticides. "
        "Investors have poured several billion dollars into indoor farming over the past five "
        "years. In Europe, high electricity prices have forced some operators to close sites. "
        "Analysts said the sector would need to grow more than lettuce to make money.",
        "other",
    ),
]
