"""dev165 positives (2 of 3): Georgia, Bangladesh, Kenya, Lebanon, the Kursk incursion, Somalia, the Pakistan-Afghanistan border, Papua New Guinea, Israel and Iran, Ethiopia and a reaction to the Sumy strike (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "RFE/RL Newsline: Water cannon and tear gas on Rustaveli Avenue for a fourth night",
        "This is Radio Free Europe/Radio Liberty. Riot police in the Georgian "
        "capital have used water cannon and tear gas to clear thousands of "
        "protesters from outside parliament for a fourth night running. The "
        "demonstrators are angry at the ruling Georgian Dream party's decision to "
        "shelve talks on joining the European Union until 2028. Some protesters "
        "threw fireworks at police lines and set barricades alight on Rustaveli "
        "Avenue. The Interior Ministry says more than two hundred people have been "
        "detained since Thursday and that dozens of officers were hurt. Several "
        "journalists, among them a camera operator working for RFE/RL's Georgian "
        "Service, say they were beaten by police. Prime Minister Irakli Kobakhidze "
        "has praised the police and accused the opposition of plotting a "
        "revolution. President Salome Zourabichvili, who has joined the protesters, "
        "says she will not step down when her term ends. Our correspondent in "
        "Tbilisi says crowds are gathering again tonight, many of them carrying EU "
        "flags.",
        "U",
        "crackdown",
    ),
    (
        "BBC News: Bangladesh under curfew as army patrols Dhaka after deadly clashes",
        "BBC News, hello, I'm Priya Landon. The authorities in Bangladesh have "
        "imposed a nationwide curfew and deployed the army after days of deadly "
        "clashes between students and security forces. At least a hundred and five "
        "people have been killed this week, according to hospital figures gathered "
        "by local media. The protests began over quotas for government jobs but "
        "have turned into the biggest challenge to Prime Minister Sheikh Hasina in "
        "years. On Friday police fired tear gas, rubber bullets and live rounds at "
        "crowds in Dhaka, and protesters set fire to the state television building. "
        "Mobile internet has been cut across the country. Our South Asia "
        "correspondent says soldiers are now patrolling the empty streets of the "
        "capital. A student in Dhaka, who asked us not to use his name, said "
        'friends had been shot beside him. "We came with sticks and our voices," '
        'he said. "They came with guns." The government says it had no choice but '
        "to act to protect lives and property.",
        "U",
        "crackdown",
    ),
    (
        "NPR News: Kenyan protesters breach parliament as police open fire",
        "Live from NPR News, I'm Celia Marsh. Protesters in Kenya have forced their "
        "way into parliament and set part of the building on fire, minutes after "
        "lawmakers passed a contested finance bill. Police opened fire on the "
        "crowds in Nairobi, and rights groups say at least five people were shot "
        "dead. NPR's Evans Kimani reports from the capital. The crowds were mostly "
        "young people who had organized online for days, angry at new taxes on "
        "bread, cooking oil and mobile money. They pushed through police lines "
        "while lawmakers were still inside, and some members of parliament escaped "
        "through an underground tunnel. Tear gas hung over downtown Nairobi well "
        "into the evening. President William Ruto called the storming of parliament "
        "treasonous and said the military would be deployed to support the police. "
        "Evans Kimani, NPR News, Nairobi. In Washington, the Supreme Court has "
        "struck down a federal ban on bump stocks, the devices that let "
        "semi-automatic rifles fire more rapidly. This is NPR News.",
        "U",
        "riot",
    ),
    (
        "Al Jazeera: Hundreds killed as Israel widens strikes across south Lebanon and the Bekaa",
        "Israel says it has carried out its most intense wave of air strikes yet on "
        "southern Lebanon and the Bekaa Valley, hitting what it calls more than a "
        "thousand Hezbollah targets. Lebanon's health ministry says at least two "
        "hundred and seventy people have been killed since the morning, among them "
        "children and paramedics. The Israeli military sent text messages and "
        "recorded calls telling residents of villages in the south to leave their "
        "homes immediately. Tens of thousands of people are on the move. The "
        "coastal highway north to Beirut is jammed with cars, some of them with "
        'mattresses strapped to the roof. Our correspondent is in Tyre. "Families '
        'left with what they could grab in a few minutes," she said. "Some have '
        'been sitting in traffic for eight hours." Schools in Beirut and Sidon are '
        "being opened as shelters. Hezbollah says it fired rockets at military "
        "bases in northern Israel in response.",
        "E M D",
        "air campaign",
    ),
    (
        "DW News: Kyiv claims a thousand square kilometres of Kursk region",
        "This is DW News, I'm Tobias Engel. Ukraine's army chief says his troops "
        "now control about one thousand square kilometres of Russia's Kursk region, "
        "a week after they crossed the border in a surprise offensive. Russia's "
        "defence ministry says its forces are repelling the attacks and have "
        "destroyed several Ukrainian armoured vehicles. Regional authorities say "
        "more than a hundred and twenty thousand people have been evacuated from "
        "border districts. President Volodymyr Zelensky says Ukraine has no "
        "interest in holding Russian land and wants to push Moscow to negotiate. "
        "Our correspondent in Kyiv says the incursion has lifted spirits, even as "
        "Russian forces keep advancing in the east, around Pokrovsk. In Germany, "
        "the coalition has agreed on a draft budget for next year after weeks of "
        "wrangling over the debt brake. And Germany's Olympic team has returned "
        "from Paris with twelve gold medals, its lowest haul since reunification. "
        "Before we go, a look at the headlines again: Ukraine says its forces hold "
        "around a thousand square kilometres of Russia's Kursk region after a "
        "week-long cross-border push, while Moscow says it is driving them back and "
        "has moved well over a hundred thousand residents out of harm's way; "
        "Berlin's coalition partners have settled their budget row; and Germany's "
        "Olympians are home with a dozen golds. The weather now: after a scorching "
        "weekend with temperatures of up to thirty-four degrees in the Rhine "
        "valley, thunderstorms will move in from the west on Tuesday, bringing "
        "heavy rain and possibly hail to North Rhine-Westphalia and Lower Saxony. "
        "That's all from us for now; stay with DW for more news at the top of the "
        "hour.",
        "B M D",
        "ground incursion",
    ),
    (
        "VOA News: Thirty-hour siege at Mogadishu hotel ends with at least twenty dead",
        "This is VOA News. Somali security forces say they have ended a siege at a "
        "hotel in Mogadishu that lasted nearly thirty hours. Al-Shabaab gunmen "
        "stormed the Hotel Hayat on Friday evening after two car bombs exploded at "
        "its gates. Police say at least twenty people were killed, most of them "
        "civilians, and more than forty wounded. Officers rescued dozens of guests, "
        "including children, who had hidden in rooms on the upper floors. The "
        "building was badly damaged in the fighting. Al-Shabaab, which is linked to "
        "al-Qaeda, said it carried out the attack. A businessman who escaped "
        "through a back window spoke to VOA's Somali Service. \"We lay on the floor "
        'of the kitchen for hours," he said. "Every few minutes there was '
        'shooting on the stairs." President Hassan Sheikh Mohamud has vowed what '
        "he calls total war on the militants.",
        "T B E V",
        "hotel siege",
    ),
    (
        "Radio Azadi: Pakistani and Taliban forces trade fire along the Durand Line",
        "You're listening to Radio Azadi from Radio Free Europe/Radio Liberty. "
        "Heavy fighting broke out overnight along the border between Afghanistan "
        "and Pakistan. The Taliban's defence ministry says its forces attacked "
        "Pakistani border posts in retaliation for Pakistani air strikes in Kabul "
        "and Paktika earlier in the week. Pakistan's military says twenty-three of "
        "its soldiers were killed and that it destroyed a number of Taliban "
        "positions with artillery and drones. Neither side's figures can be "
        "independently confirmed. Residents of Kurram and Spin Boldak told our "
        "reporters they spent the night in basements as shells landed near their "
        "homes. The Torkham and Chaman crossings are closed, and hundreds of "
        "lorries are stuck on both sides. Qatar and Saudi Arabia have urged both "
        "governments to show restraint. The Taliban say they have stopped their "
        "operations at the request of their friends, but Islamabad says it will "
        "answer any further attack.",
        "B E",
        "border clashes",
    ),
    (
        "Pacific Beat: Dozens killed in Enga ambush as clan fighting spreads",
        "This is Pacific Beat on ABC Radio Australia. Police in Papua New Guinea "
        "say at least twenty-six men have been killed in an ambush in Enga "
        "Province, in the country's Highlands. Their bodies were found on Sunday "
        "along a roadside and in grassland near the town of Wabag. Police say the "
        "killings are part of a long-running conflict between rival clans, now "
        "fought with high-powered rifles instead of bows and arrows. Houses in "
        "several nearby villages have been burned, and families have fled into the "
        "bush. Enga's acting police commander, speaking to us from Wabag, said his "
        'officers are outnumbered and outgunned. "These are not young men with '
        'homemade guns," he said. "They have military weapons and they know how '
        'to use them." Prime Minister James Marape says more soldiers and police '
        "will be sent to the province. The Australian government says it stands "
        "ready to help. Still to come, the latest from the Pacific Games in "
        "Honiara.",
        "B V D",
        "tribal fighting",
    ),
    (
        "CBC News: Israel and Iran trade strikes for a fourth day; Canadians urged to leave",
        "Good evening, this is CBC News. Israel and Iran have exchanged missile and "
        "air strikes for a fourth straight day. An Iranian missile hit a "
        "residential street in Bat Yam, south of Tel Aviv, overnight, killing six "
        "people and leaving several more missing under the rubble. Israeli "
        "warplanes struck fuel depots and what Israel says were missile launchers "
        "in and around Tehran. Iranian officials say more than two hundred people "
        "have been killed in Iran since Friday. Thousands of residents are leaving "
        "Tehran, with long queues of cars on the roads north to the Caspian coast. "
        "Global Affairs Canada says it is helping Canadians leave Israel overland "
        "through Jordan, since the airspace remains closed. A woman from "
        "Mississauga who is stuck in Haifa with her two children told CBC News they "
        "have spent most nights in a stairwell. In Ottawa, Prime Minister Mark "
        "Carney called for de-escalation as he prepared to host G7 leaders in "
        "Kananaskis. In other news, the Ontario government says construction of "
        "Highway 413 north of Toronto will begin this summer, despite objections "
        "from environmental groups who say the road will pave over farmland and "
        "wetlands. Wildfire crews in northern Manitoba say cooler weather and a day "
        "of steady rain have helped them hold the fire that forced thousands of "
        "people to leave Flin Flon, and residents could be allowed home by the "
        "weekend. And in sports, the Edmonton Oilers face elimination tomorrow "
        "night in Sunrise, Florida, trailing the Florida Panthers three games to "
        "two in the Stanley Cup final.",
        "E M D",
        "missile exchange",
    ),
    (
        "France 24: Drone strike on market day kills dozens in Ethiopia's Amhara",
        "You're watching France 24. In Ethiopia, a drone strike has killed at least "
        "thirty civilians in the Amhara region, according to residents and health "
        "workers. The strike hit the main market of a small town in the North Wollo "
        "zone on market day, when the square was crowded with traders and farmers. "
        "Witnesses say the drone struck twice, the second time as people rushed to "
        "help the wounded. Fighters from the Fano militia, which has been battling "
        "federal forces in the region for more than a year, had passed through the "
        "town the day before. The government has not commented, and communications "
        "in the area are largely cut. A nurse at the local health centre told us by "
        "phone that most of the dead were women selling vegetables. The European "
        "Union has called for an independent investigation. Addis Ababa denies "
        "targeting civilians in its operations against what it calls extremist "
        "groups.",
        "E V",
        "drone strike",
    ),
    (
        "NHK World News: Japan condemns Sumy strike; North Korea fires missile into the sea",
        "This is NHK World-Japan. Japan's Foreign Minister Iwaya Takeshi has "
        "condemned Russia's missile attack on the Ukrainian city of Sumy, calling "
        "it an unforgivable attack on civilians. Ukrainian officials say two "
        "ballistic missiles hit the city centre on Sunday morning as residents were "
        "on their way to Palm Sunday services. At least thirty-five people were "
        "killed, including two children, and more than a hundred were injured. "
        "Iwaya told reporters that Japan will keep supporting Ukraine and working "
        "with the G7 to put pressure on Russia. In other news, North Korea has "
        "fired a short-range ballistic missile off its east coast. Japan's Defense "
        "Ministry says the missile fell outside the country's exclusive economic "
        "zone and that there are no reports of damage to ships or aircraft. And "
        "cherry blossoms have reached full bloom in Sendai, about a week earlier "
        "than usual.",
        "E V",
        "missile strike",
    ),
]
