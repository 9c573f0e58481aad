"""Negatives: tourism years after wars that ended, anniversaries, wartime bombs, and peace deals
that reopen routes."""

NEGATIVES = [
    (
        (
            "Fifteen years after the civil war, Sri Lanka's north draws surfers and pilgrims to "
            "Jaffna"
        ),
        (
            "Fifteen years after the end of Sri Lanka's civil war, the northern peninsula of "
            "Jaffna is drawing a new wave of visitors, from surfers heading for the east coast to "
            "Tamil diaspora families returning to see their ancestral villages. The airport at "
            "Palaly, which reopened to international flights from Chennai in 2019, now handles "
            "several flights a week, and a new ferry links Kankesanthurai with Nagapattinam in "
            "southern India. Boutique hotels have opened in restored colonial houses, and the "
            "Nallur temple festival draws tens of thousands of pilgrims each summer. The Sri "
            "Lanka Tourism Development Authority said foreign arrivals reached 2.05 million last "
            "year, close to the 2018 record, though only a small share travelled to the north. "
            "During the war, which ended in May 2009 with the defeat of the Tamil Tigers, much of "
            "the peninsula was cut off for years, and tourists were rare. Some former military "
            "camps have been returned to their owners and turned into farms and guesthouses. "
            "Guides say visitors ask about the war, but want to see the beaches, the food and the "
            "temples. 'People come for the crab curry,' said one hotel owner."
        ),
        "history",
    ),
    (
        "Cu Chi tunnels draw record crowds as Vietnam marks 50 years since the fall of Saigon",
        (
            "Visitors queued for hours to crawl through the Cu Chi tunnels outside Ho Chi Minh "
            "City this week as Vietnam marked the 50th anniversary of the end of the war with a "
            "military parade and celebrations. The tunnel network, used by Viet Cong fighters "
            "during the war against the US-backed South, has become one of the country's biggest "
            "tourist attractions, drawing about 2 million visitors a year. Guides show visitors "
            "booby traps, hidden trapdoors and a firing range where tourists can shoot AK-47s for "
            "a fee. Hotels in the city were fully booked for the anniversary on 30 April, and the "
            "government said about 500,000 domestic tourists had travelled to the city for the "
            "holiday. American veterans who fought in the war were among those attending. Vietnam "
            "received a record 17.5 million foreign visitors last year, led by South Korea and "
            "China. The War Remnants Museum in the city also reported record numbers."
        ),
        "history",
    ),
    (
        (
            "D-Day 80: veterans and tourists storm Normandy's beaches as hotels fill for the "
            "anniversary"
        ),
        (
            "Tens of thousands of visitors stormed the beaches of Normandy this week as France "
            "marked the 80th anniversary of the D-Day landings, with hotels and campsites full "
            "from Cherbourg to Caen. About 200 veterans, most of them in their late nineties or "
            "older, travelled to ceremonies at Omaha Beach, Juno Beach and the British memorial "
            "at Ver-sur-Mer, attended by world leaders. Re-enactors in period uniforms drove "
            "jeeps along the coast roads, and parachutists jumped over Sainte-Mere-Eglise. "
            "Normandy's tourism board said about 5 million people visit the landing beaches and "
            "war cemeteries each year, making them one of France's most popular historic sites. "
            "Museums at Arromanches and Bayeux said visitor numbers had doubled compared with a "
            "normal June. Hotel prices in Bayeux reached 400 euros a night. Local officials say "
            "the anniversaries bring a new generation of visitors who did not know veterans in "
            "their own families. The American cemetery at Colleville-sur-Mer holds the graves of "
            "more than 9,000 soldiers."
        ),
        "history",
    ),
    (
        "Sarajevo's siege tours draw tourists 30 years after the war ended",
        (
            "Thirty years after the Dayton agreement ended the war in Bosnia, tourists are "
            "flocking to Sarajevo to learn about the siege of the city, which lasted nearly four "
            "years. The Tunnel of Hope museum, where a tunnel under the airport runway kept the "
            "city supplied, receives about 150,000 visitors a year. Guides take visitors to the "
            "'Sarajevo roses', the red resin-filled marks left by mortar shells on the pavements, "
            "and to the Museum of Crimes Against Humanity and Genocide. Bosnia received about 1.7 "
            "million foreign visitors last year, many of them from Turkey and the Gulf. The "
            "city's old town, Bascarsija, has been restored, and cafes and hotels are full in the "
            "summer. Some residents say the war tours help keep the memory alive. Others feel "
            "uncomfortable with the idea of war tourism, and say the city should be known for "
            "more than its suffering. The Sarajevo Film Festival also draws tens of thousands of "
            "visitors every August."
        ),
        "history",
    ),
    (
        "Rwanda's tourism earnings hit record 30 years after the genocide",
        (
            "Rwanda's tourism earnings reached a record 620 million dollars last year, the Rwanda "
            "Development Board said, as the country marked 30 years since the genocide against "
            "the Tutsi. Gorilla trekking in Volcanoes National Park, where permits cost 1,500 "
            "dollars, remains the biggest draw, along with conferences in Kigali. The Kigali "
            "Genocide Memorial, where more than 250,000 victims are buried, receives thousands of "
            "visitors every month. Foreign arrivals reached about 1.4 million last year, the "
            "board said. The government has invested heavily in the national airline, RwandAir, "
            "and in hotels and a convention centre. Critics say the country's tourism strategy is "
            "too focused on high-spending visitors. Rwanda has also signed sponsorship deals with "
            "Arsenal and Paris Saint-Germain to promote tourism. The anniversary, known as "
            "Kwibuka, was marked with a week of mourning in April, during which concerts and "
            "sporting events are suspended. Hotel occupancy in Kigali averaged about 60% last "
            "year, and the country is building a new airport at Bugesera to handle up to 7 "
            "million passengers a year."
        ),
        "history",
    ),
    (
        "Belfast's black-taxi Troubles tours boom as cruise passengers pour in",
        (
            "Black-taxi tours of Belfast's murals and peace walls have become one of Northern "
            "Ireland's most popular attractions, more than 25 years after the Good Friday "
            "agreement ended the Troubles. Drivers, many of whom grew up during the conflict, "
            "take visitors along the Falls and Shankill roads and tell them the story of the "
            "violence that killed more than 3,500 people between 1969 and 1998. The tours are "
            "particularly popular with cruise passengers, and Belfast received a record 150 "
            "cruise ship calls this year. Visitors sign their names on the peace walls, which "
            "still separate some Catholic and Protestant areas. Tourism Northern Ireland said "
            "visitors spent about 1.2 billion pounds in the region last year. The Titanic Belfast "
            "museum remains the biggest attraction. Some residents are uneasy about their "
            "neighbourhoods being treated as a tourist sight, and a few murals have been painted "
            "over with scenes of local sports heroes. 'We tell both sides of the story,' said one "
            "driver, who has run tours for 20 years. 'People leave understanding that it's not "
            "finished business, but it is a different city now.'"
        ),
        "history",
    ),
    (
        "Wartime bomb found on tracks halts Eurostar trains at Paris Gare du Nord",
        (
            "All trains in and out of Paris Gare du Nord, including Eurostar services to London, "
            "were suspended for most of Friday after a Second World War bomb was found on the "
            "tracks in the suburb of Saint-Denis. Workers discovered the 500kg device during "
            "overnight maintenance, and police set up a security perimeter while bomb disposal "
            "experts worked to defuse it. Eurostar cancelled all its trains between London and "
            "Paris in the morning, affecting thousands of travellers at the start of the weekend. "
            "Passengers at St Pancras were told to postpone their journeys or claim refunds. "
            "Services resumed in the late afternoon after the bomb was removed. The device is "
            "believed to date from Allied bombing raids in 1944 on the railway yards north of "
            "Paris. Such finds are common in France and Germany. Eurostar said it would run extra "
            "trains on Saturday."
        ),
        "history",
    ),
    (
        "Colombia's ex-FARC guerrillas paddle tourists down rapids they once controlled",
        (
            "Former guerrillas of the Revolutionary Armed Forces of Colombia, who laid down their "
            "weapons under the 2016 peace agreement, are now guiding tourists down the rapids of "
            "the Pato river in Caqueta province. The rafting company, Remando por la Paz, is run "
            "by former fighters and local residents, and has trained about 20 guides who have "
            "taken part in international competitions. The area, once a stronghold of the rebel "
            "group, was off limits to visitors for decades. The peace agreement created "
            "reintegration zones where former fighters could learn new skills, and the government "
            "and the UN have supported tourism projects as a way to provide jobs. Colombia "
            "received a record 6 million foreign visitors last year. Tour operators say visitors "
            "are curious about the history but come for the nature. One former fighter said the "
            "river was 'the same one we used to cross with rifles'. The company has started "
            "offering trips to the nearby hills as well."
        ),
        "peace",
    ),
    (
        "Lufthansa, Wizz and Ryanair map out their return to Tel Aviv after Gaza truce",
        (
            "Several European airlines said on Tuesday they would resume flights to Tel Aviv in "
            "the coming weeks after the ceasefire in Gaza took effect and hostages and prisoners "
            "were exchanged. Lufthansa Group said its airlines, including Swiss and Austrian, "
            "would return from the start of next month, and Wizz Air and Ryanair announced plans "
            "to restore several routes. Israel's tourism ministry said it hoped to welcome 1 "
            "million foreign visitors next year, compared with about a quarter of that number "
            "this year. Hotels in Jerusalem and Tel Aviv said they had already received inquiries "
            "from pilgrim groups and tour operators for Christmas. Insurers said they were "
            "reviewing the cost of cover for airlines flying into Israel. The ceasefire, brokered "
            "by the United States, Egypt and Qatar, took effect on Friday. Airlines said they "
            "would monitor the situation closely. Israel's flag carrier, El Al, has raised fares "
            "on some routes because of the lack of competition."
        ),
        "peace",
    ),
    (
        "Armenia-Azerbaijan peace deal raises hopes for a Caucasus tourism corridor",
        (
            "Tour operators in Armenia and Azerbaijan said on Monday that the peace agreement "
            "signed by the two countries' leaders at the White House could open the way for "
            "cross-border tourism, after more than three decades of hostility. The deal, which "
            "includes a transit route through southern Armenia, could allow travellers to visit "
            "both countries on a single trip, something that has been impossible for years. "
            "Travel agencies in Tbilisi already sell tours that combine Georgia, Armenia and "
            "Azerbaijan, but travellers must go through Georgia. Armenia received about 2.3 "
            "million foreign visitors last year, and Azerbaijan about 2.6 million. Direct flights "
            "between Yerevan and Baku are not yet planned. The leaders of both countries said the "
            "deal would bring economic growth. The agreement still needs to be ratified. Some "
            "opposition groups in Armenia have criticised the terms."
        ),
        "peace",
    ),
    (
        (
            "Flights resume between Addis Ababa and Asmara after 20 years as Ethiopia and Eritrea "
            "make peace"
        ),
        (
            "An Ethiopian Airlines Boeing 787 landed in Asmara on Wednesday, the first commercial "
            "flight between the two countries in 20 years, after Ethiopia and Eritrea signed a "
            "declaration ending their state of war. Passengers on the flight included families "
            "separated by the border closure, some of whom had not seen relatives for two "
            "decades. Ethiopian Airlines said it would operate daily flights to Asmara, and "
            "demand was so high that the first flights were sold out within hours. The peace deal "
            "was signed by Prime Minister Abiy Ahmed and President Isaias Afwerki earlier this "
            "month. The two countries fought a border war from 1998 to 2000. Travel agents in "
            "Addis Ababa expect tourists to visit Asmara's modernist architecture, which was "
            "declared a UNESCO World Heritage site last year. Telephone lines between the "
            "countries were also restored. Eritrea has been one of the most isolated countries in "
            "Africa."
        ),
        "peace",
    ),
]
