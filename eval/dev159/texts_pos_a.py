"""dev159 positives (1 of 3): the sport and culture desks' reports of current organised violence in
Ukraine, Russia and western Europe: athletes killed at the front, stadiums, theatres and concert
halls struck, fans attacked, riots (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Ukrainian boxing champion killed in action near Pokrovsk, federation says",
        "Oleksandr Hnatiuk, a two-time national light-heavyweight champion who swapped the ring"
        " for the front line in the first weeks of Russia's full-scale invasion, has been "
        "killed in action in Donetsk Oblast, the Ukrainian Boxing Federation said on Tuesday. "
        "Hnatiuk, 31, served as a platoon commander in an assault brigade and died during "
        "fighting south of Pokrovsk, where Russian troops have been pressing attacks on the "
        "city's approaches for months. His brigade said he was killed on Sunday while holding a"
        " position under heavy fire, and that fellow soldiers had recovered his body the "
        'following night. "He was the same in a trench as in the ring: he never took a step '
        'back," the federation wrote in a statement on Facebook. Hnatiuk won bronze at the '
        "European Under-22 Championships in 2017 and had been preparing for his professional "
        "debut when the invasion began. According to Ukraine's Sports Ministry, more than 500 "
        "athletes and coaches have been killed since February 2022, most of them while serving "
        "in the military. Kyiv has repeatedly cited the toll in calling for Russian and "
        "Belarusian athletes to remain barred from international competition. Hnatiuk is "
        "survived by his wife and a two-year-old son. A farewell ceremony will be held at St "
        "Michael's Golden-Domed Monastery in Kyiv on Thursday.",
        "B",
        "killed in action",
    ),
    (
        "Russian glide bombs hit Kharkiv sports complex, killing youth football coach",
        "KHARKIV, Ukraine, May 19 (Reuters) - Russian glide bombs struck a sports complex in "
        "Ukraine's second-largest city of Kharkiv on Sunday, killing a youth football coach and"
        " wounding nine people, including two teenagers who had been training on an outdoor "
        "pitch, the regional governor said. The strike on the city's north-eastern Saltivskyi "
        "district came shortly after 4 p.m., while children's sessions were under way on the "
        "complex's artificial pitches. Photographs published by the emergency service showed "
        "the roof of the main hall torn open and rescuers carrying a stretcher through twisted "
        "metal. Kharkiv, about 30 km (19 miles) from the Russian border, has come under "
        "intensified attack since Moscow launched a cross-border ground push in the region "
        "earlier this month. The coach, 46, had worked at the complex for nearly two decades, "
        "the city's sports department said. \"He refused to leave Kharkiv because he said the "
        'kids needed somewhere to go after school," a colleague told Reuters. Metalist 1925, '
        "the city's top-flight club, has played its home matches in other cities since 2022. "
        "Russia's defence ministry did not comment; it denies targeting civilians.",
        "E",
        "glide bomb strike",
    ),
    (
        "Missile hits square outside Sumy drama theatre as families leave children's matinee",
        "Two Russian ballistic missiles hit the centre of Sumy on Sunday afternoon, one of them"
        " striking the square outside the city's drama theatre as families were leaving a "
        "children's matinee, Ukrainian officials said. At least 14 people were killed, among "
        "them three children, and more than 60 were wounded, the regional military "
        "administration said, in what President Volodymyr Zelensky called a deliberate attack "
        "on civilians. Video verified by news agencies showed bodies on the pavement beside a "
        "burning trolleybus and the theatre's columned facade pocked with shrapnel. The theatre"
        " had been staging a puppet adaptation of a Ukrainian folk tale, its artistic director "
        "told local television, and an audience of about 150 had just begun to file out into "
        'the square. "They came to see a fairy tale," she said. Russia\'s defence ministry said '
        "its forces had struck a gathering of Ukrainian officers, a claim for which it offered "
        "no evidence. Sumy, about 30 km from the Russian border, has been hit almost daily this"
        " spring. Ukraine's culture ministry says more than 2,000 cultural sites have been "
        "damaged or destroyed since the full-scale invasion began. Performances at the theatre "
        "have been suspended until further notice, and its actors spent Monday helping to board"
        " up the shattered windows.",
        "E V",
        "missile strike",
    ),
    (
        "Russian drone attack damages Odesa Philharmonic hall and injures eight",
        "A large-scale Russian drone attack on Odesa overnight on Friday damaged the city's "
        "philharmonic hall and several other historic buildings in the UNESCO-listed centre, "
        "injuring eight people, including a child, regional officials said. Ukraine's air force"
        " said Russia had launched 81 Shahed-type attack drones across the country, 52 of which"
        " were shot down, with Odesa bearing the brunt of the assault. Blast waves shattered "
        "the stained-glass windows of the philharmonic, built in 1899 as the city's stock "
        "exchange, and tore part of the roof from a neighbouring hotel, the Odesa regional "
        "administration said on Telegram. The orchestra's conductor posted photographs of the "
        "concert hall strewn with glass and plaster, its rows of velvet seats covered in dust. "
        '"We will play in the foyer if we must," he wrote. Four of the injured were taken to '
        "hospital, one of them in serious condition. UNESCO added Odesa's historic centre to "
        "its list of World Heritage in Danger in January 2023, citing the risk of destruction. "
        "The city's culture department said a concert scheduled for Saturday evening had been "
        "moved to a basement hall. Russia, which says it targets only military and energy "
        "facilities, has repeatedly struck the port city and its surroundings since the start "
        "of the invasion.",
        "E",
        "drone strike",
    ),
    (
        "Ukrainian novelist dies of her wounds after missile strike on Kramatorsk restaurant",
        "The Ukrainian novelist and war crimes researcher Daryna Kovalchuk has died in hospital"
        " in Dnipro, four days after a Russian missile struck a crowded restaurant in the "
        "eastern city of Kramatorsk, her publisher said on Saturday. She was 37. Kovalchuk had "
        "been eating dinner with colleagues from a documentation project when the Iskander "
        "missile hit the pizzeria on Tuesday evening, a place popular with local families, "
        "soldiers and visiting journalists. At least 12 people were killed, including three "
        "teenagers, and more than 60 were injured, according to Ukraine's prosecutor general's "
        "office. Rescuers spent two days digging through the rubble. Ukraine's security service"
        " said it had detained a local man accused of filming the restaurant and passing its "
        "coordinates to Russian forces. Kovalchuk's second novel, about a family in occupied "
        "Horlivka, was shortlisted for the BBC Ukrainian Book of the Year in 2021, and since "
        "the invasion she had interviewed survivors of occupation in the Kharkiv and Kherson "
        'regions. PEN Ukraine said her death was "a loss to Ukrainian literature and a crime '
        'that must be punished". Her unfinished collection of testimonies will be published '
        "next year, her publisher said.",
        "E V",
        "missile strike",
    ),
    (
        "Youth hockey tournament in Belgorod called off after shelling of city centre",
        "MOSCOW, Dec 30 (Reuters) - A youth ice hockey tournament in the Russian border city of"
        " Belgorod was cancelled on Saturday after shelling and drone attacks on the city "
        "centre killed at least 14 people, including two children, and injured more than 100, "
        "regional authorities said. The attack in the afternoon hit streets near the central "
        "square, where the city's New Year ice rink had opened a week earlier, and damaged "
        "cars, shops and apartment blocks, according to photographs published by the governor. "
        "Russia's defence ministry said its air defences had shot down most of the rockets "
        "fired by Ukraine from Vilkha and Czech-made Vampire launchers, and that debris had "
        "fallen on the city. The tournament, which was due to bring together under-14 teams "
        "from six regions, had been scheduled for the Belgorod Arena, less than a kilometre "
        "from where some of the munitions fell. Organisers said all visiting teams had been "
        "sent home. Kyiv did not comment on the attack, which came a day after Russia fired a "
        "barrage of more than 120 missiles at Ukrainian cities. Belgorod, about 40 km from the "
        "Ukrainian border, has been hit regularly since the start of the war. The regional "
        "governor declared two days of mourning and cancelled New Year celebrations. Rescue "
        "workers were still clearing debris from the square on Sunday morning. Local residents "
        "said they had been out shopping for the holidays when the sirens sounded and had "
        'little time to find shelter. "There was a bang, then another, and glass was falling '
        "everywhere,\" a woman told a regional news site. The city's schools were told to move "
        "to remote teaching for the first week after the holidays.",
        "E",
        "shelling",
    ),
    (
        "Belgium-Sweden qualifier abandoned after gunman kills two Swedish fans in Brussels",
        "Belgium's Euro 2024 qualifier against Sweden was abandoned at half-time on Monday "
        "night after a gunman shot dead two Swedish supporters in central Brussels, and some "
        "35,000 spectators were kept inside the King Baudouin Stadium for several hours while "
        "police hunted the attacker. The federal prosecutor's office said it was treating the "
        "shooting, about five kilometres from the stadium, as a terrorist attack. A third man, "
        "a taxi driver, was seriously wounded. In a video posted online shortly afterwards, a "
        "man who said he acted in the name of the Islamic State group claimed responsibility. "
        "Belgium raised its threat level for the capital to the highest level, and Swedish "
        "fans, many of them still in their yellow shirts, were escorted from the ground by "
        "police shortly before midnight. Sweden's players told their federation they did not "
        'want to continue, and the two teams agreed not to play the second half. "Football is '
        "not important tonight,\" Sweden's coach said. Sweden's prime minister said the victims "
        "appeared to have been targeted because they were Swedish. A suspect was shot and "
        "wounded by police in a café in the Schaerbeek district on Tuesday morning and later "
        "died, the interior minister said.",
        "T V",
        "terrorist attack",
    ),
    (
        "Israeli football fans attacked in Amsterdam after Europa League match",
        "Israeli football supporters were chased and beaten in central Amsterdam overnight "
        "after Ajax's Europa League match against Maccabi Tel Aviv, and five people were "
        "treated in hospital, Dutch police said on Friday, in violence that the city's mayor "
        'described as antisemitic "hit-and-run" attacks. Police said 62 people had been '
        "arrested. Groups of men on scooters and on foot targeted Maccabi fans in several parts"
        " of the city centre after the match, according to police and to videos circulating "
        "online, some of which showed people being kicked as they lay on the ground. Police "
        "also said that Maccabi supporters had pulled down a Palestinian flag from a building "
        "and vandalised a taxi on Wednesday evening, and that anti-Arab chants had been heard "
        "in the city before the game. Israel said it would send planes to bring its fans home, "
        "and the Dutch government condemned what it called antisemitic attacks. The city had "
        "banned a pro-Palestinian demonstration near the stadium, but a group of protesters "
        "gathered anyway and was moved away by riot police. Amsterdam's mayor said on Friday "
        "that all demonstrations would be banned across the city over the weekend, and police "
        "were given emergency powers to stop and search people. Some Israeli fans said they had"
        " hidden in hotels and shops for hours, and the Israeli foreign ministry advised them "
        "to stay in their rooms until they could be taken to the airport. Amsterdam's police "
        "chief said officers had intervened dozens of times during the night and that the "
        "attacks had been coordinated through messaging groups. Maccabi's coach said his "
        "players had been kept in the team hotel and were safe.",
        "U V",
        "mob violence",
    ),
    (
        "Leicester disorder: police officers hurt as groups clash after India-Pakistan cricket "
        "match",
        "Police in Leicester have made 15 arrests after further disorder in the east of the "
        "city, where tensions have been running high since an Asia Cup cricket match between "
        "India and Pakistan last month. Officers were attacked with bottles and other objects "
        "as a crowd of several hundred young men gathered in the Belgrave area on Saturday "
        "evening, Leicestershire Police said. Footage posted online showed a flag being pulled "
        "down outside a Hindu temple and groups of men marching and shouting while others "
        "confronted them. Sixteen officers and a police dog were injured over the weekend. The "
        'force\'s chief constable said there had been "unacceptable violence and disorder" and '
        "appealed for calm. Leaders from the city's Hindu and Muslim communities issued a joint"
        ' statement urging people to stay at home, saying that "provocations and attacks" had '
        "to stop. The trouble began after the match on 28 August, when fans celebrating India's"
        " victory were involved in clashes with members of the local Muslim community. A "
        "dispersal order covering parts of the east of the city remains in force. The city's "
        "mayor said misinformation spread on social media had inflamed tensions that were not "
        "new.",
        "U",
        "communal unrest",
    ),
    (
        "Two dead and hundreds arrested as PSG's Champions League celebrations turn violent",
        "Two people died and more than 500 were arrested across France after celebrations of "
        "Paris Saint-Germain's first Champions League title turned violent overnight, the "
        "interior ministry said on Sunday. Riot police fired tear gas and used water cannon on "
        "the Champs-Élysées, where groups of youths smashed shop windows, looted a sportswear "
        "store and set cars and scooters alight, while fireworks were fired at officers near "
        "the Parc des Princes. A 17-year-old was stabbed to death during celebrations in Dax in"
        " the south-west, and a man riding a scooter in Paris was killed when he was hit by a "
        "car, officials said. The ministry said 192 people had been injured, among them 22 "
        "police officers, and that 264 vehicles had been burned across the country. The "
        'interior minister said "barbarians" had taken to the streets to commit crimes, and '
        "promised that those responsible would be prosecuted. Luis Enrique's side had beaten "
        "Inter Milan 5-0 in Munich on Saturday night, the widest margin of victory in the "
        "history of the final. Hundreds of thousands of supporters had gathered peacefully in "
        "the capital to watch the game. The club condemned the violence and said a victory "
        "parade planned for Sunday afternoon would go ahead under a heavy police presence.",
        "U",
        "riot",
    ),
]
