"""dev15 negatives: ordinary news; longer texts and a few more hard cases.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: ordinary news
    (
        "Kurdistan region votes in delayed parliamentary election",
        "Voters in Iraq's Kurdistan region cast ballots in a parliamentary election delayed for two years. Turnout was about 72%, the electoral commission said, and voting passed off peacefully.",
        "other",
    ),
    (
        "Former Syrian refugee elected to German parliament",
        "A man who came to Germany as a Syrian refugee in 2015 was elected to the Bundestag for the Greens. He said he had learned German in a refugee shelter.",
        "other",
    ),
    (
        "Somalia's MPs elect president in tent at airport",
        "Somalia's lawmakers elected a new president in a vote held in an aircraft hangar at Mogadishu's airport. Supporters celebrated in the streets of the capital after the result was announced.",
        "other",
    ),
    (
        "Mexicans vote in first judicial election",
        "Mexicans voted for judges for the first time, with turnout of about 13%. Critics said the reform weakened judicial independence.",
        "other",
    ),
    (
        "Former guerrillas brew craft beer in Colombia",
        "A group of former FARC fighters runs a craft brewery in a village in Tolima, selling beer in Bogotá. The brewery employs 15 people.",
        "other",
    ),
    (
        "Solar mini-grid powers Cap-Haïtien market",
        "A solar mini-grid began supplying electricity to a market in Cap-Haïtien, in northern Haiti, allowing traders to keep fish and drinks cold. The project was paid for by a development bank.",
        "other",
    ),
    (
        "Ukrainian refugee opens bakery in Kraków",
        "A woman who fled Kharkiv in 2022 has opened a bakery in Kraków selling Ukrainian pastries. She employs four other refugees.",
        "other",
    ),
    (
        "Kosovo citizens can travel visa-free in Schengen",
        "Kosovo citizens can now travel to the Schengen area without visas, the last Western Balkan country to get the right. Queues formed at Pristina airport on the first day.",
        "other",
    ),
    (
        "Afghan girls' robotics team wins award",
        "An Afghan girls' robotics team, whose members now live in Qatar and Canada, won an award at an international competition in Geneva. Their robot sorts plastic waste.",
        "other",
    ),
    (
        "Sudanese refugee qualifies as doctor in Uganda",
        "A Sudanese man who arrived in Uganda as a refugee child graduated as a doctor from Makerere University. He said he wants to work in a clinic in a refugee settlement.",
        "other",
    ),
    (
        "Damascus airport resumes international flights",
        "Damascus international airport resumed commercial flights, with a Qatar Airways plane landing from Doha. Passengers said they were returning to see family.",
        "other",
    ),
    (
        "Record temperature recorded in Northern Ireland",
        "Northern Ireland recorded its highest temperature since records began, 31.6C at Castlederg, the Met Office said. Beaches on the north coast were packed.",
        "other",
    ),
    # ---------------------------------------------------------------- negatives: longer texts and a few more hard cases
    (
        "Borno flood flash update: camps under water",
        "SITUATION OVERVIEW. Heavy rain since 8 September and the collapse of the Alau dam have flooded large parts of Maiduguri and Jere, according to the state emergency agency. At least 30 people have died. Some 414,000 people have been displaced, many of them into 30 temporary sites, including schools. Several camps that were already hosting families displaced years ago by the insurgency are under water, and latrines have collapsed. Partners are concerned about cholera. Boats from the army and the emergency agency are evacuating people from rooftops. Food distributions have started in 12 sites.",
        "disaster",
    ),
    (
        "Marawi's rebuilt centre still waits for its residents",
        "The streets of Marawi's old commercial district have been repaved, and a new grand mosque rises over the lake. But most of the people who lived here before 2017 have not come back. Many still live in transitional shelters on the edge of the city. Owners need permits to rebuild, and many lost their land papers. The government says compensation payments have begun. A shopkeeper who reopened last year said business was slow.",
        "other",
    ),
    (
        "Somaliland votes in presidential election",
        "Voters in Somaliland queued from dawn to vote in a presidential election that observers said was peaceful and orderly. The region, which declared independence from Somalia in 1991, uses iris scans to register voters. The opposition candidate won with 64% of the vote. The outgoing president conceded defeat and congratulated him. Supporters drove around Hargeisa honking horns.",
        "other",
    ),
    (
        "Mexico's army fights dengue, not cartels, in Acapulco",
        "Soldiers in Acapulco were deployed not to fight cartels this week but to clear stagnant water from rooftops after a surge in dengue cases. Health officials said cases had tripled since the hurricane. The army brought 500 soldiers and 20 trucks.",
        "health",
    ),
    (
        "Tigray schools reopen after years closed",
        "Schools in Tigray reopened for the first time in years, as the region recovers after the peace deal. Many buildings still lack desks and books. Teachers said they had not been paid for months but were glad to be back.",
        "peace",
    ),
    (
        "Goma traders battle falling prices",
        "Traders in Goma's Virunga market say they are battling falling prices for potatoes and beans as supply from Masisi grows. Some have started selling in Gisenyi, across the border in Rwanda.",
        "economy",
    ),
]
