"""dev193 hard negatives: films, books, an exhibition and a series about war and kitchens (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        'Review: "The Baker of Homs" is a gentle film about a refugee who rebuilds his life '
        "around an oven",
        "The Syrian-German director's first feature follows Khaled, a baker from Homs, "
        "through his first year in a small town in Lower Saxony, where he lives in a "
        "converted gym with 40 other refugees and takes a job in a local bakery that has not "
        "changed its recipes since the 1970s. There are flashbacks to the bombing of his "
        "neighbourhood and to the sea crossing, but the film is mostly interested in the "
        "daily rhythm of dough, the misunderstandings of language and the grudging friendship "
        "between Khaled and the bakery's elderly owner. The lead actor, himself a former "
        "refugee, gives a quietly moving performance. Some scenes, particularly a festival "
        "where the whole town tastes Khaled's bread, tip into sentimentality. But the film "
        "has a sharp eye for small cruelties and kindnesses, and the final shot, of a tray of "
        "bread cooling on a window ledge, stays with you. It premiered at the Berlinale in "
        "February and opens in cinemas across Germany on Thursday.",
        "entertainment",
    ),
    (
        '"My grandmother\'s kitchen in Gaza": a cookbook of recipes and memory',
        "Reem Salah's cookbook began as a notebook of her grandmother's recipes, written down "
        "in a kitchen in Gaza City during summer visits when she was a teenager. It became, "
        "she says, something else: a record of a way of cooking that she fears is "
        "disappearing. The book, published this month in London, includes sumagiyyeh, the "
        "sumac-and-chard stew cooked for Eid; dagga, a fiery tomato and dill salad pounded in "
        "a clay bowl; and fish stuffed with chilli and garlic from the port. There are "
        "chapters on the food of the Bedouin south and the orchards of Beit Hanoun, and a "
        "long essay on the red chillies that Gazans dry on their roofs. Salah, who grew up in "
        "Jordan and now lives in Manchester, wrote most of it before October 2023 and "
        "finished it in a year when Gaza was rarely out of the news. She chose not to change "
        'it. "It is a book about life, not about war," she said. The photographs were taken '
        "in her kitchen in Manchester, with dishes borrowed from her mother and a copper pot "
        "that belonged to her grandmother. Reviewers have compared it with the great regional "
        "cookbooks of the Levant. The publishers say the first print run sold out in a week, "
        "and a share of the proceeds will go to a children's charity.",
        "entertainment",
    ),
    (
        '"Uniform to runway": a design museum exhibition on how war shaped what we wear',
        "The trench coat, the bomber jacket, the cargo trouser and the camouflage print all "
        "began on the battlefield, and a new exhibition at London's Design Museum traces how "
        "they ended up on the catwalk. The show includes a trench coat worn by a British "
        "officer in 1917, a pilot's sheepskin flying jacket from the Second World War and a "
        "wall of camouflage patterns from a dozen armies, alongside the designer collections "
        "that borrowed from them. One room is devoted to the utility clothing scheme of "
        "wartime Britain, when rationing limited the number of buttons and pleats. Another "
        "looks at how designers in the 1990s and 2000s used combat trousers and army surplus "
        "as anti-fashion. The curator said the exhibition was not about glorifying war but "
        "about how clothes designed for survival become everyday. The exhibition runs until "
        "September, and tickets cost £16.",
        "entertainment",
    ),
    (
        '"The Bear" returns, and the kitchen is still a battlefield',
        'The third season of "The Bear", the television series about a young chef who takes '
        "over his late brother's sandwich shop in Chicago and tries to turn it into a "
        "fine-dining restaurant, arrives on streaming services this week, and its kitchen is "
        "as loud as ever. The first episode is a wordless montage of Carmy's training in the "
        "kitchens of New York and Copenhagen, and the rest of the season returns to the war "
        'zone of the restaurant, where cooks scream "Yes, chef" over pans and timers. Critics '
        "have praised the show for its portrait of kitchen culture, and several real chefs "
        "have said it captures the pressure and the bullying of professional kitchens all too "
        "well. Others find this season slower and more self-indulgent. The cast includes "
        "several guest stars from the restaurant world. The show has won a string of Emmys, "
        "and a fourth season has already been commissioned.",
        "entertainment",
    ),
    (
        "A documentary about the bakers of Mariupol wins the audience award at Sheffield",
        "A documentary that follows three bakers from Mariupol who kept a bakery running "
        "during the first weeks of the Russian siege of the city in 2022 has won the audience "
        "award at Sheffield DocFest. Shot partly on mobile phones by the bakers themselves "
        "and partly in the Ukrainian cities where they later settled, the film pieces "
        "together how they baked bread on a generator for neighbours sheltering in basements "
        "before escaping through a humanitarian corridor. The director, who is from Kyiv, "
        "said she had wanted to make a film about ordinary people and what they do for one "
        "another. Critics praised its restraint: there is no narration, and much of it is "
        "shot in the half-dark of the bakery, with flour in the air. The bakers attended the "
        "screening and were given a standing ovation. One of them now runs a bakery in "
        "Dnipro, another works in a supermarket in Poland, and the third has retired to a "
        "village near Lviv. The film will be shown on a European broadcaster later this year, "
        "and a distributor has bought the rights for North America.",
        "entertainment",
    ),
]
