"""dev189 plain negatives: counts, births, rescues, releases and science from the nature desks,
some with war words used loosely ("invasion", "front line", "battle")."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Cane toad invasion reaches the Kimberley as rangers fight to hold the line",
        "The invasion of cane toads has reached the heart of Western Australia's Kimberley, "
        "with rangers finding the poisonous amphibians at a waterhole near Lake Argyle more "
        "than 2,000 kilometres from where they were first released in Queensland in 1935. "
        'Indigenous rangers and volunteers have been running nightly "toad busts", catching '
        "thousands of the animals by hand along creeks and billabongs. Scientists say the "
        "toads have wiped out large numbers of goannas, quolls and freshwater crocodiles, "
        "which die after eating them. Researchers are now trying a new tactic, feeding young "
        'northern quolls small "teacher toads" laced with a nausea-inducing chemical so the '
        'predators learn to avoid them. "It is like a front line moving west every wet '
        'season," one ranger said. The toads can travel up to 60 kilometres a year, faster '
        "than at any time since their arrival. Conservation groups are calling for more "
        "funding for the fight. Residents have been asked to report sightings to the state's "
        "biosecurity hotline.",
        "other",
    ),
    (
        "Snow leopard count finds 718 cats across India's high Himalaya",
        "India has an estimated 718 snow leopards, according to the first national survey of "
        "the elusive cats, released by the environment ministry on Tuesday. Ladakh has the "
        "largest number, about 477, followed by Uttarakhand, Himachal Pradesh, Arunachal "
        "Pradesh, Sikkim and Jammu and Kashmir, the survey found. Researchers set up more "
        "than 1,900 camera traps and walked about 13,450 kilometres of trails over four years"
        " to cover some 70 percent of the cats' potential range in the country. The snow "
        "leopard, listed as vulnerable, lives at altitudes of 3,000 to 5,400 metres and is "
        "rarely seen. Scientists said the numbers were encouraging but that the animals face "
        "threats from retaliatory killing by herders who lose livestock, from feral dogs and "
        "from climate change. The ministry said it would set up a cell at the Wildlife "
        "Institute of India for long-term monitoring. The survey also recorded Himalayan "
        "wolves, ibex and blue sheep. Officials said the findings would shape conservation "
        "plans in the region.",
        "other",
    ),
    (
        "Monarch butterflies return to Mexico's forests in larger numbers this winter",
        "The number of monarch butterflies wintering in Mexico's mountain forests more than "
        "doubled this season, the country's protected areas commission and the conservation "
        "group WWF said on Wednesday, a rare piece of good news for the struggling insects. "
        "The orange-and-black butterflies covered about 1.8 hectares of fir forest in "
        "Michoacan and the State of Mexico, up from 0.9 hectares last winter, one of the "
        "lowest levels on record. Scientists measure the area the colonies occupy, rather "
        "than counting individual butterflies, which cluster by the millions on tree "
        "branches. The monarchs migrate up to 4,500 kilometres from the United States and "
        "Canada each autumn. Researchers credited favourable weather in Texas during the "
        "migration and the planting of milkweed along the route. They warned that the "
        "population remained far below the levels of the 1990s and that illegal logging and "
        'drought still threaten the forests. "One good year does not make a recovery," said a'
        " WWF biologist. Local communities who guide tourists to the colonies welcomed the "
        "news.",
        "other",
    ),
    (
        "Berlin zoo celebrates birth of giant panda twins",
        "Berlin Zoo's giant panda Meng Meng has given birth to twins, the first pandas ever "
        "born in Germany, the zoo said on Tuesday. The cubs, each weighing less than 200 "
        "grams at birth, are pink, almost hairless and about the size of a guinea pig, and "
        "are being cared for around the clock by the mother and keepers. Keepers are swapping"
        " the cubs so that each gets time with Meng Meng while the other is kept in an "
        "incubator. Giant pandas are notoriously difficult to breed in captivity, and a "
        "female is fertile for only one to three days a year. Meng Meng and her mate, Jiao "
        "Qing, arrived from China on loan in 2017, and any cubs born to them remain the "
        'property of China. The zoo\'s director called the births "a great moment" for the zoo'
        " and for conservation. The twins will not be shown to the public for several months."
        " Their sex has not yet been determined.",
        "other",
    ),
    (
        "Dog missing for eight years reunited with family 1,500 miles away",
        "A dog that vanished from her owners' backyard in Colorado eight years ago has been "
        "reunited with them after turning up at an animal shelter in Florida, more than 1,500"
        " miles away, shelter staff said. The terrier mix was scanned for a microchip after a"
        " good Samaritan found her wandering near a highway in Jacksonville, and the chip led"
        ' staff to a family who had long given up hope. "We never stopped thinking about her,'
        ' but we thought she was gone," said the owner, who flew to Florida with her teenage '
        "daughter, now 16. The dog wagged her tail and licked the girl's face when they met "
        "in the shelter's lobby, in a scene filmed by staff and shared widely online. How the"
        " dog ended up in Florida remains a mystery. Shelter workers said the case showed why"
        " owners should microchip their pets and keep their contact details up to date. The "
        "family said they would drive home slowly, taking the dog to the beach on the way.",
        "other",
    ),
    (
        "Serengeti census counts 1.3 million wildebeest ahead of the great migration",
        "The first aerial census of the Serengeti ecosystem in seven years has counted about "
        "1.3 million wildebeest, showing that the population remains stable, the Tanzania "
        "Wildlife Research Institute (Tawiri) said yesterday. Researchers flew more than "
        "1,600 transects over the plains in the south of the park during the calving season, "
        "when the herds gather in large numbers. The survey also counted about 250,000 zebras"
        " and 330,000 Thomson's gazelles, Tawiri's director general told The Citizen. The "
        "herds will soon begin their annual march north towards Kenya's Maasai Mara, where "
        "their crossings of the Mara river draw tourists from around the world. Officials "
        "said the figures were an answer to critics who had warned that roads, settlements "
        "and livestock were squeezing the migration. Tourism is Tanzania's leading source of "
        "foreign exchange, and the Serengeti attracts hundreds of thousands of visitors a "
        "year. The institute said the next census would be carried out in two years' time.",
        "other",
    ),
    (
        "Thousands of Black Sea dolphins may have died since the invasion, scientists say",
        "Scientists in Ukraine, Bulgaria and Turkey estimate that tens of thousands of "
        "dolphins may have died in the Black Sea since Russia's full-scale invasion of "
        "Ukraine, according to a study published on Thursday. Researchers counted more than "
        "4,000 carcasses washed up on beaches along the sea's coasts in the first two years "
        "of the war, far more than in any comparable period, and say most dead animals sink "
        "and are never found. The study links the deaths to underwater noise from warships' "
        "sonar and from explosions, which can damage the hearing the dolphins depend on to "
        "navigate and hunt, and to pollution from sunken vessels. Many of the stranded "
        "animals had burns or were emaciated, the scientists said. The deaths are hard to "
        "investigate because much of the coast is closed to researchers and the sea is mined."
        ' "The Black Sea dolphins are silent victims," said the lead author, a marine '
        "biologist in Odesa. Ukraine's prosecutors have been documenting environmental damage"
        " with a view to seeking reparations from Russia. Russian scientists in Crimea have "
        "reported a rise in strandings too, but blame a virus rather than the war. "
        "Independent experts say both explanations are possible and that the evidence is "
        "patchy. Three species of dolphin live in the Black Sea, all of them protected, and "
        "the harbour porpoise population there was already declining before 2022 because of "
        "fishing nets. Turkish fishermen said they had found more dead porpoises in their "
        "nets this spring than in any year they could remember. The researchers called for an"
        " international monitoring programme once conditions allow.",
        "other",
    ),
    (
        "Rescued Ukrainian lion cubs settle into their new home at a Kent sanctuary",
        "Four lion cubs that were rescued from private owners in Ukraine have settled into "
        "their new enclosure at a wildlife park in Kent, the park said on Wednesday. The "
        "cubs, two males and two females aged between 10 months and two years, had been kept "
        "as pets in flats and basements and were taken in by a shelter near Kyiv after their "
        "owners fled or could no longer care for them. They were later moved to a sanctuary "
        "in Poland before making the two-day road journey to England. Keepers said the young "
        "lions had arrived thin and nervous, but were now exploring their grassy enclosure, "
        'climbing on logs and playing with balls. "They have been through a lot, and they are'
        " finally able to just be lions,\" said the park's head of animals. The park said it "
        "had raised more than 50,000 pounds from the public to pay for the transfer and a new"
        " den. The cubs will stay together as a pride. Visitors will be able to see them from"
        " the spring.",
        "other",
    ),
    (
        "Northern white rhino IVF pregnancy offers hope in the battle to save the species",
        "Scientists have achieved the first rhino pregnancy through IVF, a breakthrough that "
        "could help save the northern white rhino from extinction, the team behind the "
        "project said on Wednesday. An embryo made in a laboratory from the eggs and sperm of"
        " southern white rhinos was transferred into a surrogate mother at Ol Pejeta "
        "Conservancy in Kenya, and the pregnancy reached 70 days before the surrogate died "
        "from a bacterial infection. Only two northern white rhinos remain, both females, "
        "Najin and her daughter Fatu, who live under armed guard at Ol Pejeta. Researchers "
        "now plan to transfer northern white embryos, stored in liquid nitrogen in Germany "
        'and Italy, into southern white surrogates within months. "We are winning a battle we'
        ' were told we could not win," said the head of the project. The last northern white '
        "male, Sudan, died in 2018. Conservationists say rhino poaching, driven by demand for"
        " horn in Asia, drove the subspecies to the brink. Kenya's tourism ministry called "
        "the result historic.",
        "other",
    ),
    (
        "Orangutan rescued from palm oil plantation released into Kalimantan forest",
        "A female orangutan rescued from an oil palm plantation in Central Kalimantan has "
        "been released into a protected forest after two years of rehabilitation, "
        "conservationists said on Saturday. The orangutan, named Sari by her carers, was "
        "found underweight and alone on the plantation, where workers said she had been "
        "raiding young palms for food. She was shot with a tranquilliser dart, treated at a "
        "rehabilitation centre in Nyaru Menteng and taught to build nests and find wild fruit"
        " before being carried by boat and on foot to the release site in the Bukit Baka "
        "Bukit Raya National Park. The release was carried out by the Borneo Orangutan "
        "Survival Foundation with the Central Kalimantan Natural Resources Conservation "
        'Agency. "She climbed into the canopy within minutes and did not look back," a vet '
        "who took part told The Jakarta Post. The foundation said it still cares for more "
        "than 300 orangutans that cannot yet return to the wild. Bornean orangutans are "
        "critically endangered, their forests cut for plantations and mines. The team will "
        "follow Sari for several months to make sure she adapts.",
        "other",
    ),
]
