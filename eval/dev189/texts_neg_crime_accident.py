"""dev189 hard negatives: wildlife and animal crime (trafficking, poaching, smuggling, stock theft,
a police dog shot by a robber) and accidents (a lion attack, a ship fire, a capsized livestock
ship, a train in an elephant herd)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Customs seize 7 tonnes of pangolin scales in Lagos warehouse raid, three arrested",
        "Officers of the Nigeria Customs Service have seized about 7 tonnes of pangolin "
        "scales and a quantity of elephant tusks in a raid on a warehouse in the Ikorodu area"
        " of Lagos, the service said on Thursday. Three suspects, including a foreign "
        "national believed to be the financier of the syndicate, were arrested at the scene. "
        "The scales, packed in sacks labelled as cashew nuts, were awaiting shipment to Asia "
        "through the Apapa port, the Comptroller of the Federal Operations Unit told "
        "journalists. He said the haul represented thousands of pangolins killed in forests "
        'across West and Central Africa. "This command has declared total war on wildlife '
        'traffickers, and we will not relent," he said. Nigeria has become a major transit '
        "hub for the illegal trade, with several multi-tonne seizures of pangolin scales in "
        "recent years. Conservation groups praised the arrests but said few traffickers had "
        "been convicted, and urged the authorities to follow the money behind the syndicates."
        " The suspects will be handed over to the National Environmental Standards and "
        "Regulations Enforcement Agency for prosecution. Pangolins, the world's most "
        "trafficked mammals, are prized in parts of Asia for their meat and for scales used "
        "in traditional medicine, though the scales are made of keratin, like human "
        "fingernails. All eight species are protected under the CITES convention, which bans "
        "international commercial trade. Investigators said the same syndicate was suspected "
        'of shipping more than 20 tonnes of scales through Lagos in the past two years. "They'
        ' change their routes and their labels, but the demand does not change," an official '
        "of a wildlife crime unit said.",
        "crime",
    ),
    (
        "Rhino horn 'kingpin' jailed for 25 years in South Africa",
        "A South African businessman described by prosecutors as a kingpin of the rhino horn "
        "trade was sentenced to 25 years in prison on Friday, ending one of the "
        "longest-running wildlife trafficking cases in the country. The 48-year-old, arrested"
        " in a sting operation near Kruger National Park six years ago, was convicted of "
        "racketeering, money laundering and dealing in rhino horn. Investigators told the "
        "court he had bought horns from poaching gangs operating in and around the park and "
        "sent them through couriers to buyers in Vietnam and China. The judge said the "
        "sentence should send a message that those at the top of the supply chain would not "
        "escape justice. Rangers in Kruger have been fighting a long battle against poachers,"
        " who use helicopters, night-vision goggles and high-powered rifles. South Africa "
        "lost 499 rhinos to poaching last year, according to government figures, down from a "
        'peak of more than 1,200 a decade ago. Conservation groups welcomed the verdict. "For'
        ' years the foot soldiers went to jail and the bosses went free," said a spokeswoman '
        "for one organisation.",
        "crime",
    ),
    (
        "Police arrest three over Sumatran tiger skin sale in Riau",
        "Police in Riau province have arrested three men suspected of trying to sell the skin"
        " and bones of a Sumatran tiger, a critically endangered species, officials said on "
        "Monday. The men were caught in a sting operation at a petrol station in Pelalawan "
        "regency, where plainclothes officers posing as buyers had agreed to pay Rp 120 "
        "million for the skin, the head of the provincial police's special crimes unit said. "
        "Officers also found the tiger's teeth and claws in the men's car. One of the "
        "suspects told investigators that the tiger had been caught in a wire snare set in a "
        'forest concession. "Tigers are dying in traps meant for wild pigs and deer, and the '
        'parts go to collectors," said an official at the Riau Natural Resources Conservation'
        " Agency (BKSDA). Fewer than 600 Sumatran tigers are thought to survive in the wild, "
        "their habitat shrinking as forests are cleared for oil palm and pulpwood "
        "plantations. The suspects face up to five years in prison and fines under the 1990 "
        "conservation law. The Jakarta Post could not reach their lawyers for comment.",
        "crime",
    ),
    (
        "Police dog shot dead as officers exchange gunfire with robbery suspect in Ohio",
        "A police dog was shot and killed and a suspect was wounded during a shootout that "
        "followed a car chase in central Ohio on Wednesday night, authorities said. Officers "
        "had been pursuing a man suspected of robbing a gas station at gunpoint when he "
        "crashed his car into a ditch and fled on foot into a cornfield, the county sheriff "
        "said. The dog, a 5-year-old German shepherd named Rex, was sent after him and was "
        "shot as it reached him, the sheriff said. Deputies returned fire, hitting the "
        "suspect in the shoulder. He was taken to hospital and later charged with robbery, "
        'felonious assault and killing a police animal, which is a felony in Ohio. "Rex did '
        'his job and he saved lives tonight," the sheriff told reporters, his voice breaking.'
        " A procession of patrol cars escorted the dog's body from the veterinary hospital on"
        " Thursday morning. The suspect, a 27-year-old with previous convictions, is being "
        "held on a $1 million bond.",
        "crime",
    ),
    (
        "Forest guards shoot dead two suspected rhino poachers in Kaziranga encounter",
        "Forest guards shot dead two suspected poachers in an encounter inside Kaziranga "
        "National Park late on Saturday night, officials said. A patrol team spotted a group "
        "of armed men near the Bagori range and challenged them, after which the suspects "
        "opened fire, the park director said. The guards retaliated, killing two of them, "
        "while the others escaped under cover of darkness. A .303 rifle, live cartridges and "
        "an axe were recovered from the spot. Kaziranga is home to about two-thirds of the "
        "world's one-horned rhinos, and its guards have shoot-at-sight powers against "
        'poachers, a policy that rights groups have criticised. "We have a zero-tolerance '
        'approach. Our staff are on the field round the clock," the director told the Times '
        "of India. Poaching in the park has dropped sharply since 2016, when 18 rhinos were "
        "killed for their horns. Police have registered a case and begun a search for the "
        "escaped members of the gang.",
        "crime",
    ),
    (
        "Puppy smuggling gang jailed after hundreds of dogs sold with fake papers",
        "Five members of a gang that smuggled hundreds of puppies into the UK from eastern "
        "Europe and sold them to unsuspecting families have been jailed. The group brought in"
        " dachshunds, French bulldogs and cockapoos in vans, often at only a few weeks old, "
        "and advertised them online as home-bred, Cardiff Crown Court heard. Many of the "
        "animals were sick, and some died within days of being sold. Prosecutors said the "
        "gang made more than 800,000 pounds over three years. The ringleader, a 39-year-old "
        "man from Newport, was jailed for four years and four months, and the others received"
        " sentences of between 18 months and three years. The judge said the defendants had "
        '"exploited the love people have for their pets" and caused great distress to '
        "families. Animal welfare charities have called for tougher controls at ports, saying"
        " demand for designer breeds has fuelled the trade since the pandemic. The RSPCA said"
        " it had cared for more than 40 dogs seized during the investigation.",
        "crime",
    ),
    (
        "Queensland cattle thieves jailed for stealing 400 head from outback stations",
        "Two men who stole more than 400 head of cattle from stations in western Queensland "
        "and sold them through saleyards under forged paperwork have been jailed, in one of "
        "the state's biggest stock theft cases. The District Court in Longreach heard the "
        "pair, a father and son, cut fences at night and mustered the animals with motorbikes"
        " and a light aircraft over 18 months. The cattle were worth more than $600,000, "
        "prosecutors said. Police from the Stock and Rural Crime Investigation Squad tracked "
        "the thefts through ear tags and the national livestock identification system. The "
        "father was sentenced to five years in prison and his son to three years, with parole"
        " eligibility after a third of their terms. Graziers told the court of the financial "
        "and emotional toll, with one saying he had started sleeping in his ute by the front "
        "gate. Rural crime has risen across the state as cattle prices climbed, the squad "
        "said. The court ordered the men to pay compensation to six station owners.",
        "crime",
    ),
    (
        "Lion attack kills farm labourer near Gir sanctuary in Amreli",
        "A 45-year-old farm labourer was killed by a lion in a village in Amreli district "
        "late on Monday, forest officials said. The woman was sleeping outside her hut on a "
        "farm near Dhari when the big cat dragged her into an adjacent field, where villagers"
        " later found her body. Forest department teams sedated the animal with a "
        "tranquilliser dart on Tuesday morning after tracking it for several hours, and "
        "shifted it to a rescue centre for observation. The region around Gir is home to the "
        "world's only wild population of Asiatic lions, which now number more than 670 and "
        "increasingly roam farmland and villages outside the sanctuary. Such attacks remain "
        "rare, officials said, but villagers say encounters have grown common as the lions "
        'spread. "We hear them every night. Our children are afraid to go to the fields," '
        "said a farmer in the village. The forest department announced compensation of Rs 5 "
        "lakh for the woman's family. Officials said the lion would be fitted with a radio "
        "collar before being released.",
        "accident",
    ),
    (
        "Dead turtles and dolphins wash up on Sri Lanka's coast after ship fire",
        "Scores of dead sea turtles, several dolphins and at least one whale have washed up "
        "on Sri Lanka's western coast since a container ship carrying chemicals caught fire "
        "and sank off Colombo, the wildlife department said. Officials said post-mortems on "
        "some of the animals showed burns and signs of chemical exposure. The X-Press Pearl, "
        "which was carrying nitric acid and tonnes of plastic pellets, burned for nearly two "
        "weeks before its hull settled on the seabed. Billions of plastic nurdles coated "
        "beaches along a stretch of coastline, forcing a ban on fishing that has hit "
        'thousands of families. "This is the worst marine disaster Sri Lanka has seen," a '
        "marine biologist at a university in Colombo told AFP. The government has filed a "
        "damages claim against the ship's operator, which said it was cooperating with the "
        "authorities. Environmentalists fear the pellets, which turtles and fish mistake for "
        "food, will pollute the Indian Ocean for years. Clean-up crews in protective suits "
        "have been working along the beaches.",
        "accident",
    ),
    (
        "Thousands of sheep drown as overloaded livestock ship capsizes at Suakin port",
        "More than 15,000 sheep drowned when a livestock ship bound for Saudi Arabia capsized"
        " at Sudan's Red Sea port of Suakin on Sunday, port officials said. The vessel was "
        "carrying nearly 16,000 animals, far more than its capacity, and tipped over while "
        "still being loaded, an official at the Sea Ports Corporation told Reuters. All the "
        "crew were rescued, but only a few hundred sheep were pulled from the water alive. "
        "Officials warned that the carcasses trapped inside the hull could pollute the "
        "harbour and damage the port's operations. Sudan is one of the world's largest "
        "exporters of live sheep, most of which are shipped to Gulf states ahead of religious"
        " festivals. The exporters' union said the loss would cost traders millions of "
        "dollars and called for an investigation into how the ship had been cleared to sail. "
        "Animal welfare groups said the disaster showed the dangers of long-distance live "
        "animal transport by sea. An investigation has been opened, officials said.",
        "accident",
    ),
    (
        "Six elephants killed as train ploughs into herd in Sri Lanka",
        "Six wild elephants were killed and a passenger train partly derailed when it ran "
        "into a herd crossing the line in Sri Lanka's east early on Thursday, police and "
        "wildlife officials said. The night mail train from Colombo to Batticaloa hit the "
        "animals near Habarana, a known elephant corridor, shortly before dawn. Two calves "
        "were injured and are being treated by wildlife vets, the department said. None of "
        "the passengers was hurt, but the engine and two carriages left the rails, halting "
        "services on the line for most of the day. Sri Lanka has one of the highest rates of "
        "conflict between people and elephants in the world, with hundreds of elephants and "
        "dozens of people dying each year. Conservationists have long urged the railway to "
        'slow trains through forested stretches at night. "The drivers are told to be '
        'careful, but the schedules do not allow it," said a wildlife official who asked not '
        "to be named. The transport minister ordered an inquiry.",
        "accident",
    ),
]
