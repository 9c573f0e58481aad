"""dev107 positives (1): Ukraine, Russia, Israel, Gaza, the West Bank and Lebanon."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Ukrenergo extends hourly blackouts to nine regions after Trypilska power plant destroyed",
        "Households in Kyiv and eight other regions will face scheduled power cuts of up to "
        "four hours a day from Friday, the grid operator Ukrenergo said, warning that the "
        "schedules could stay in place well into May. The operator said the shortfall was the "
        "result of Thursday's attack, in which Russia launched 82 missiles and drones at "
        "energy facilities across the country. The Trypilska thermal power plant, the largest "
        "generating station supplying the Kyiv, Cherkasy and Zhytomyr regions, was hit by "
        "several missiles and completely destroyed, according to its owner, the state-run "
        "Centrenergo. 'The scale of destruction is terrifying,' Centrenergo's supervisory "
        "board chair Andrii Hota wrote on Facebook, adding that all of the company's "
        "generation capacity had now been lost. Hydroelectric plants in the Lviv region and "
        "substations in Kharkiv were also damaged. Ukraine imported a record volume of "
        "electricity from Poland, Slovakia and Romania overnight, the energy ministry said. "
        "Industrial consumers have been asked to shift production to night hours, and several "
        "steelworks in the Dnipropetrovsk region have already reduced output. Energy Minister "
        "Herman Halushchenko said Ukraine needed at least seven more Patriot systems to "
        "protect what remained of its generation.",
        "E",
        "missile strike on energy infrastructure",
    ),
    (
        "Kharkiv publishers count their losses after strike on Factor-Druk printing works",
        "One in every three books printed in Ukraine last year came off the presses of a "
        "single Kharkiv printing house, and on Friday morning much of it was a charred shell. "
        "Russian forces hit the Factor-Druk works in the city's Kholodnohirskyi district with "
        "a series of S-300 missiles on Thursday, killing seven employees and injuring 22 "
        "others, regional governor Oleh Syniehubov said. Around 50,000 books, including new "
        "Ukrainian translations and school textbooks due for delivery in August, were burned "
        "along with the paper stocks. 'People were at their machines, it was an ordinary "
        "working day,' said production manager Serhii Polituchyi, who was in the building when "
        "the first missile struck. Several publishers, among them Vivat and Old Lion, said "
        "their autumn releases would be delayed by months. Ukraine's Book Institute announced "
        "an emergency fund to move print runs to plants in the west of the country. Ukrainian "
        "Book Institute director Oleksandra Koval called the strike 'a blow against Ukrainian "
        "culture itself'. Kharkiv has come under almost daily missile and glide-bomb attacks "
        "since Russia opened a new front to the north of the city in May.",
        "E",
        "missile strike",
    ),
    (
        "In Sudzha, residents leave on their own as Ukrainian troops cross into the Kursk region",
        "By Wednesday afternoon, the bus station in Sudzha had stopped working and the town's "
        "residents were leaving however they could: in private cars, on foot along the road to "
        "Bolshoye Soldatskoye, some with their cows. Ukrainian troops crossed the border into "
        "the Kursk region early on Tuesday in the largest foreign incursion into Russia since "
        "the Second World War, and fighting was reported on the outskirts of the town and near "
        "the gas metering station that feeds the last pipeline carrying Russian gas to Europe. "
        "Russia's General Staff said its forces had 'stopped the advance' of around 1,000 "
        "Ukrainian soldiers backed by tanks and armoured vehicles, a claim that could not be "
        "verified. Acting governor Alexei Smirnov said five civilians had been killed and at "
        "least 24 injured, including children, and announced the evacuation of several "
        "thousand residents from border villages. 'Nobody came for us, we saw the soldiers on "
        "the road and just drove,' a woman from the village of Goncharovka told Meduza by "
        "phone from a temporary shelter in Kursk. In Sudzha itself, residents said shells had "
        "hit the area near the market and the local hospital, and that there had been no "
        "electricity since Tuesday morning. Queues formed at petrol stations on the road to "
        "Kursk, and the regional authorities set up temporary accommodation centres in schools "
        "and sanatoriums. Vladimir Putin called the incursion 'a large-scale provocation' at a "
        "meeting of the Security Council broadcast on state television on Wednesday. The Kursk "
        "nuclear power plant, about 60 kilometres from the border, was operating normally, "
        "Rosatom said. Kyiv made no official comment on the operation for several days. "
        "Several Russian war bloggers accused the military of ignoring intelligence about a "
        "build-up of Ukrainian forces near the border.",
        "B M E D",
        "cross-border offensive",
    ),
    (
        "Gunmen storm Crocus City Hall before Piknik concert, killing dozens",
        "Several gunmen in camouflage opened fire on people gathering for a concert by the "
        "rock band Piknik at Crocus City Hall outside Moscow on Friday evening, then set the "
        "building on fire, Russian authorities said. At least 60 people were killed and more "
        "than 140 injured, according to the Investigative Committee, which opened a terrorism "
        "case; officials warned that the toll would rise as firefighters reached the upper "
        "floors. Videos posted online showed the attackers walking through the foyer with "
        "automatic rifles, firing at people as they ran for the exits. The roof of the "
        "6,000-seat hall partly collapsed as the fire spread. The Islamic State group claimed "
        "responsibility in a statement on its Amaq news agency. Concertgoers described hiding "
        "in stairwells and basement corridors for more than an hour. 'They were shooting at "
        "everyone, we lay on the floor behind the seats,' one woman told the independent "
        "outlet Meduza. Mass events across the Moscow region were cancelled for the weekend, "
        "and queues formed outside blood donation centres in the capital late into the night.",
        "T V",
        "terrorist attack",
    ),
    (
        "Makhachkala airport stormed by mob searching for passengers from Tel Aviv",
        "Hundreds of men broke into the airport of Makhachkala, the capital of Dagestan, on "
        "Sunday evening after rumours spread on Telegram channels that 'refugees from Israel' "
        "were arriving on a flight from Tel Aviv. Videos showed the crowd pushing through the "
        "terminal, running onto the runway and surrounding the Red Wings aircraft, some "
        "shouting antisemitic slogans and demanding to see passengers' passports. Others "
        "stopped cars leaving the airport and checked the documents of drivers. Police "
        "officers were pelted with stones, and the regional health ministry said at least 20 "
        "people, including nine police officers, were injured; two were in serious condition. "
        "Security forces cleared the airfield after several hours, and Rosaviatsia closed the "
        "airport to all flights until November 6. The interior ministry said 60 people had "
        "been detained, and prosecutors opened a case on mass riots. Dagestan's head, Sergei "
        "Melikov, called the unrest 'a disgrace' and blamed it on 'enemies' operating from "
        "abroad. The passengers of the flight were taken to a secure area of the airport and "
        "later flown out, the airline said.",
        "U",
        "riot",
    ),
    (
        "Twelve children killed as rocket hits football pitch in Majdal Shams",
        "The children had come to the pitch on the edge of Majdal Shams for an ordinary "
        "Saturday evening game when the siren sounded. Seconds later a rocket struck the "
        "artificial turf, killing 12 of them, aged between 10 and 16, and wounding more than "
        "30 other people, Magen David Adom said, in the deadliest attack on Israeli-controlled "
        "territory since October 7. Paramedics described bodies lying on the grass and in the "
        "small building beside the field. The IDF said the rocket was an Iranian-made Falaq-1 "
        "fired by Hezbollah from the area of Chebaa, north of the village; Hezbollah denied "
        "any involvement in a rare statement. Majdal Shams is the largest of the four Druze "
        "towns on the Golan Heights, and most of its residents hold Syrian rather than Israeli "
        "citizenship. Thousands attended the funerals on Sunday, where some mourners heckled "
        "visiting ministers. Prime Minister Benjamin Netanyahu cut short a visit to Washington "
        "and said Hezbollah would 'pay a heavy price'. Israeli jets struck targets in southern "
        "Lebanon overnight, the army said.",
        "E V",
        "rocket strike",
    ),
    (
        "A sack of flour in Rafah now costs more than a month's wages",
        "At the market near the Rafah municipality building, a 25-kilogram sack of flour was "
        "selling for 700 shekels on Tuesday, roughly ten times its price before the war, "
        "traders said. Only a handful of aid trucks crossed into the Gaza Strip through Kerem "
        "Shalom and the Rafah crossing on Monday, according to the UN agency for Palestinian "
        "refugees, UNRWA, far below the 500 a day that entered before October. More than 1.4 "
        "million people, most of them displaced from the north and from Khan Younis, are now "
        "crammed into Rafah, sleeping in tents along the streets and on the beach. Cooking gas "
        "has not entered Gaza for weeks, and families burn wood, cardboard and old furniture "
        "to bake bread. At the UNRWA distribution centre in Tal al-Sultan, people queued from "
        "dawn for a bag of flour that the agency said would last a family of six about ten "
        "days. A kilo of tomatoes sold for 20 shekels on Tuesday. 'We eat once a day, bread if "
        "we find it, otherwise lentils,' said Umm Mohammed, a mother of six from Beit Lahia "
        "living in a nylon shelter near the Egyptian border. Overnight, Israeli air strikes "
        "hit two houses in the Shaboura area of Rafah, killing at least 11 people, among them "
        "four children, the health ministry in Gaza said. Civil defence crews said they were "
        "still searching the rubble for survivors in the morning. The World Food Programme has "
        "warned that parts of Gaza are on the brink of famine.",
        "E D H",
        "air strike",
    ),
    (
        "Thousands leave Jenin camp as Israeli forces press biggest West Bank operation in two "
        "decades",
        "Around 3,000 residents had left the Jenin refugee camp by Tuesday morning, the "
        "Palestinian Red Crescent said, walking out in small groups through streets torn up by "
        "armoured bulldozers, many carrying only plastic bags. Israel's army launched the "
        "operation early on Monday with drone strikes on what it called a joint operations "
        "centre of armed groups, followed by a ground raid by about 1,000 soldiers, its "
        "largest in the occupied West Bank since 2002. Palestinian health officials said 10 "
        "Palestinians had been killed and more than 100 wounded, some of them seriously. "
        "Gunmen in the camp exchanged fire with troops through the night, and the army said it "
        "had uncovered explosives labs and weapons caches in mosques and homes. Water and "
        "electricity were cut across large parts of the camp, and the director of Jenin's "
        "government hospital said tear gas had entered the emergency ward. The UN humanitarian "
        "office said it was 'alarmed by the scale' of the operation. Israeli officials said "
        "the raid would last 'as long as necessary'.",
        "M B E D H",
        "military raid",
    ),
    (
        "Settlers set Huwara ablaze after two Israelis killed at junction",
        "Hundreds of settlers rampaged through the Palestinian town of Huwara and nearby "
        "villages south of Nablus late on Sunday, setting fire to dozens of houses and cars, "
        "hours after a Palestinian gunman shot dead two Israeli brothers from the settlement "
        "of Har Bracha as they drove through the town. A Palestinian man, Sameh Aqtash, 37, "
        "was shot dead in the neighbouring village of Za'atara, the Palestinian health "
        "ministry said, and around 100 people were treated for injuries, most from beatings "
        "and tear gas. Residents said families trapped inside burning homes were rescued by "
        "neighbours through back windows. Soldiers stationed at the junction made little "
        "effort to stop the attackers, according to several testimonies collected by Haaretz; "
        "the army later said it had arrested eight people. An Israeli general in charge of the "
        "area called the night 'a pogrom carried out by outlaws'. The Shin Bet's hunt for the "
        "gunman was continuing on Monday. Finance Minister Bezalel Smotrich drew condemnation "
        "from Washington when he said Huwara should be 'wiped out'.",
        "V U",
        "settler attack",
    ),
    (
        "Lebanon pushes back school year as public schools turn into shelters",
        "Education Minister Abbas Halabi announced on Tuesday that the start of the school "
        "year in public schools would be postponed until November 4, after more than 500 of "
        "the country's 1,250 state schools were turned into shelters for families who have "
        "fled the south, the Bekaa and Beirut's southern suburbs. The government's emergency "
        "committee said more than 180,000 people were registered in collective shelters by "
        "Monday evening, and hundreds of thousands more were staying with relatives or "
        "sleeping in cars and public squares. 'I have 40 families in my school, the classrooms "
        "are bedrooms now,' the director of a secondary school in Aley told L'Orient Today. "
        "Private schools in Beirut and Mount Lebanon were allowed to open online. In Beirut, "
        "volunteers cooked meals in school kitchens and collected mattresses and blankets from "
        "residents, while municipalities in the Chouf and the north said their shelters were "
        "full. 'Schools were never designed to house thousands of people, there are four "
        "toilets for 300 people here,' said a volunteer in Tariq al-Jdideh. The ministry said "
        "it was studying afternoon shifts in schools that are not used as shelters. Israeli "
        "strikes on the south and the Bekaa killed 46 people on Monday, the health ministry "
        "said, and an air strike on a residential building in Kola, in the heart of Beirut, "
        "killed three members of a Palestinian faction. The UN refugee agency said tens of "
        "thousands of Syrians and Lebanese had crossed into Syria at Masnaa in a week. "
        "Teachers' unions warned that the delay would deepen the learning losses of the past "
        "five years.",
        "D H E",
        "displacement",
    ),
    (
        "Pagers explode across Lebanon, overwhelming hospitals",
        "Hundreds of pagers carried by members of Hezbollah exploded almost simultaneously "
        "across Lebanon on Tuesday afternoon, killing at least nine people, including an "
        "eight-year-old girl, and wounding around 2,800, Health Minister Firass Abiad said. "
        "Explosions went off in supermarkets, on motorbikes and in homes in Beirut's southern "
        "suburbs, the south and the Bekaa valley, and in Damascus. Hospitals across the "
        "country called in all staff and appealed for blood donations, and the health ministry "
        "told medical workers not to use pagers. Iran's ambassador to Lebanon, Mojtaba Amani, "
        "was among those injured. Hezbollah said the blasts were the work of Israel and vowed "
        "a response; the Israeli army declined to comment. Schools across Lebanon were closed "
        "on Wednesday.",
        "E H",
        "explosions",
    ),
    (
        "Kiryat Shmona pupils start the school year in a Dead Sea hotel",
        "For the second September in a row, about 1,100 pupils from Kiryat Shmona began the "
        "school year far from home, in makeshift classrooms set up in the conference halls of "
        "three hotels in Ein Bokek on the Dead Sea and in Tiberias. The city of 22,000, two "
        "kilometres from the Lebanese border, has been almost empty since the state ordered "
        "the evacuation of northern border communities in October, and some 60,000 residents "
        "of the north are still living in hotels and rented flats paid for by the government. "
        "Teachers said attendance was lower than last year as families split between the "
        "hotels and relatives in the centre of the country. 'Every morning a child asks me "
        "when we are going back, and I don't have an answer,' said Rinat, who teaches third "
        "grade. The Education Ministry said it had added psychologists to every evacuated "
        "school and would fund transport for older pupils taking their matriculation exams. "
        "Kiryat Shmona's own schools, several of which were damaged over the past year, remain "
        "closed, and the municipality has kept only a skeleton staff in the city. Some parents "
        "said they had decided to enrol their children permanently in schools near where they "
        "are now living. 'We cannot keep them in a hotel lobby for another year,' said a "
        "father of three staying in Tiberias. The municipality has asked the government to "
        "extend the evacuation grants until the end of the year. Mayor Avichai Stern said "
        "residents would not go back 'until there is real security on the border'.",
        "D",
        "displacement",
    ),
    (
        "Kakhovka dam destroyed, flooding villages down the Dnipro",
        "Water poured through the wrecked Kakhovka dam on Tuesday, flooding dozens of villages "
        "and parts of the city of Kherson and forcing the evacuation of thousands of people "
        "from both banks of the Dnipro river. Ukraine said Russian forces had blown up the "
        "dam, which they have controlled since the first weeks of the full-scale invasion, "
        "from the inside; Moscow blamed Ukrainian shelling. The regional military "
        "administration said about 16,000 people lived in the flood zone on the Ukrainian-held "
        "right bank, and buses and trains were taking residents to Mykolaiv and Odesa. By "
        "evening the water in the Korabel district of Kherson had risen by more than three "
        "metres. Evacuation points in Kherson came under Russian shelling during the day, "
        "Interior Minister Ihor Klymenko said, and a police officer was wounded. The "
        "International Atomic Energy Agency said the Zaporizhzhia nuclear plant upstream was "
        "not in immediate danger although the reservoir supplies its cooling water. Farmers in "
        "the south warned that irrigation for hundreds of thousands of hectares of cropland "
        "would be lost.",
        "E D H",
        "dam destruction",
    ),
]
