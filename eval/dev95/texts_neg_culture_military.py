"""dev95 hard negatives: entertainment about war (films, games, novels, exhibitions) and the
military without violence (tests, procurement, drills, parades, budgets, alliances)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "'Oppenheimer' sweeps Oscars with seven wins including best picture",
        'Christopher Nolan\'s "Oppenheimer", the story of the physicist who led the race to '
        "build the atomic bomb, won seven Academy Awards on Sunday, including best picture, "
        "best director and best actor for Cillian Murphy. Robert Downey Jr won best "
        "supporting actor. Read more.",
        "entertainment",
    ),
    (
        "'All Quiet on the Western Front' wins seven Baftas",
        'Edward Berger\'s German-language war epic "All Quiet on the Western Front" won seven '
        "Baftas on Sunday night, including best film, a record for a non-English-language "
        'film, beating "The Banshees of Inisherin" and "Elvis".',
        "entertainment",
    ),
    (
        "Review: Alex Garland's 'Civil War' is a harrowing ride through a divided America",
        'Opinion: Alex Garland\'s "Civil War" follows a team of journalists driving from New '
        "York to Washington as secessionist forces close in on the capital. It is loud, tense "
        "and often brutal, but it has surprisingly little to say about how America got here.",
        "entertainment",
    ),
    (
        "New 'Call of Duty' sets sales record in first week despite mixed reviews",
        'Activision\'s latest "Call of Duty" instalment, set during the Gulf War, became the '
        "fastest-selling game of the year in its first week, the publisher said, even as some "
        "reviewers complained that its campaign recycled missions from earlier titles.",
        "entertainment",
    ),
    (
        "Paul Lynch wins Booker Prize for 'Prophet Song', a dystopian vision of Ireland",
        'Irish writer Paul Lynch won the Booker Prize on Sunday for "Prophet Song", a novel '
        "about a mother trying to hold her family together as Ireland slides into "
        'authoritarianism and civil war. The judges called it "a triumph of emotional '
        'storytelling".',
        "entertainment",
    ),
    (
        "Watch: Imperial War Museum show puts war photographers' contact sheets on display",
        "Watch: A new exhibition at the Imperial War Museum in London shows the contact "
        "sheets of photographers who covered conflicts from Vietnam to Syria, revealing the "
        "frames they chose not to publish.",
        "entertainment",
    ),
    (
        "Chernov's '20 Days in Mariupol' takes documentary Oscar",
        '"20 Days in Mariupol", made by AP video journalist Mstyslav Chernov during the '
        "Russian siege of the Ukrainian port city, won the Oscar for best documentary feature "
        'on Sunday. "I wish I\'d never made this film," Chernov said on stage.',
        "entertainment",
    ),
    (
        "'Shōgun' wins record 18 Emmys, including best drama",
        'FX\'s "Shōgun", a samurai epic of political intrigue and battles set in feudal Japan, '
        "won a record 18 Emmy Awards for a single season of television, including best drama "
        "series and best actress for Anna Sawai.",
        "entertainment",
    ),
    (
        "North Korea fires ICBM that lands in sea off Hokkaido",
        "North Korea fired an intercontinental ballistic missile that flew for about 70 "
        "minutes before falling into the sea west of Hokkaido on Thursday, Japan's defence "
        "ministry said, the latest in a string of weapons tests this year. No damage was "
        "reported.",
        "military",
    ),
    (
        "INS Vikrant, India's first home-built aircraft carrier, commissioned into Navy",
        "KOCHI: Prime Minister Narendra Modi on Friday commissioned INS Vikrant, India's "
        "first indigenously designed and built aircraft carrier, into the Indian Navy at "
        "Cochin Shipyard, calling it a symbol of self-reliance in defence.",
        "military",
    ),
    (
        "Bundestag approves €100 billion special fund for armed forces",
        "German lawmakers on Friday approved a €100 billion special fund to modernise the "
        "Bundeswehr, amending the constitution to exempt it from the debt brake, in a shift "
        "prompted by Russia's invasion of Ukraine.",
        "military",
    ),
    (
        "Poland signs deal for 180 K2 tanks from South Korea",
        "Poland signed a contract on Friday to buy 180 K2 tanks from South Korea's Hyundai "
        "Rotem, the first part of a larger order that also includes howitzers and fighter "
        "jets, as Warsaw expands its army to 300,000 soldiers.",
        "military",
    ),
    (
        "Balikatan: US and Philippine forces sink decommissioned ship in live-fire drill",
        "US and Philippine forces sank a decommissioned navy vessel off the coast of Zambales "
        "on Wednesday with missiles and artillery during the annual Balikatan exercises, the "
        "largest in their history, involving some 16,000 troops.",
        "military",
    ),
    (
        "China shows off new missiles and drones at Victory Day parade in Beijing",
        "China displayed new intercontinental missiles, laser weapons and large underwater "
        "drones at a military parade in Beijing on Wednesday marking 80 years since the end "
        "of World War II, watched by Xi Jinping alongside Vladimir Putin and Kim Jong Un.",
        "military",
    ),
    (
        "Taiwan to extend compulsory military service to one year from 2024",
        "TAIPEI (Reuters) — Taiwan will extend compulsory military service from four months "
        "to one year from 2024, President Tsai Ing-wen said on Tuesday, citing growing "
        "pressure from China. Conscripts will train with more modern weapons.",
        "military",
    ),
    (
        "Australia to buy up to five US nuclear submarines under AUKUS plan",
        "Australia will buy at least three Virginia-class nuclear-powered submarines from the "
        "United States in the early 2030s and then build a new class with Britain, the three "
        "leaders said in San Diego on Monday, at a cost of up to A$368 billion over three "
        "decades.",
        "military",
    ),
    (
        "NATO allies agree to raise defence spending target to 5% of GDP",
        "NATO leaders meeting in The Hague agreed on Wednesday to raise their target for "
        "defence spending to 5% of GDP by 2035, including 1.5% for infrastructure and cyber "
        "defence, after weeks of pressure from Washington. Leaders also reaffirmed their "
        "commitment to collective defence under Article 5. Spain said it would not meet the "
        "goal.",
        "military",
    ),
    (
        "Sweden formally becomes NATO's 32nd member",
        "Sweden formally joined NATO on Thursday when its accession documents were deposited "
        "in Washington, ending two centuries of military non-alignment two years after "
        "Russia's full-scale invasion of Ukraine.",
        "military",
    ),
]
