"""dev155 hard negatives: the military without violence (a submarine, fighter jets, drills) and
films, series and a carnival parade about wars and dictatorships (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Navy commissions Riachuelo, first of Brazil's new Scorpène-class submarines",
        "ITAGUAÍ, Rio de Janeiro (O Globo) - The Brazilian navy commissioned on "
        "Thursday the submarine Riachuelo, the first of four conventional "
        "submarines built at the Itaguaí naval complex under a technology transfer "
        "agreement with France, in a ceremony attended by President Jair Bolsonaro "
        "and the commander of the navy. The 72-metre vessel, based on the French "
        "Scorpène design, can carry a crew of 35 and remain submerged for long "
        "periods, and will be used to patrol the country's vast coastline and the "
        "oil fields of the pre-salt layer. The programme, known as Prosub, also "
        "includes the development of Brazil's first nuclear-powered submarine, "
        "expected in the next decade. Navy officials said the submarine had "
        "completed more than a year of sea trials. The programme has cost tens of "
        "billions of reais and was the subject of corruption investigations in the "
        "Car Wash probe, though the navy says the contracts were sound. Three more "
        "submarines are due to be delivered by the end of the decade. Bolsonaro "
        'said the country needed "a strong navy to defend our blue Amazon".',
        "military",
    ),
    (
        "First six F-16s bought from Denmark land in Argentina as Milei hails 'a "
        "new era' for the air force",
        "BUENOS AIRES (Buenos Aires Times) - The first six F-16 fighter jets "
        "bought by Argentina from Denmark landed on Friday at the Río Cuarto air "
        "base in Córdoba, in what President Javier Milei called the beginning of "
        '"a new era" for an air force that has had no supersonic fighters since '
        "the retirement of its Mirage jets in 2015. The aircraft, flown by Danish "
        "and Argentine pilots, made stops in the United States and Brazil on their "
        "way from Europe. Argentina agreed last year to buy 24 second-hand F-16s "
        "for about 300 million dollars, after a long competition in which China "
        "offered its JF-17. The purchase needed the approval of the United States, "
        "which manufactures the planes, and of Britain, which has restricted arms "
        "sales to Argentina since the 1982 war. Defence Minister Luis Petri said "
        "the jets would help protect the country's airspace and fight drug flights "
        "in the north. The government plans a public display of the planes at a "
        "ceremony in Buenos Aires next week. Opposition legislators questioned the "
        "cost at a time of cuts to health and education.",
        "military",
    ),
    (
        "Venezuela stages military drills on Caribbean coast as US warships remain offshore",
        "CARACAS (AFP) - Venezuela's armed forces began three days of military "
        "exercises on Saturday along the Caribbean coast and on the island of La "
        "Orchila, mobilising troops, militia members, aircraft and navy vessels in "
        'what Defence Minister Vladimir Padrino López called a response to "the '
        'threat" from the United States. State television showed soldiers firing '
        "anti-aircraft guns and launching drones during the drills, and members of "
        "the Bolivarian Militia training with rifles in the state of Sucre. The "
        "exercises come as the United States keeps several destroyers, an "
        "amphibious group and thousands of sailors and marines in the southern "
        "Caribbean, in what Washington says is an operation against drug "
        "trafficking. President Nicolás Maduro said millions of people had "
        "enlisted in the militia and that Venezuela would defend its sovereignty. "
        "Analysts said the drills were mainly meant to show internal cohesion "
        "within the armed forces. Colombia's government called for dialogue to "
        "avoid an escalation. The exercises are due to end on Monday.",
        "military",
    ),
    (
        "'Ainda Estou Aqui' wins Brazil's first Oscar for best international feature",
        "RIO DE JANEIRO (Folha) - Walter Salles' \"Ainda Estou Aqui\" (I'm Still "
        "Here) won the Oscar for best international feature film on Sunday night, "
        "the first Academy Award for a Brazilian production, setting off "
        "celebrations in the middle of Carnival in Rio, Salvador and São Paulo. "
        "The film tells the story of Eunice Paiva, whose husband, the former "
        "congressman Rubens Paiva, was taken from their home in Rio by agents of "
        "the military dictatorship in 1971 and never seen again. Fernanda Torres, "
        "who plays Eunice, was also nominated for best actress, the first "
        "Brazilian nominee in the category since her mother, Fernanda Montenegro, "
        "in 1999. Crowds in the Sambadrome and at street parties stopped to watch "
        "the ceremony on their phones. Salles dedicated the award to Eunice Paiva "
        "and to the actress Fernanda Montenegro, who plays the older Eunice. The "
        "film has been seen by more than five million people in Brazilian cinemas. "
        "The Paiva case was one of the best-known of the dictatorship, and a truth "
        "commission concluded in 2014 that Rubens Paiva had been tortured and "
        "killed by army officers. President Luiz Inácio Lula da Silva wrote that "
        'he was "proud of our cinema and our democracy".',
        "entertainment",
    ),
    (
        "Salgueiro takes the Paraguayan War to the Sambadrome in a parade about "
        "soldiers who never came home",
        "RIO DE JANEIRO (O Globo) - Salgueiro brought the War of the Triple "
        "Alliance to the Sambadrome on Monday night in a parade that told the "
        "story of the enslaved men sent to fight in Paraguay in the 1860s with the "
        "promise of freedom, and of the families who waited for them. The school's "
        "3,200 members paraded for 70 minutes in costumes inspired by the uniforms "
        "of the Voluntários da Pátria, and one of its floats showed a battlefield "
        "on the Paraguay river with cannons and smoke machines. The samba, written "
        'by a group of composers from the Tijuca hills, asked "who counted the '
        'dead of the black battalions?". The carnival director said the theme had '
        "been researched for two years with historians from the Federal University "
        "of Rio de Janeiro. The crowd in the stands sang along for most of the "
        "parade, although a float broke down at the entrance and delayed the "
        "procession. Judges will announce the results on Wednesday afternoon. "
        "Beija-Flor and Imperatriz Leopoldinense are considered the favourites.",
        "entertainment",
    ),
    (
        "'One Hundred Years of Solitude' series premieres with Macondo, the banana "
        "massacre and a Colombian cast",
        "BOGOTÁ (El Tiempo) - Netflix's adaptation of Gabriel García Márquez's "
        '"One Hundred Years of Solitude" premiered on Wednesday, the first time '
        "the novel has been brought to the screen, with a Colombian cast and "
        "dialogue in Spanish. The first eight episodes, filmed in Tolima over more "
        "than a year on a set where the production built four versions of Macondo, "
        "follow the Buendía family from the founding of the town to the civil wars "
        "led by Colonel Aureliano Buendía. The second part, due next year, will "
        "include the massacre of striking banana workers by the army, an episode "
        "based on the killings in Ciénaga in 1928. García Márquez's sons, Rodrigo "
        "and Gonzalo García Barcha, served as executive producers, after the "
        "writer had refused for decades to sell the rights. Critics praised the "
        "production design and the performances of Claudio Cataño and Marco "
        "González, though some said the series was too faithful to the book to "
        "stand on its own. Tourism officials in Aracataca, the writer's "
        "birthplace, said they expected more visitors.",
        "entertainment",
    ),
]
