"""eval/dev75 negatives: war-risk insurance, freight rates, rerouting around the Cape, the Suez
Canal, shadow-fleet sanctions, airlines' detours, a dockworkers' strike.
"""

NEGATIVES = [
    (
        "War-risk premiums for Red Sea voyages climb to 1% of hull value",
        "Insurers are charging war-risk premiums of up to 1% of a ship's value for a single "
        "transit of the Red Sea, up from 0.07% before the crisis, brokers said, adding as much as "
        "$1 million to a voyage for a large vessel. Some underwriters have stopped quoting for "
        "ships with links to the US, Britain or Israel. Lloyd's market said capacity was still "
        "available.",
        "economy",
    ),
    (
        "Container freight rates from Asia to Europe ease for fifth week",
        "The cost of shipping a 40-foot container from Shanghai to Rotterdam fell for a fifth "
        "straight week to about $3,100, the Drewry index showed, as new ships entered service and "
        "demand softened. Rates remain well above pre-crisis levels because most carriers still "
        "sail around the Cape of Good Hope. Analysts expect further falls after the Lunar New "
        "Year.",
        "economy",
    ),
    (
        "Rerouting around the Cape adds ten days to Asia-Europe trips",
        "Container lines diverting around Africa to avoid the Red Sea have added about ten days "
        "and 3,500 nautical miles to each Asia-Europe voyage, burning up to $1 million more in "
        "fuel, Lloyd's List reported. Ports in South Africa and Mauritius are seeing more calls "
        "for bunkers and provisions, but Cape Town's port struggled with wind delays. Carriers "
        "said they would keep the longer route until further notice.",
        "economy",
    ),
    (
        "Suez Canal revenue halves as ships avoid Red Sea",
        "Egypt's Suez Canal revenue fell by more than half last year to $4 billion, the canal "
        "authority said, as the number of transits dropped to about 13,000 from 26,000. The "
        "authority offered discounts of up to 15% to container ships that return. Egypt's central "
        "bank said the loss was a major drain on foreign currency.",
        "economy",
    ),
    (
        "Maersk profit jumps on longer routes and higher rates",
        "Danish shipping group Maersk raised its full-year profit forecast for the third time, "
        "saying disruption in the Red Sea had pushed up freight rates and absorbed capacity as "
        "ships sailed longer routes. Its shares rose 7% in Copenhagen. The chief executive said "
        "he did not expect a return to the Suez route this year.",
        "economy",
    ),
    (
        "EU sanctions 189 more shadow-fleet tankers",
        "The European Union added 189 tankers to its list of vessels barred from its ports and "
        "services, bringing the total to more than 550, in its latest sanctions package against "
        "Russia's oil trade, officials said. The ships are accused of carrying Russian crude "
        "above the price cap with poor insurance and obscure ownership. Moscow called the "
        "sanctions illegal.",
        "politics",
    ),
    (
        "Britain targets shadow-fleet captains and insurers with new sanctions",
        "Britain imposed sanctions on 30 more tankers, two captains and a Dubai-based insurer it "
        "said were helping Russia move oil around Western price caps, the foreign office said. "
        "Officials said the ageing tankers were a risk to the environment and to undersea "
        "infrastructure. The sanctioned ships will be refused entry to British ports.",
        "politics",
    ),
    (
        "Estonia's navy tries to stop shadow-fleet tanker, Russian jet appears",
        "The Estonian navy asked an unflagged tanker sailing from Russia to stop for an "
        "inspection in the Gulf of Finland, but it refused and continued into Russian waters, "
        "officials said. A Russian Su-35 fighter briefly entered Estonian airspace during the "
        "encounter. No shots were fired and nobody boarded the ship.",
        "politics",
    ),
    (
        "Shipping stocks slide as carriers announce return to Suez",
        "Shares of container lines fell sharply on Monday after two of the largest carriers said "
        "they would gradually resume sailing through the Suez Canal, a move that would release "
        "capacity and push down freight rates. Analysts said a full return would take months. "
        "Port operators in the Mediterranean gained.",
        "economy",
    ),
    (
        "Dockworkers' strike shuts US East Coast ports",
        "About 45,000 dockworkers walked off the job at ports from Maine to Texas on Tuesday in "
        "their first coastwide strike since 1977, halting container traffic, their union said. "
        "The strike was called after talks on wages and automation broke down. Ships began "
        "queuing outside New York and Savannah.",
        "protest",
    ),
    (
        "Ukraine's Black Sea corridor ships record grain volumes",
        "Ukraine exported 7 million tonnes of agricultural goods through its Black Sea ports last "
        "month, the most since the full-scale invasion, the infrastructure ministry said, as "
        "shipowners kept using the corridor along the coast that the navy set up after Russia "
        "left the grain deal. Insurance rates for the route have fallen.",
        "economy",
    ),
    (
        "Airlines add hours to Asia flights as airspace stays closed",
        "European airlines are flying up to three hours longer on routes to Japan, China and "
        "South Korea because Russian airspace remains closed to them, while Chinese carriers "
        "overfly Russia, an industry group said. It called the gap an unfair advantage in costs. "
        "Several airlines have dropped routes to Asia altogether.",
        "economy",
    ),
    (
        "Gulf airlines reroute flights as airspace closures ripple",
        "Airlines cancelled or diverted hundreds of flights across the Gulf after Qatar, Bahrain "
        "and Kuwait briefly closed their airspace on Monday evening, stranding thousands of "
        "passengers in Doha and Dubai, aviation tracking services said. The airspace reopened "
        "within hours. Air fares on some routes doubled overnight.",
        "economy",
    ),
    (
        "Tanker rates soar as sanctions tie up fleet",
        "Charter rates for very large crude carriers jumped to their highest in five years, as US "
        "sanctions on tankers carrying Iranian and Russian oil removed dozens of ships from the "
        "trade, brokers said. Indian and Chinese refiners have been scrambling for vessels. "
        "Shipowners ordered a record number of new tankers this year.",
        "economy",
    ),
    (
        "Djibouti port suffers as traffic through Bab el-Mandeb dries up",
        "Container volumes at Djibouti's main port fell by a third this year as carriers avoided "
        "the southern Red Sea, the port authority said. The small country, which depends on port "
        "and rail fees, is trying to attract transshipment cargo from Ethiopia. Officials hope a "
        "return of the big lines will restore traffic next year.",
        "economy",
    ),
    (
        "Israel's Eilat port lays off half its workers",
        "The port of Eilat on the Red Sea said it would lay off half its 120 employees after "
        "months with almost no ships calling, the port's chief executive said, and asked the "
        "government for compensation. Cars from Asia that used to be landed at Eilat now arrive "
        "at Haifa and Ashdod. The port's revenue fell by 80%.",
        "economy",
    ),
    (
        "Hapag-Lloyd says it will not return to Red Sea soon",
        "Hapag-Lloyd's chief executive said the German container line would not send ships back "
        "through the Red Sea until there was a lasting agreement and a clear improvement in "
        "security, speaking at the group's results. He said customers had adapted to the longer "
        "route around Africa.",
        "economy",
    ),
]
