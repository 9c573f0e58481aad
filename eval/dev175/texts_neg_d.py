"""dev175 negatives (4 of 4): screen tourism, fans on the move, and ordinary travel news, some of
it about countries with a war in the background (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "The White Lotus effect: Koh Samui braces for a wave of fans",
        "Hotel bookings on Koh Samui have jumped since the third season of HBO's \"The White "
        'Lotus" began airing, with the Four Seasons resort where much of it was filmed '
        "reporting a surge in enquiries, the Tourism Authority of Thailand said. The "
        "satirical drama, which follows wealthy guests at a luxury resort, was shot on Samui, "
        "in Phuket and in Bangkok over several months. Search interest in Thailand on travel "
        "sites has risen sharply in the United States and Britain since the premiere, "
        "according to data from booking platforms. The government, which hopes to attract 40 "
        "million foreign visitors this year, helped fund the production through a film "
        "incentive. Previous seasons lifted tourism to Taormina in Sicily and to Maui. Some "
        "residents worry about prices and crowding on an island already grappling with water "
        "shortages. Samui's airport, owned by Bangkok Airways, has limited slots, and ferry "
        "operators expect busier crossings from Surat Thani. Tour companies are selling "
        '"White Lotus" itineraries that include Buddhist temples and elephant sanctuaries.',
        "entertainment",
    ),
    (
        '"Masters of the Air" sends fans to the old bomber bases of East Anglia',
        'The Apple TV+ series "Masters of the Air", about the American bomber crews of the '
        "100th Bomb Group in the Second World War, has brought a new wave of visitors to the "
        "former airfields of Norfolk and Suffolk. The small museum at Thorpe Abbotts, housed "
        "in the restored control tower of the group's base, says visitor numbers have more "
        "than doubled since the series began streaming. Volunteers, many of them local "
        "retirees, show visitors the mess hall, the crew photographs and a scale model of a "
        "B-17 Flying Fortress. American visitors, some tracing grandparents who flew from the "
        "base, account for a large share. The series, produced by Steven Spielberg and Tom "
        'Hanks, follows their earlier "Band of Brothers" and "The Pacific". VisitEngland has '
        "promoted a trail of airfields, churches and pubs linked to the American air war. "
        "Pubs that served the airmen in the 1940s say they are now fielding calls from tour "
        'operators in the US. "It feels like the Yanks are back," said one landlord.',
        "entertainment",
    ),
    (
        "Euro 2024 fans stranded as Deutsche Bahn delays pile up",
        "Football fans travelling between Euro 2024 host cities have complained of cancelled "
        "and delayed trains, with some missing kick-offs after connections from Dortmund, "
        "Gelsenkirchen and Frankfurt broke down. Deutsche Bahn, which had promised an "
        "efficient rail network for the tournament, said storms and ageing infrastructure had "
        "caused disruption, and that it had added 10,000 extra seats a day. England "
        "supporters travelling to Gelsenkirchen for their opening match against Serbia "
        "described overcrowded trams and hours-long waits for trains back to Cologne and "
        "Düsseldorf after the game. Dutch and Scottish fans posted videos of stations packed "
        "with singing supporters. UEFA said it was working with the authorities to improve "
        "transport for fans. The tournament has been a test of Germany's ability to host big "
        "events after years of underinvestment in its railways. Some fans hired cars or "
        "shared taxis instead, while others stayed overnight in host cities. Tourism "
        "officials said hotel occupancy in host cities had been above 90% on match days.",
        "sport",
    ),
    (
        "Qatar World Cup match-day shuttles turn Gulf airports into commuter hubs",
        "Qatar Airways, flydubai, Saudia, Kuwait Airways and Oman Air are running dozens of "
        "daily shuttle flights into Doha for World Cup fans who are staying in neighbouring "
        "countries, turning Gulf airports into commuter hubs for the tournament. Fans flying "
        "in for a match must hold a Hayya card and a ticket, and most return the same night. "
        "Flydubai alone is operating up to 60 flights a day from Dubai World Central, where "
        "lounges have been decked out with football pitches and screens. Hotels in Doha have "
        "been almost full since the tournament began, and many fans are staying in cruise "
        "ships moored in the port or in desert camps. The quick turnaround has made Dubai, "
        "with its beaches and nightlife, a popular base. Some fans said the shuttles were the "
        "best part of the trip; others complained of queues at Doha airport after late "
        "kick-offs. Authorities said more than a million visitors were expected during the "
        "tournament.",
        "sport",
    ),
    (
        "Ukraine travel advisory stays at Level 4 as more visitors arrive by train",
        'The US State Department has kept Ukraine at Level 4, "Do Not Travel", the highest '
        "warning on its scale, though a growing number of foreign visitors, from business "
        "travellers to volunteers, are entering the country by train from Poland. Ukraine's "
        "airspace has been closed to civilian flights since the Russian invasion in February "
        "2022, so the main routes are overnight trains from Przemyśl and Chełm to Kyiv and "
        "Lviv, run by Ukrzaliznytsia. The railway says foreign passenger numbers on its "
        "international services have risen this year. Hotels in Lviv and Kyiv are operating, "
        "many with basement shelters, and air raid alerts are announced through phone apps. "
        "Standard travel insurance does not cover Ukraine, but specialist providers sell "
        "war-risk policies for journalists and aid workers. The UK Foreign Office advises "
        "against all travel to areas near the front line and against all but essential travel "
        "elsewhere. Several European airlines have said they will restart flights to Kyiv and "
        "Lviv as soon as the airspace reopens. Visitors pass through border controls where "
        "documents are checked carefully, and Ukrainian men of military age face restrictions "
        "on leaving. Curfews are in force in most cities, generally from midnight to 5am. "
        "Some tour companies now offer guided visits to Kyiv, including trips to the suburbs "
        "of Bucha and Irpin, where the shells of destroyed buildings have been left as "
        "memorials. The State Department tells US citizens who travel anyway to prepare a "
        "will and make funeral arrangements.",
        "other",
    ),
    (
        "Lonely Planet names its top destinations for 2026",
        'Lonely Planet has published its annual "Best in Travel" list, naming a mix of '
        "countries, regions and cities it says travellers should visit next year. Cape Verde "
        "and Laos were among the countries chosen, alongside the Mexican state of Oaxaca and "
        "the Norwegian Arctic. Among cities, the guidebook publisher picked Philadelphia, "
        "ahead of the US's 250th anniversary celebrations, and Valencia, which it said was "
        "bouncing back strongly. The publisher's editors said they looked for places with new "
        "openings, events or transport links, and those that manage tourism responsibly. The "
        "list also highlights a set of experiences, from train journeys across Central Asia "
        "to diving in the Philippines. Tourism boards of the chosen places typically see a "
        "spike in interest after the list is published. Critics say such lists contribute to "
        "overtourism. Lonely Planet, founded in 1973 by Tony and Maureen Wheeler, has been "
        "publishing the ranking for nearly two decades.",
        "other",
    ),
    (
        "Fujikawaguchiko puts up a barrier to block the Mount Fuji selfie spot",
        "The town of Fujikawaguchiko has put up a black screen 2.5 metres high and 20 metres "
        "long on a pavement to stop tourists from taking photos of Mount Fuji rising above a "
        "convenience store, a view that has become a social media sensation. Local residents "
        "had complained of crowds blocking the pavement, littering, trespassing and crossing "
        "the road in front of traffic. Officials said they had little choice after signs and "
        "security guards failed to stop the problem. Japan welcomed a record number of "
        "foreign visitors last year, helped by a weak yen, and the government is looking at "
        "ways to spread tourists beyond hotspots. Climbers of Mount Fuji's most popular trail "
        "now pay a fee and face a daily cap. Hoteliers say Japan's popularity is not slowing.",
        "other",
    ),
    (
        "Tourists trickle back to Syria's ancient sites after Assad's fall",
        "A small but growing number of foreign tourists are visiting Syria, months after the "
        "fall of Bashar al-Assad's government, as the new authorities promote the country's "
        "Roman ruins, souks and crusader castles. Tour operators in Lebanon and Jordan say "
        "they are organising trips to Damascus, Palmyra and the Krak des Chevaliers, mostly "
        "for European and Gulf visitors who had long wanted to see them. Damascus airport has "
        "reopened to international flights, with Qatar Airways, Turkish Airlines and Royal "
        "Jordanian among the carriers returning. Much of Palmyra's ancient city was damaged "
        "by the Islamic State group, which blew up temples and the monumental arch when it "
        "held the site during the civil war, and some areas are still off limits because of "
        "unexploded ordnance. Most Western governments still advise against all travel to "
        'Syria. "People ask me if it is safe," said one guide in the old city of Damascus. "I '
        'tell them to come and see."',
        "other",
    ),
    (
        "Is it safe to travel to Egypt right now? What you need to know",
        "With the Gaza war dominating the news from the region, many travellers with trips "
        "booked to Egypt are asking whether they should still go. The short answer from the "
        "UK Foreign Office and the US State Department is that most of the country's main "
        "destinations, including Cairo, Luxor, Aswan and the Red Sea resorts, are not covered "
        "by warnings against travel. Both advise against all travel to North Sinai, which "
        "borders Gaza, and against some parts of the Western Desert, which has long been the "
        "case. Flights to Cairo, Hurghada and Sharm el-Sheikh are running as normal, and tour "
        "operators report steady bookings for Nile cruises. Visitors should keep an eye on "
        "local news, avoid demonstrations and carry ID at checkpoints. Travel insurance "
        "policies generally remain valid as long as you follow official advice. Tourist "
        "numbers last year were a record, and hoteliers in Luxor say the high season is busy. "
        "If in doubt, check with your tour operator before you go. What about Sharm "
        "el-Sheikh? Direct flights from the UK resumed in 2019 after a four-year suspension "
        "that followed the downing of a Russian airliner in 2015, and the resort is busy. Is "
        "the Red Sea itself a concern? Attacks on shipping have been at its southern end, "
        "more than 1,500 km from Egypt's resorts, and diving and boat trips have continued as "
        "normal.",
        "other",
    ),
]
