"""Migration and labour: arrivals on the Canary Islands, deportation flights, and Nepal's
workers abroad."""

from _wrap import item

item(
    "Canary Islands arrivals pass 32,000, a record for the Atlantic route",
    """
    [[More than 32,000 migrants|displaced;a=the interior ministry]] have reached the Canary
    Islands by boat this year, the interior ministry said on Friday, beating the previous record
    of [[31,678|displaced;a=the interior ministry]] set in {{2006}}. Over the weekend alone,
    [[about 1,700 people|displaced]] arrived on [[30 boats|other]], most of them wooden
    fishing canoes from Senegal and Mauritania, and El Hierro, an island of
    [[11,000 people|civilians]], received [[more than 500|displaced]] in a single day. The
    regional government says it is caring for
    [[about 5,000 unaccompanied minors|displaced;a=The regional government]] in shelters built
    for [[2,000|capacity;a=The regional government]]. "The reception system is at breaking
    point," the regional president said on Friday. A canoe that reached El Hierro on Monday
    carried [[280 people|displaced]], the most on a single boat this year. The maritime rescue
    service has picked up [[more than 9,000 people|other]] at sea since January, and the
    central government flew [[about 12,000 migrants|displaced]] to reception centres on the
    mainland in October alone. Most boats now leave from Senegal and Gambia, about
    {{1,500 km}} away, a crossing that can take up to {{10 days}}. Senegal's navy said
    it had stopped [[about 40 canoes|other;u=other;a=Senegal's navy]] carrying
    [[more than 3,000 people|other;a=Senegal's navy]] from leaving since August. Spain returned
    [[about 200 Mauritanians|returned]] on [[two charter flights|other]] in the same period. The charity Caminando
    Fronteras estimates that [[more than 6,000 people|killed;a=The charity Caminando Fronteras]]
    died trying to reach the islands during the year.
    """,
)

item(
    "Guatemala receives 1,400 deportees from the US in January",
    """
    Guatemala received [[about 1,400 of its citizens|returned;a=Guatemala's migration institute]]
    deported from the United States on [[11 flights|other;a=Guatemala's migration institute]]
    in January, Guatemala's migration institute said, and expects
    [[more than 2,000|returned;p;a=Guatemala's migration institute]] in February. Among those
    returned in January were [[87 unaccompanied children|returned]], who were handed to social
    services at La Aurora airport. US Immigration and Customs Enforcement was holding
    [[more than 40,000 people|arrested;a=US Immigration and Customs Enforcement]] in detention
    at the end of January, according to its own figures. Guatemala's government has also agreed to
    take in deportees from other Central American countries. Remittances sent home by Guatemalans abroad reached
    {{$21.5 billion}} in {{2024}}, about {{19%}} of GDP.
    """,
)

item(
    "Nepal issues record number of foreign work permits",
    """
    Nepal issued [[about 741,000 labour permits|other;u=other;a=the Department of Foreign Employment]]
    in the fiscal year that ended in mid-July, the Department of Foreign Employment said, the
    most in a single year. [[About 2,000 people a day|other]] now leave for jobs abroad through
    Kathmandu's airport, mostly for Malaysia, Qatar, Saudi Arabia and the United Arab Emirates.
    [[More than 1,200 Nepali workers|killed;a=the department;alt=the Department of Foreign Employment]]
    died abroad in the same period, the department said, many of them of heart attacks in
    extreme heat. Remittances reached {{1.2 trillion rupees}}, equal to about {{26%}} of gross
    domestic product. Workers pay recruitment fees of up to {{300,000 rupees}}, despite a
    {{2015}} policy meant to make jobs in the Gulf and Malaysia free of charge.
    """,
)
