"""dev209 negatives, railways: crashes, strikes, crime on trains, old bombs, anniversaries, military
transport by rail, the politics and prices of rail, a peace route and new lines, 2015-2025.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Odisha triple train crash: signalling fault suspected as death toll passes 280",
        "Indian Railways said on Sunday that a fault in the electronic interlocking system had "
        "probably sent the Coromandel Express onto a loop line near Bahanaga Bazar station, where it "
        "slammed into a stationary goods train carrying iron ore. Several of its coaches were thrown "
        "onto the adjacent track and were hit by the Bengaluru-Howrah express travelling in the "
        "opposite direction. At least 288 people were killed and more than 1,000 injured, Odisha's "
        "chief secretary said, making it India's deadliest rail accident in two decades. Rescuers "
        "cut through mangled carriages with gas cutters through Friday night, and local people "
        "queued at Balasore's district hospital to give blood. Railway minister Ashwini Vaishnaw "
        "said the \u201croot cause\u201d had been identified and that those responsible would be "
        "found. The opposition Congress party demanded his resignation and asked why the Kavach "
        "anti-collision system had not been installed on one of the busiest routes in the east. "
        "Traffic on the line resumed on Sunday night after crews laid new track. Bodies that had not "
        "been identified were moved to a school building and later to Bhubaneswar, where families "
        "searched through photographs on a screen.",
        "accident",
    ),
    (
        "Tempi collision: Greek stationmaster charged as minister resigns",
        "A stationmaster at Larissa was charged with disrupting transport safety and causing death by "
        "negligence on Thursday, two days after a passenger train and a freight train collided "
        "head-on in the Tempi valley, killing at least 57 people. Investigators say the Intercity "
        "62 from Athens to Thessaloniki was switched onto the same track as the oncoming freight "
        "train and ran on it for about 12 minutes. The front carriages were crushed and caught fire, "
        "and many of the victims were students returning from the carnival weekend. Transport "
        "minister Kostas Karamanlis resigned within hours, saying he took responsibility for "
        "\u201cthe long-standing failures of the Greek state\u201d. Rail unions said they had warned "
        "for years that remote signalling on the Athens-Thessaloniki line, the country's busiest, "
        "did not work. Hellenic Train, owned by Italy's Ferrovie dello Stato, suspended services on "
        "the route. Prime minister Kyriakos Mitsotakis blamed \u201ca tragic human error\u201d, "
        "a phrase relatives of the dead called an insult. Cranes lifted the wreckage onto the "
        "embankment as forensic teams worked to identify remains.",
        "accident",
    ),
    (
        "Lisbon suspends funiculars after Glória car crash kills 16 in city centre",
        "Sixteen people were killed and about 20 injured when Lisbon's Glória funicular left its "
        "track and crashed into a building on Wednesday evening. The yellow car, one of the city's "
        "best-known tourist attractions, was descending the steep street from Bairro Alto to "
        "Restauradores at around 18:05. Witnesses said it gathered speed and could not be stopped. "
        "A cable appears to have come loose, according to preliminary findings from the "
        "aircraft and rail accident investigation office, GPIAAF. Among the dead were Portuguese, "
        "British, South Korean, Canadian and German nationals, and three employees of the "
        "operator, Carris. Prime minister Lu\u00eds Montenegro declared a day of national mourning. "
        "Carris said the line had passed its scheduled maintenance that morning and that inspections "
        "were up to date. The city suspended its other funiculars, the Bica and the Lavra, pending "
        "checks. Mayor Carlos Moedas, who faces an election next month, rejected calls to resign. "
        "Firefighters worked into the night to free passengers trapped in the wreck, which lay "
        "crumpled against a wall.",
        "accident",
    ),
    (
        "Deutsche Bahn braces for longest strike yet as GDL walks out for six days",
        "German train drivers began a six-day strike on Wednesday, the longest in the history of the "
        "Deutsche Bahn dispute, leaving only a fifth of long-distance services running and freight "
        "trains queuing in yards across the country. The GDL union wants a cut in the working week "
        "from 38 to 35 hours without loss of pay, which the state-owned railway says it cannot "
        "afford. Its leader, Claus Weselsky, accused management of waging a \u201cwar of "
        "attrition\u201d against the union. Deutsche Bahn's human resources chief Martin Seiler said "
        "the walkout was \u201can attack on the economy\u201d and an abuse of the right to strike. "
        "Commuters in Munich, Berlin and Hamburg crowded onto the S-Bahn trains that were running, "
        "while others took to long-distance coaches, whose operator FlixBus added 150,000 extra "
        "seats. Industry groups said the strike could cost as much as \u20ac1bn a day once supply "
        "chains were hit. A Frankfurt labour court refused the railway's request for an injunction. "
        "Members picketed outside stations with flares and whistles, and police reported no "
        "incidents.",
        "protest",
    ),
    (
        "Biggest rail strike in 30 years brings Britain's trains to a halt",
        "Only about one in five trains ran across Britain on Tuesday as 40,000 members of the RMT "
        "union walked out at Network Rail and 13 train companies in the biggest rail strike in "
        "three decades. Stations in London, Manchester and Glasgow were almost deserted in the "
        "morning rush hour, and the London Underground was also largely shut by a separate walkout. "
        "Picket lines formed at dawn outside Euston, King's Cross and Waterloo. The union's general "
        "secretary, Mick Lynch, said railway workers were fighting for pay that kept up with "
        "inflation running above 9% and against plans to cut maintenance jobs. Transport secretary "
        "Grant Shapps accused the union of holding the country to ransom and said the government "
        "would change the law to let agencies supply staff during strikes. Network Rail said "
        "signallers from management grades would keep open a skeleton network between 07:30 and "
        "18:30. Further stoppages are planned on Thursday and Saturday. Many office workers simply "
        "stayed at home, and the AA reported heavier traffic than usual on the M25 and the M62.",
        "protest",
    ),
    (
        "Cable theft strands 10,000 passengers on Madrid-Seville high-speed line",
        "More than 10,000 passengers were stranded on Sunday after thieves cut and stole copper "
        "signalling cable at five points along the Madrid-Seville high-speed line, forcing trains to "
        "stop for hours in the middle of the countryside. Transport minister \u00d3scar Puente "
        "called it a \u201cserious act of sabotage\u201d and said the cuts had been made at night in "
        "remote sections of track in Toledo province. The Guardia Civil opened an investigation and "
        "said it was looking at a gang that had stolen cable from railway and power lines in the "
        "area before. Some passengers on a Renfe train bound for Malaga spent more than five hours "
        "without air conditioning and later walked along the tracks with their luggage. Adif, the "
        "rail infrastructure manager, said technicians had replaced about 700 metres of cable by the "
        "evening. Iryo and Ouigo, which compete with Renfe on the route, also cancelled services. "
        "Police later arrested four men in Tomelloso and seized a van loaded with copper. Spain's "
        "railways have reported hundreds of cable thefts a year since metal prices rose.",
        "crime",
    ),
    (
        "Man charged with attempted murder after stabbings on LNER train to London",
        "A 32-year-old man has been charged with ten counts of attempted murder after a knife attack "
        "on a train from Doncaster to London King's Cross, British Transport Police said. Eleven "
        "people were taken to hospital after the attack on Saturday evening, and the train made an "
        "unscheduled stop at Huntingdon, where armed officers boarded and arrested a suspect within "
        "minutes. Police initially declared a major incident and used the code name Plato, "
        "which is applied to a possible marauding terrorist attack, but later said there was "
        "nothing to suggest the attack was terror-related. A member of the train crew who tried to "
        "stop the attacker was left with life-threatening injuries, LNER said. Passengers described "
        "people running through carriages and barricading themselves in toilets. Services on the "
        "East Coast Main Line were disrupted well into Sunday as forensic teams examined the train. "
        "The suspect is also charged with possession of a bladed article and will appear before "
        "Peterborough magistrates on Monday. Transport Police said extra patrols would be deployed "
        "at main stations over the weekend.",
        "crime",
    ),
    (
        "Eurostar halts trains at Gare du Nord as wartime bomb found on tracks",
        "All trains to and from Gare du Nord, including Eurostar services to London and Brussels, "
        "were stopped on Friday after a Second World War bomb was found near the tracks in "
        "Saint-Denis, just north of Paris. Workers carrying out night-time maintenance came across "
        "the device, believed to be a 500 kg British bomb dropped during Allied raids on the rail "
        "yards in 1944, in the early hours. Police set up a security perimeter and closed part of "
        "a nearby road while army bomb disposal experts examined it. SNCF said TGV, regional and "
        "suburban traffic would be suspended for much of the day, and Eurostar advised passengers to "
        "postpone their journeys. Queues snaked across the forecourt at St Pancras, where some "
        "travellers booked coaches or flights instead. The bomb was lifted and taken away by the "
        "afternoon, and services resumed gradually in the evening. Unexploded wartime ordnance is "
        "found regularly on building sites and rail land in northern France, where some of the "
        "heaviest bombing of the war took place.",
        "history",
    ),
    (
        "Twenty years after 7/7, London's transport workers remember colleagues and passengers",
        "Tube drivers, station staff and bus crews who were on duty on July 7, 2005, joined survivors "
        "and bereaved families at the memorial in Hyde Park on Monday to mark 20 years since the "
        "bombings that killed 52 people on three Underground trains and a bus. Fifty-two steel "
        "pillars, one for each of those who died, were decorated with flowers. Transport for London "
        "held a minute's silence at 11:00 across its network, and announcements were made at "
        "Aldgate, Edgware Road, King's Cross and in Tavistock Square. Prince William laid a wreath, "
        "and the service included readings by children of some of the victims. Several former "
        "drivers spoke about walking passengers through smoke-filled tunnels and the training they "
        "had since passed on. TfL's commissioner, Andy Lord, said the day had changed how the network "
        "plans for emergencies. A new learning centre on the events of that morning opens at the "
        "London Transport Museum in the autumn. The inquests in 2011 found that the emergency "
        "response had been hampered by poor radio coverage underground.",
        "history",
    ),
    (
        "Tanks by train: Europe's railways prepare for military mobility",
        "Long trains of flat wagons carrying Leopard tanks and armoured vehicles have become a "
        "familiar sight on Germany's freight network this spring as NATO moves troops and equipment "
        "east for Steadfast Defender, its largest exercise in decades. DB Cargo said it had run more "
        "than 200 special trains for the armed forces since January, some of them with wagons that "
        "can carry 70-tonne loads. The European Union has set aside \u20ac1.7bn for what it calls "
        "military mobility, paying for stronger bridges, longer sidings and loading ramps near "
        "barracks. Poland and the Baltic states have pushed for Rail Baltica, the new "
        "standard-gauge line from Warsaw to Tallinn, to be built to carry heavy military freight. "
        "Planners say a shortage of suitable wagons and drivers remains the biggest bottleneck, and "
        "that moving a single armoured brigade could take more than 100 trains. Railway unions have "
        "asked who will have priority on the tracks when passenger and military traffic compete. "
        "The exercise, involving about 90,000 troops from 31 countries, runs until May.",
        "military",
    ),
    (
        "Sunak scraps HS2's northern leg, reigniting the battle over Britain's railways",
        "Rishi Sunak confirmed on Wednesday that the Birmingham to Manchester section of HS2 would be "
        "cancelled, telling the Conservative party conference in Manchester that the \u00a336bn saved "
        "would go on hundreds of smaller transport projects across the north and the Midlands. The "
        "prime minister said the costs of the high-speed line had \u201cmore than doubled\u201d and "
        "that the facts had changed. Andy Burnham, the Labour mayor of Greater Manchester, said the "
        "decision treated the north as second class and vowed to fight on. Former chancellor George "
        "Osborne and former prime minister Theresa May had both warned against it, and business "
        "groups said it would damage investor confidence. The list of replacement schemes published "
        "the same day included a tram extension that had already been built. The line's first phase, "
        "between London and Birmingham, will still go ahead, though where it ends in London remains "
        "uncertain. Some Conservative MPs welcomed what they called an end to the war on motorists, "
        "as part of the money goes to potholes.",
        "politics",
    ),
    (
        "Channel tunnel price war looms as Virgin wins access to Eurostar depot",
        "Virgin Trains has won the right to use part of Eurostar's Temple Mills depot in east London, "
        "clearing the biggest obstacle to a rival high-speed service under the Channel and setting "
        "the stage for the first fare war on the route in three decades. The Office of Rail and Road "
        "said on Friday that there was spare capacity for one new operator at the depot, and chose "
        "Virgin over three other bidders. Richard Branson said he wanted to start trains between "
        "London and Paris in 2030, with fares \u201cwell below\u201d Eurostar's. Eurostar, which "
        "carried a record 19.5 million passengers last year, said it welcomed competition and would "
        "order up to 50 new double-deck trains of its own. Analysts at Bernstein said average fares "
        "could fall by a fifth if two operators fought for market share. Italy's Trenitalia and the "
        "start-up Gemini, which also bid, said they were studying other options. Getlink, the "
        "tunnel's operator, has cut access charges for new entrants. Travellers' groups said queues "
        "at border checks at St Pancras would also need to shrink.",
        "economy",
    ),
    (
        "Armenia and Azerbaijan agree transit route across Syunik at White House summit",
        "Armenia and Azerbaijan agreed on Friday to open a road and rail corridor across southern "
        "Armenia, linking Azerbaijan to its Nakhchivan exclave, as part of a framework peace deal "
        "signed at the White House. The route, to be called the Trump Route for International Peace "
        "and Prosperity, will be developed by a consortium with US participation and run under "
        "Armenian law, the two sides said. Azerbaijan's president Ilham Aliyev and Armenia's prime "
        "minister Nikol Pashinyan shook hands with Donald Trump in the State Department treaty "
        "room. The deal also commits both countries to renounce territorial claims on each other. "
        "Railway engineers say restoring the old Soviet line along the Araks river, cut since the "
        "early 1990s, would take at least three years. Iran, which borders the corridor, said it "
        "would oppose any foreign presence near its frontier. Russia's foreign ministry said the "
        "region's problems should be solved by the countries of the region. The text of the "
        "agreement still has to be ratified, and Azerbaijan wants Armenia to change its "
        "constitution first.",
        "peace",
    ),
    (
        "Elizabeth line opens to passengers after years of delays",
        "The Elizabeth line carried its first passengers on Tuesday, three and a half years late and "
        "almost \u00a34bn over budget, as London's new east-west railway opened between Paddington "
        "and Abbey Wood. Rail enthusiasts queued overnight at Paddington to board the first train "
        "at 06:33, some wearing purple to match the line's colour. Journey times across the capital "
        "will fall sharply: Transport for London says a trip from Paddington to Canary Wharf will "
        "take 17 minutes, against about 30 on the Tube. Ten new stations have been built, with "
        "platforms 250 metres long and screen doors. The full route, linking Reading and Heathrow "
        "to Shenfield, will open in stages by next year. The project, known for most of its life as "
        "Crossrail, eventually cost \u00a318.9bn. Mayor Sadiq Khan called it the most important "
        "addition to the city's transport network in decades. Bond Street station, delayed by "
        "problems with its design, will open later in the year.",
        "other",
    ),
    (
        "Modi opens Chenab bridge, putting Kashmir valley on India's rail map",
        "Prime minister Narendra Modi on Friday inaugurated the Chenab rail bridge, which at 359 "
        "metres above the river bed is the highest railway arch in the world, and flagged off the "
        "first Vande Bharat trains between Katra and Srinagar. The 272 km Udhampur-Srinagar-Baramulla "
        "line took more than two decades to build through some of the most difficult terrain in the "
        "Himalayas, with 36 tunnels and more than 900 bridges. Engineers say the steel arch is built "
        "to withstand winds of 260 km/h, earthquakes and even blasts. Until now the only land route "
        "into the Kashmir valley was the national highway, often closed by landslides and snow in "
        "winter. Northern Railway said the journey from Katra to Srinagar would take about three "
        "hours. Traders in Srinagar said they hoped to send apples and saffron to Delhi faster and "
        "more cheaply. The opening had been postponed several times, most recently because of bad "
        "weather. A direct train from Delhi is expected once work on the Jammu section is finished.",
        "other",
    ),
]
