"""dev161 plain negatives (1 of 2): medicine, wildlife, invasive species, climate, space and
research news with the desks' war metaphors (negative_other)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "FDA approves targeted therapy for a rare form of lung cancer",
        "The Food and Drug Administration on Friday approved a targeted therapy for patients "
        "with non-small cell lung cancer whose tumours carry a rare mutation in the HER2 "
        "gene, giving doctors a pill for a group that has relied on chemotherapy and "
        "infusions. The drug, which blocks the mutated protein that drives the cancer's "
        "growth, shrank tumours in about two-thirds of previously treated patients in the "
        "trial that supported the approval, its maker said. The mutation is found in roughly "
        "2 to 4 percent of lung cancers, which translates into several thousand patients a "
        "year in the United States. Oncologists welcomed the decision but noted that the "
        "approval is based on response rates rather than survival, and that a confirmatory "
        'trial is still running. "More than fifty years after Nixon declared war on cancer, '
        'this is how we are winning it: one mutation at a time," said a thoracic oncologist '
        "at a cancer centre in Boston. The company has not disclosed the list price, but "
        "analysts expect it to be in line with other targeted lung cancer drugs, which cost "
        "more than $20,000 a month. Side effects included diarrhoea and changes in liver "
        "enzymes, which were mostly manageable.",
        "other",
    ),
    (
        "Personalised cancer vaccine halves risk of melanoma returning in trial",
        "A personalised cancer vaccine that trains the body's defences to attack tumour "
        "cells cut the risk of melanoma coming back or patients dying by almost half, "
        "researchers told the annual meeting of the American Society of Clinical Oncology in "
        "Chicago. The mRNA vaccine is designed for each patient from the genetic code of "
        "their own tumour and is given alongside an immunotherapy drug after surgery. In the "
        "trial of about 150 patients with high-risk melanoma, nearly four in five of those "
        "who received the combination were alive and free of cancer after two and a half "
        "years, compared with about three in five of those who received immunotherapy alone. "
        '"It is like giving the immune system a wanted poster for the enemy," said one of '
        "the trial's investigators. The NHS in England has begun offering places in larger "
        "trials through a cancer vaccine programme that aims to enrol 10,000 patients by "
        "2030. Experts cautioned that the results need to be confirmed in a phase 3 trial, "
        "which is under way. Making a vaccine for each patient takes about six weeks and is "
        "expensive.",
        "other",
    ),
    (
        "Killer whales ram yacht off Gibraltar in latest of hundreds of encounters",
        "A pod of killer whales rammed a sailing yacht in the Strait of Gibraltar on "
        "Wednesday, breaking its rudder and leaving the crew of four to be towed into port "
        "by the Spanish maritime rescue service. The skipper said three orcas, including two "
        'juveniles, struck the stern repeatedly for about 45 minutes. "It felt like being '
        'hit by a car, again and again," she said. Scientists have recorded more than 600 '
        "such interactions off Spain and Portugal since 2020, and at least four boats have "
        "sunk. Researchers disagree about why the animals do it: some suspect a form of play "
        "or a fad spread among young orcas, while others think an adult female may have "
        "started the behaviour after a traumatic collision with a boat. The Iberian orca "
        "population is critically endangered, with fewer than 40 animals, and scientists "
        "warn sailors not to harm them. Spanish authorities advise crews to stop, drop their "
        "sails and avoid touching the wheel. The encounters have prompted marine biologists "
        "to fit some of the animals with satellite tags to follow their movements.",
        "other",
    ),
    (
        "Italy declares war on invasive blue crab devastating Po delta clam farms",
        "Italy has set aside 2.9 million euros to fight an invasion of Atlantic blue crabs "
        "that fishermen say has destroyed most of the young clams in the lagoons of the Po "
        "delta, the heart of the country's shellfish industry. The crabs, native to the "
        "western Atlantic, are thought to have arrived in the ballast water of ships decades "
        "ago, but their numbers have exploded in the past two years as the Adriatic has "
        'warmed. "They have wiped out the seed stock; next year there will be almost '
        'nothing to harvest," said the head of a fishing cooperative in Goro, where clam '
        "farming employs some 3,000 people. The agriculture ministry said the money would "
        "pay fishermen to catch and dispose of the crabs. Some restaurants have started "
        "putting blue crab on their menus, and the government has encouraged exports to the "
        "United States, where the species is widely eaten. Marine biologists say the crab is "
        "now established in the Mediterranean and cannot be eradicated, only managed. "
        "Similar invasions have been reported in Spain, Tunisia and Greece.",
        "other",
    ),
    (
        "2024 was the first calendar year above 1.5C of warming, climate agencies confirm",
        "Last year was the hottest on record and the first calendar year in which the global "
        "average temperature exceeded 1.5C above pre-industrial levels, according to data "
        "released on Friday by the EU's Copernicus service, NASA and the UK Met Office. "
        "Copernicus put 2024 at about 1.6C above the 1850-1900 average, roughly 0.1C warmer "
        "than 2023, the previous record. Scientists stressed that a single year above 1.5C "
        "does not mean the Paris Agreement limit, which refers to a 20-year average, has "
        "been breached. But they said the world is now on course to pass it around the end "
        "of the decade. The El Niño pattern that peaked in late 2023 added to the heat, yet "
        "temperatures stayed high after it faded, which some researchers link to reduced low "
        'cloud cover and cleaner shipping fuel. "Every fraction of a degree matters," said '
        "a climate scientist at Imperial College London. An analysis of the first months of "
        "data suggests that 2025 is likely to be among the three warmest years on record "
        "even with La Niña conditions.",
        "other",
    ),
    (
        "China's Chang'e-6 brings back first samples from the Moon's far side",
        "A Chinese capsule carrying the first rocks and soil ever collected from the far "
        "side of the Moon landed in Inner Mongolia on Tuesday, completing a 53-day mission "
        "that planetary scientists have called a milestone for lunar research. The Chang'e-6 "
        "lander scooped and drilled about 2 kilograms of material from the South Pole-Aitken "
        "basin, one of the largest and oldest impact craters in the Solar System. "
        "Researchers hope the samples will help explain why the Moon's two hemispheres are "
        "so different, with the far side having a thicker crust and far fewer volcanic "
        'plains. "These samples could rewrite the early history of the Moon," said a '
        "planetary geologist at Peking University. Because the far side never faces Earth, "
        "the mission relied on a relay satellite launched in March to communicate with the "
        "lander. The China National Space Administration has said that scientists from other "
        "countries will be able to apply to study the material.",
        "other",
    ),
    (
        "Brain samples contain more microplastics than liver or kidneys, study finds",
        "Human brain tissue collected at autopsy contained higher concentrations of tiny "
        "plastic particles than liver or kidney samples from the same people, and the amount "
        "rose between 2016 and 2024, according to a study published in Nature Medicine. "
        "Researchers in the United States and Canada analysed tissue from more than 50 "
        "people who had died in New Mexico and found mostly polyethylene, a plastic used in "
        "packaging and bags. Brain samples from people who had been diagnosed with dementia "
        "contained several times more plastic than those from people without dementia, "
        "although the authors stressed this did not show that plastics cause the disease. "
        "Some environmental health researchers described the paper as a bombshell; others "
        "warned that the methods used to measure nanoplastics in fatty tissue are still "
        'being refined and may overstate the amounts. "We need independent replication '
        'before anyone panics," said a toxicologist who was not involved in the work. '
        "Global plastic production has roughly doubled since the early 2000s. Negotiations "
        "on a UN treaty to curb plastic pollution stalled last year.",
        "other",
    ),
    (
        "JET fusion reactor sets energy record in its final experiments",
        "The Joint European Torus near Oxford produced 69 megajoules of energy from fusion "
        "in a five-second pulse during its final experiments before shutting down, a world "
        "record, scientists announced on Thursday. The experiments used just 0.2 milligrams "
        "of fuel, a mixture of the hydrogen isotopes deuterium and tritium, heated to 150 "
        "million degrees Celsius. JET, which began operating in 1983, was the world's "
        "largest working tokamak and served as a test bed for ITER, the much larger "
        "international reactor under construction in southern France. Researchers said the "
        "record was a shot in the arm for fusion research in Europe, though the energy "
        'produced was only enough to boil about 60 kettles. "JET has done everything we '
        'asked of it and more," said the chief executive of the UK Atomic Energy Authority. '
        "ITER has been delayed by years and now expects to start its main fusion experiments "
        "in the late 2030s. Private fusion companies in the US and Britain have raised "
        "billions of dollars, betting they can build smaller reactors faster.",
        "other",
    ),
]
