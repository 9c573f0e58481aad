"""dev189 hard negatives: the sport, politics and economy desks' animal stories with their war
words ("battle", "war on poachers", "war of words", "price war", "invades the pitch")."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Two horses die on opening day at Cheltenham as welfare questions return",
        "Two horses died after falls on the opening day of the Cheltenham Festival on "
        "Tuesday, reviving questions about safety at jump racing's biggest meeting. One was "
        "put down after a heavy fall at the second-last fence in the novices' chase, and "
        "another collapsed after pulling up in the final race of the day, the British "
        "Horseracing Authority said. Screens were put up around both horses as vets attended."
        " The favourite won the Champion Hurdle by six lengths, with his jockey describing it"
        " as the ride of his life. Animal welfare groups said the deaths showed that the "
        "sport's reforms had not gone far enough, pointing to the seven fatalities at the "
        "festival last year. The BHA said every death was investigated and that the fatality "
        'rate at the festival had fallen over the past decade. "No one in racing wants to see'
        ' this, least of all the people who care for these horses every day," a trainer said.'
        " Crowds of more than 60,000 are expected on Wednesday.",
        "sport",
    ),
    (
        "Musher wins Iditarod for record sixth time after brutal final stretch",
        "A musher from Alaska won the Iditarod Trail Sled Dog Race for a record sixth time on"
        " Tuesday, pulling into the old gold-rush town of Nome with nine dogs in harness "
        "after nine days on the trail. He crossed under the burled arch on Front Street a "
        "little after noon, hugging each of his dogs before speaking to the crowd. The final "
        "stretch along the Bering Sea coast was battered by winds of up to 50 mph and "
        'whiteout conditions that forced several teams to shelter in checkpoints. "These dogs'
        ' fought for every mile. They are the real champions," he said. The race covers about'
        " 1,000 miles of mountain ranges, frozen rivers and tundra between Willow and Nome. "
        "Animal rights groups have campaigned for years against the event, saying the dogs "
        "are pushed too hard, and several sponsors have pulled out. Race officials say "
        "veterinary checks have been tightened, and no dog died on the trail this year. The "
        "winner takes home a truck and a share of a purse of about $500,000.",
        "sport",
    ),
    (
        "Lagotto Romagnolo from Italy takes best in show at Crufts",
        "A Lagotto Romagnolo, an Italian truffle-hunting breed, was named best in show at "
        "Crufts in Birmingham on Sunday night, beating six other group winners in front of a "
        "packed arena. The four-year-old dog, handled by her owner from near Bologna, had "
        "already won the gundog group on Friday. The reserve title went to a wire fox terrier"
        ' from Scotland. The judge said the winner had moved beautifully and was "a dog in '
        'the peak of condition". About 19,000 dogs from around the world competed at the '
        "four-day show, which also featured agility, flyball and obedience contests. The show"
        " was briefly interrupted on Saturday when a protester from an animal rights group "
        "ran into the main ring holding a banner, before being led away by security staff. "
        "Organisers said the protester had not come into contact with any dog. The Kennel "
        "Club said ticket sales were the highest since before the pandemic.",
        "sport",
    ),
    (
        "Snake invades pitch and halts Lanka Premier League match in Colombo",
        "A Lanka Premier League match in Colombo was halted for several minutes on Tuesday "
        "night when a snake slithered onto the outfield, sending fielders scattering. The "
        "snake, thought to be a harmless rat snake, appeared near the boundary rope at the "
        "Premadasa Stadium in the 12th over of the chase. Ground staff eventually coaxed it "
        "off with a broom and a plastic bin, to loud cheers from the crowd. Footage of a "
        "fielder leaping away from the snake went viral, with one former Sri Lanka captain "
        "joking online that it was the best fielding he had seen all season. Play resumed, "
        "and the Jaffna side completed a six-wicket win with two overs to spare, their opener"
        " hitting an unbeaten 78. It was not the first invasion of the season: a monitor "
        "lizard had strolled across the outfield during a match in Kandy the previous week. "
        "The tournament organisers said the stadium would be checked before every match. The "
        "final is on Sunday.",
        "sport",
    ),
    (
        "European Parliament votes to downgrade wolf protection after fierce battle between "
        "farmers and conservationists",
        "The European Parliament voted on Thursday to downgrade the protection status of the "
        'wolf from "strictly protected" to "protected", making it easier for member states to'
        " allow the culling of wolves that attack livestock. The change, which passed by a "
        "large majority, follows years of lobbying by farmers' groups and some governments, "
        "and a long battle with conservationists who say the recovery of Europe's wolves is "
        "one of the continent's great wildlife successes. There are now about 20,000 wolves "
        "in the EU, and attacks on sheep and cattle have risen in countries such as Germany, "
        "France and Austria. The European Commission President, whose own pony was killed by "
        "a wolf in 2022, had pushed for the review. Green lawmakers accused the centre-right "
        'of waging a war on nature to win rural votes. "This is a political decision, not a '
        'scientific one," said a spokesperson for a coalition of environmental groups. '
        "Farmers' organisations welcomed the vote as overdue. Member states must now approve "
        "the change before it takes effect. In the Bavarian Alps, where several flocks have "
        "been attacked this summer, shepherds welcomed the vote. In Italy and Spain, where "
        "wolves returned to areas they had left a century ago, opinion is divided. Scientists"
        " have warned that culling can break up packs and lead to more attacks on livestock, "
        "not fewer, and that fences and guard dogs are more effective. The Bern Convention, "
        "which sets the protection status of wildlife across Europe, was amended last year to"
        " allow the change.",
        "politics",
    ),
    (
        "Government confirms ban on XL bully dogs after fatal attacks",
        "The government has confirmed that American XL bully dogs will be added to the list "
        "of banned breeds in England and Wales, after a series of attacks, some fatal, on "
        "adults and children. From the end of the year it will be illegal to sell, breed, "
        "give away or abandon the dogs, and from February owners will need a certificate of "
        "exemption, the environment secretary told the Commons. Owners who do not want to "
        "keep their dogs will be offered compensation to have them put down. The prime "
        'minister said the dogs were "a danger to our communities" and that action could not '
        "wait. Animal welfare charities criticised the ban, arguing that a dog's breed is a "
        "poor guide to its behaviour and that the law should target irresponsible owners. "
        "Some MPs warned that rescue centres would be overwhelmed. A campaign group said it "
        "would challenge the decision in the courts. Police forces welcomed the move, saying "
        "attacks by large dogs had risen sharply over the past three years.",
        "politics",
    ),
    (
        "Botswana offers Germany 20,000 elephants in war of words over trophy hunting",
        "Botswana's president has threatened to send 20,000 elephants to Germany, escalating "
        "a row over a German proposal to restrict imports of hunting trophies. In an "
        "interview with the newspaper Bild, President Mokgweetsi Masisi said Germans should "
        '"live together with the animals, in the way you are trying to tell us to". Botswana '
        "has the world's largest elephant population, about 130,000, and says the animals are"
        " destroying crops, trampling people to death and damaging property. The government "
        "reintroduced trophy hunting in 2019 after a five-year ban, arguing that fees from "
        "hunters fund conservation and compensate villagers. Germany's environment ministry "
        "said no formal request had been received and that it was in talks with southern "
        "African countries about sustainable hunting. Conservationists in Germany said the "
        "offer was a stunt, but officials in Gaborone insisted it was serious. Botswana has "
        "previously given elephants to Angola and Mozambique to restock their parks. The spat"
        " has drawn in other southern African governments, which accuse European activists of"
        " neo-colonial meddling.",
        "politics",
    ),
    (
        "Minister vows war on poachers as Selous rhinos return",
        "The government has declared war on poachers in the country's southern wildlife "
        "reserves, the Minister for Natural Resources and Tourism said yesterday, as rangers "
        "prepare to receive black rhinos translocated from South Africa. Speaking in "
        "parliament in Dodoma, the minister said the government would hire 600 more rangers, "
        "buy new patrol vehicles and drones, and toughen penalties for anyone found with "
        'government trophies. "We will not allow a few greedy people to rob the nation of its'
        ' heritage," she said. Opposition MPs welcomed the plan but questioned how it would '
        "be funded, and said rangers' salaries had not been paid on time in some reserves. "
        "Tanzania lost more than half of its elephants between 2009 and 2014, according to a "
        "government census, before a crackdown on trafficking networks led by "
        "Chinese-Tanzanian dealers. The rhinos, expected in the coming months, will be kept "
        "in a fenced sanctuary under round-the-clock guard. The minister said tourism "
        "revenues from the southern circuit had doubled in five years. Debate on the "
        "ministry's budget continues today.",
        "politics",
    ),
    (
        "Private equity takeovers of vet practices face UK competition probe",
        "Britain's competition watchdog has launched a formal investigation into the "
        "veterinary market after finding that pet owners may be overpaying for treatment and "
        "medicines. The Competition and Markets Authority said six large groups, most of them"
        " backed by private equity, now own about 60 percent of practices, up from 10 percent"
        " a decade ago, often without changing the name over the door. Prices for vet "
        "services have risen by about 60 percent since 2016, almost double the rate of "
        "inflation, it said. Many owners do not know their local practice belongs to a chain,"
        " and some are charged far more for prescriptions than online pharmacies would ask. "
        "The industry has been reshaped by a wave of acquisitions, with one group buying more"
        " than a hundred practices in a year, in some cases after what rivals described as "
        "hostile approaches. The British Veterinary Association said it would cooperate but "
        "warned against blaming vets for costs driven by advances in care. The groups said "
        "they offered good value and invested in equipment and training. The investigation "
        "could last up to 18 months.",
        "economy",
    ),
    (
        "Pet food makers slash prices as discount rivals start a price war",
        "Shares in two of Europe's biggest pet food makers fell on Wednesday after they cut "
        "their sales forecasts, blaming a price war started by supermarket own brands and "
        "discount chains. One company said its volumes of dry dog food had fallen 7 percent "
        "in the first half, as shoppers squeezed by inflation traded down to cheaper bags. "
        '"Consumers are not feeding their pets less, but they are shopping around," its chief'
        " executive told analysts on a conference call. Discounters have been expanding their"
        ' premium pet ranges, selling grain-free and "natural" recipes at up to a third less '
        "than branded equivalents. Analysts said the fight for shelf space would hit margins "
        "for at least another year. Pet ownership rose sharply during the pandemic, and the "
        "industry had expected the boom to continue. The companies said they would cut costs,"
        " including closing a factory in the Netherlands. Shares in the sector have lost "
        "about a quarter of their value this year.",
        "economy",
    ),
    (
        "Edible bird's nest exports to China soar as swiftlet farming booms",
        "Indonesia's exports of edible bird's nests to China rose by almost 40 percent last "
        "year, as more swiftlet farms won approval to ship directly to the Chinese market, "
        "the trade ministry said. The nests, made from the hardened saliva of swiftlets, are "
        "prized in Chinese cuisine and traditional medicine, fetching up to $2,000 a kilogram"
        " for the best white grades. Indonesia supplies about three-quarters of the world's "
        'nests, mostly from concrete "swiftlet houses" that farmers build in towns across '
        "Java, Sumatra and Kalimantan to attract the birds with recorded calls. Farmers in "
        "Central Kalimantan said the boom had drawn a flood of new investors, and some feared"
        " prices would fall as supply rose. China tightened import rules in 2013 after a "
        "contamination scare, and only registered producers can export there. The trade "
        "ministry said it wanted to double the number of registered facilities within two "
        "years. Exporters told The Jakarta Post they were also looking at markets in Hong "
        "Kong, Singapore and the United States.",
        "economy",
    ),
]
