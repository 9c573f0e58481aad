"""dev165 hard negatives of sport and politics, and plain bulletins (elections, science, weather, a former refugee's business) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "BBC World Service Sport: Madrid survive the siege to reach the final",
        "Now the sport on the BBC World Service, with Owen Tranter. Real Madrid are "
        "into the Champions League final after one of the great comebacks, even by "
        "their standards. For eighty-eight minutes Bayern Munich were the better "
        "side, and Alphonso Davies's thunderous strike looked to have won it. Then "
        "the substitute Joselu struck twice in three minutes to turn the tie on its "
        "head. Bayern threw everyone forward in stoppage time, and a late Matthijs "
        "de Ligt goal was ruled out for offside after the linesman had already "
        "raised his flag. Madrid's goalkeeper Andriy Lunin, who had kept them alive "
        "with a string of saves, said the dressing room never stopped believing. "
        '"We were under siege for most of the night," he said. "But this club '
        "has a different kind of mentality in the last ten minutes.\" Bayern's "
        "coach Thomas Tuchel called the offside decision a disaster. Madrid will "
        "play Borussia Dortmund at Wembley on the first of June.",
        "sport",
    ),
    (
        "SABC Sport: The Bomb Squad does it again as Springboks retain the World Cup",
        "This is SABC Sport. The Springboks are world champions for a record fourth "
        "time after a bruising twelve-eleven win over New Zealand in the Rugby "
        "World Cup final in Paris. It was a battle from the first whistle. All "
        "Blacks captain Sam Cane became the first player ever to be sent off in a "
        "final, but New Zealand kept attacking and scored the only try through "
        "Beauden Barrett. Handre Pollard's four penalties proved enough. Once again "
        "coach Jacques Nienaber's famous bench, nicknamed the Bomb Squad, came on "
        "early to blow the game open up front. Captain Siya Kolisi said the team "
        "had played for the people at home. \"We're a country that has been through "
        'so much, and this team shows what we can do when we pull together," he '
        "said. Thousands of fans watched the final on big screens in Soweto, "
        "Gqeberha and Cape Town. The team arrives at OR Tambo International Airport "
        "on Tuesday, and a trophy tour of the country is being planned.",
        "sport",
    ),
    (
        "ABC Grandstand: Origin opener descends into an all-in brawl",
        "You're listening to ABC Grandstand. The State of Origin series is under "
        "way, and it began with a war. Queensland beat New South Wales thirty-eight "
        "to ten in Brisbane, but the game will be remembered for an all-in brawl "
        "late in the first half. Blues captain Jake Trbojevic and Maroons prop "
        "Reuben Cotter started the scuffle, and within seconds almost every player "
        "on the field had joined in. Two players were sent to the sin bin, and the "
        "judiciary is expected to hand out fines. Queensland coach Billy Slater "
        "said his side had taken the fight to the Blues. \"You've got to win the "
        'battle in the middle before you can play your footy," he said. The '
        "Maroons ran in six tries, with winger Selwyn Cobbo scoring twice. New "
        "South Wales need a win in Sydney in three weeks to keep the series alive. "
        "In cricket, the women's team leaves for its tour of South Africa tomorrow.",
        "sport",
    ),
    (
        "Al Jazeera Sport: Palestine's footballers keep their World Cup dream alive in Amman",
        "Now to the sport on Al Jazeera. Palestine's men's football team has kept "
        "alive its hopes of reaching the World Cup for the first time, after a "
        "one-all draw with South Korea in Amman. Because of the war, the team "
        "cannot play its home matches in the occupied West Bank and has been "
        "playing in Jordan and Qatar instead. Several players have not been able to "
        "train with their clubs for months, and some have family members in Gaza. "
        "The team's coach told Al Jazeera that every point means more than "
        'football. "When we walk onto the pitch, we carry our people with us," he '
        "said. Palestine's goal came from a header by the defender Zaid Qunbar just "
        "before half-time. South Korea dominated possession but found goalkeeper "
        "Rami Hamadeh in outstanding form. Palestine now needs a win in its final "
        "group match to go through to the next round of qualifying. Thousands of "
        "fans waved Palestinian flags in the stands.",
        "sport",
    ),
    (
        "NHK World Sports: Ohtani's Dodgers clinch the World Series",
        "And now the sports on NHK World-Japan. Ohtani Shohei is a World Series "
        "champion. The Los Angeles Dodgers beat the New York Yankees seven to six "
        "in New York to win the series four games to one. The Dodgers came back "
        "from five runs down, with the Yankees making a string of errors in the "
        "fifth inning. Ohtani, playing through a shoulder injury he suffered in the "
        "second game, went hitless in the final game, but it did not matter. \"It's "
        'the best feeling," he told reporters, soaked in champagne in the '
        "clubhouse. Fellow Japanese pitcher Yamamoto Yoshinobu came out of the "
        "bullpen in the final game to help seal the title. Hundreds of fans "
        "gathered around big screens in Tokyo and in Ohtani's home prefecture of "
        "Iwate to watch the game live in the morning. Special editions of "
        "newspapers were handed out at Shibuya station within minutes of the last "
        "out.",
        "sport",
    ),
    (
        "NPR News: Shutdown standoff enters third week as Senate vote fails again",
        "Live from NPR News, I'm Dale Whitcomb. The federal government shutdown is "
        "now in its third week, and there is still no sign of a deal. Senate "
        "Democrats have again blocked a Republican bill to reopen the government, "
        "saying they will not vote for it unless it extends health insurance "
        "subsidies. Republicans accuse them of holding federal workers hostage. "
        "NPR's Amanda Cole reports from Capitol Hill. Both sides say they have the "
        "public on their side, and neither seems ready to blink. Around seven "
        "hundred thousand federal workers are on unpaid leave, and hundreds of "
        "thousands more are working without pay, including air traffic controllers. "
        "House Speaker Mike Johnson has kept the House out of session, calling the "
        'battle "a Senate problem". Amanda Cole, NPR News, the Capitol. In '
        "markets, stocks rose after strong earnings from several big banks. And a "
        "reminder that Monday is the deadline to register for early voting in "
        "Virginia.",
        "politics",
    ),
    (
        "RFI Africa: Burkina Faso junta says it foiled a coup plot; officers arrested",
        "This is RFI, it's seven-thirty in Paris, five-thirty in Ouagadougou and "
        "Dakar. Burkina Faso's military government says it has foiled a plot to "
        "overthrow the transitional president, Captain Ibrahim Traore. In a "
        "statement read on state television last night, the security minister said "
        "several army officers and civilians had been arrested. He said the "
        "plotters planned to attack the presidency and had been in contact with "
        '"foreign sponsors" in neighbouring Ivory Coast, an accusation Abidjan '
        "has rejected. No shots were reported in the capital, and residents told "
        "RFI that life in Ouagadougou was going on as normal this morning. It is "
        "not the first time the junta has announced a foiled coup since it seized "
        "power in 2022. Critics say the announcements are used to silence opponents "
        "and journalists. In Mali, the transitional authorities have announced that "
        "political parties will remain suspended until further notice, a decision "
        "condemned by several former ministers who say it closes the door on any "
        "early return to civilian rule. In Guinea, General Mamadi Doumbouya has set "
        "a date for the constitutional referendum, which his critics fear is "
        "designed to let him stand for president despite his promise not to. In "
        "Senegal, the national assembly has passed a bill to create a new court to "
        "try former ministers. And the Africa Cup of Nations qualifiers resume this "
        "weekend.",
        "politics",
    ),
    (
        'RFE/RL: Romania\'s top court annuls presidential vote over Russian "hybrid attack"',
        "This is Radio Free Europe/Radio Liberty. Romania's Constitutional Court "
        "has annulled the first round of the presidential election, two days before "
        "the runoff was due. The court's decision follows the release of "
        "intelligence documents alleging a coordinated online campaign in support "
        "of the far-right outsider Calin Georgescu. Officials described it as a "
        "Russian hybrid attack, involving thousands of TikTok accounts and a wave "
        "of cyberattacks on the election authority's systems. Georgescu, who won "
        'the first round, called the ruling "a formalised coup d\'etat". Moscow '
        "denies interfering. The government says the whole election process will be "
        "rerun, with new dates to be set. Our correspondent in Bucharest says "
        "people are confused and angry, on both sides. One voter told us she had "
        "already planned her journey to the polling station. The European "
        "Commission has ordered TikTok to preserve data related to elections in the "
        "EU.",
        "politics",
    ),
    (
        "SABC News: DA vows to fight VAT hike as budget impasse drags on",
        "Good evening, you're watching SABC News. The Democratic Alliance says it "
        'will fight the proposed increase in value-added tax "in parliament and, '
        'if necessary, in court". The party, the second-largest in the Government '
        "of National Unity, says the Treasury's plan to raise VAT by half a "
        "percentage point is an attack on the poor. Finance Minister Enoch "
        "Godongwana says the increase is needed to fund health, education and a "
        "larger police force. ANC Secretary-General Fikile Mbalula accused the DA "
        "of behaving like an opposition party while sitting in the Cabinet. "
        "Economists say the row has unsettled investors, and the rand weakened "
        "against the dollar for a second day. Political analyst Sanele Mbatha told "
        'SABC News the coalition is facing its biggest test yet. "Both parties '
        'know they need each other," she said. "The question is how much they are '
        'willing to lose in public to get a deal." Parliament votes on the fiscal '
        "framework next week.",
        "politics",
    ),
    (
        "NPR News: NASA's Europa probe lifts off; Louisiana counts mail ballots; Gulf storm",
        "Live from NPR News in Washington, I'm Celia Marsh. NASA's Europa Clipper "
        "spacecraft is on its way to Jupiter. It lifted off from the Kennedy Space "
        "Center in Florida this afternoon aboard a SpaceX Falcon Heavy rocket. The "
        "probe will spend more than five years travelling to Jupiter's moon Europa, "
        "which scientists believe has an ocean beneath its icy crust. NPR's Derek "
        "Haines reports. Mission scientists say Clipper is the largest planetary "
        "spacecraft NASA has ever built, with solar panels that stretch longer than "
        "a basketball court. It will fly past Europa almost fifty times, measuring "
        "the ice and looking for the ingredients of life. Derek Haines, NPR News. "
        "In Louisiana, election officials say counting of mail ballots in a close "
        "congressional race could take until the end of the week. And a tropical "
        "storm in the Gulf of Mexico is expected to bring heavy rain to South Texas "
        "on Thursday.",
        "other",
    ),
    (
        "Pacific Beat: Tonga goes to the polls; tuna deal with Washington renewed",
        "This is Pacific Beat on ABC Radio Australia. Polls have closed in Tonga's "
        "general election, with counting under way across the kingdom's main "
        "islands. Voters are choosing seventeen people's representatives for the "
        "Legislative Assembly, while nine seats are reserved for nobles. Turnout "
        "appeared strong in Nuku'alofa despite heavy rain in the morning. Our "
        "correspondent says the cost of living and the slow rebuilding of roads "
        "damaged by the volcanic eruption three years ago dominated the campaign. "
        "Results are expected late tomorrow. Meanwhile, Pacific island countries "
        "and the United States have agreed to extend the South Pacific Tuna Treaty "
        "for another ten years. The treaty allows American purse seiners to fish in "
        "the exclusive economic zones of sixteen Pacific nations in return for "
        "annual payments. The Forum Fisheries Agency says the deal brings "
        "much-needed revenue to small island states. And in rugby league, the "
        "Tongan national team has named its squad for the Pacific Championships. "
        "The weather across the region: a tropical low north of Vanuatu is expected "
        "to deepen over the next forty-eight hours, and the Fiji Meteorological "
        "Service says it could become the season's first named cyclone by Friday, "
        "bringing heavy rain and damaging winds to the northern Lau group. "
        "Fishermen in Tonga's Ha'apai and Vava'u groups are being told to stay "
        "close to shore until the system has passed, and Fiji Airways says it will "
        "review its domestic schedule tomorrow morning.",
        "other",
    ),
    (
        "BBC World Service: Sri Lanka's new president sworn in; Nobel literature prize; weather",
        "This is the BBC World Service. I'm Priya Landon. Sri Lanka has sworn in "
        "Anura Kumara Dissanayake as its new president, after a left-leaning "
        "outsider won an election dominated by anger over the country's economic "
        "collapse. His party, the JVP, led two armed uprisings in the "
        "nineteen-seventies and eighties, but has since become a mainstream "
        "political force. In his first speech he promised to fight corruption and "
        "to renegotiate parts of the country's bailout deal with the International "
        "Monetary Fund. Our correspondent in Colombo says many young voters see him "
        "as a clean break with the families that have run Sri Lankan politics for "
        "decades. In Stockholm, the South Korean author Han Kang has been awarded "
        'the Nobel Prize in Literature. The Swedish Academy praised her "intense '
        'poetic prose that confronts historical traumas". She is the first South '
        "Korean writer to win the award. And the weather: a cold front is bringing "
        "heavy snow to the Alps, with avalanche warnings in Switzerland and "
        "Austria.",
        "other",
    ),
    (
        "CBC Radio: From Damascus to Antigonish, a refugee's chocolate shop turns ten",
        "This is CBC Radio's Information Morning in Nova Scotia. Ten years ago, a "
        "family arrived in Antigonish from a refugee camp in Lebanon with a few "
        "suitcases and a recipe book. Today their chocolate business employs more "
        "than sixty people and ships across Canada. The father ran a chocolate "
        "factory in Damascus for twenty years before the family fled Syria. He "
        "started again in his kitchen, selling truffles at the local farmers' "
        "market. His son, who now runs the company, told our reporter that the "
        "town's welcome changed everything. \"People here bought our chocolate "
        'before they could even pronounce our name," he said. The company is '
        "marking its anniversary by hiring newcomers from Afghanistan and Ukraine. "
        "It will also donate part of its profits this year to the food bank that "
        "helped the family in its first winter.",
        "other",
    ),
]
