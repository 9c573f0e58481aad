"""dev11 negatives, batch 3 (long): a disaster and a peace text.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives, batch 3 (long)
    (
        "Flash update: flooding in Marib and Hajjah, Yemen",
        "HIGHLIGHTS. Torrential rain since 6 August has caused flash floods in Marib, Hajjah, Hodeidah and Al Mahwit governorates. According to local authorities and partners, at least 60 people have died, including 14 children. In Marib, floods damaged or destroyed shelters in 35 displacement sites, affecting about 4,100 families who had fled earlier fighting. Many families lost tents, food stocks and documents. Roads to several sites are cut and latrines have collapsed, raising the risk of cholera. The rains also swept away livestock and flooded farmland in Hajjah. Partners have distributed emergency shelter kits and hygiene items to 1,200 families. Needs far exceed the stocks available. More rain is forecast for the coming week.",
        "disaster",
    ),
    (
        "Ten years after the peace deal, a former guerrilla town rebuilds",
        "In the hills of Meta department, the town of La Macarena used to be a FARC stronghold, and soldiers and guerrillas fought in the surrounding jungle for decades. Today its main street is lined with tour agencies. Visitors come to see Caño Cristales, a river that turns red, yellow and green in the rainy season. Former fighters work as guides and run a cooperative that makes sandals. A retired army colonel owns one of the hotels. The mayor says the town received 20,000 tourists last year. Some residents still fear the dissident groups that operate further south. But the airport, once a military base, now has daily flights from Bogotá. The town held its first tourism fair in March.",
        "peace",
    ),
]
