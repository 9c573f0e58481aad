"""dev183 negatives (3 of 3): heritage drills and bunkers, peaceful protests in museums,
peace, politics, the art market, the pandemic, sport and ordinary heritage news."""

# (title, text, kind code)
NEGATIVES = [
    (
        "NATO drill trains officers to protect heritage in wartime",
        "Military officers from a dozen NATO countries practised how to protect "
        "museums, archives and archaeological sites during a war in a two-week "
        "exercise in Italy that ended on Friday, the alliance said. In one scenario, "
        "participants had to plan an advance through a fictional country while "
        "avoiding a medieval monastery that enemy forces were using as a base. In "
        "another, they had to secure a national museum after a government collapse and"
        " prevent looting. Italy's Carabinieri heritage protection unit, sometimes "
        'called the "blue helmets of culture", led the training, along with '
        "archaeologists and lawyers specialising in the 1954 Hague Convention. "
        "Commanders said the lessons of Iraq in 2003, when the Baghdad museum was "
        "looted as US troops stood by, had shaped the way armies now think about "
        "cultural property. The exercise included map work, drills with armoured "
        "vehicles near an Etruscan site and lectures on international law. Britain has"
        " created a small army unit of reservist heritage specialists, modelled on the"
        ' Second World War\'s "Monuments Men".',
        "military",
    ),
    (
        "Army hands Cold War bunker to museum as defence ministry sells off sites",
        "Poland's defence ministry has handed over a Cold War command bunker in the "
        "forests of Pomerania to a regional museum, which plans to open it to visitors"
        " next year, officials said. The concrete complex, built in the 1960s to "
        "shelter commanders of the Warsaw Pact in the event of a nuclear war, has "
        "thick blast doors, decontamination rooms and a communications centre that "
        "still holds its original switchboards. It has been disused since the 1990s. "
        "The handover is part of a wider sale of surplus military property as the "
        "ministry concentrates its spending on new equipment, including tanks and "
        "artillery ordered from South Korea and the United States. The museum's "
        "director said the bunker would tell the story of the region during the Cold "
        "War, including the Soviet troops stationed nearby. Volunteers from a "
        "historical reenactment group have already helped to clear the corridors. The "
        "army will keep an adjacent training ground.",
        "military",
    ),
    (
        "Activists throw soup at Van Gogh's Sunflowers in London gallery",
        "Two climate activists threw tomato soup over Vincent van Gogh's Sunflowers at"
        " the National Gallery in London on Friday and then glued their hands to the "
        "wall beneath it, in a protest against new oil and gas projects. The painting,"
        " which is covered by glass, was not damaged, although there was minor damage "
        "to the frame, the gallery said. The activists, from the group Just Stop Oil, "
        "asked visitors whether they valued art more than life and food. The room was "
        "cleared and police arrested the two women on suspicion of criminal damage and"
        " aggravated trespass. Videos of the protest were shared widely online, "
        "prompting both support and anger. The group has blocked roads and bridges "
        "across London for more than two weeks. The gallery said the painting was back"
        " on display within hours. The two women were later charged and released on "
        "bail.",
        "protest",
    ),
    (
        "Louvre stays shut as staff walk out over overcrowding",
        "The Louvre failed to open on time on Monday after staff walked out in protest"
        " at overcrowding, understaffing and working conditions, leaving thousands of "
        "visitors queuing outside the glass pyramid. Guards, ticket agents and "
        "security staff held a spontaneous meeting and refused to take up their posts,"
        " unions said. The museum, the world's most visited, welcomed almost nine "
        "million people last year, far more than its facilities were designed for. "
        "Workers said the crowds around the Mona Lisa had become unmanageable and that"
        " there were not enough toilets or rest areas. The museum reopened in the "
        "afternoon, with some galleries still closed. President Emmanuel Macron "
        "recently announced a renovation plan that includes a new entrance and a "
        "separate room for the Mona Lisa. Staff said the plan did not address the "
        "immediate shortage of workers. Tourists said they had been given little "
        "information while they waited.",
        "protest",
    ),
    (
        "Nan Goldin leads die-in at Guggenheim over Sackler opioid money",
        'The photographer Nan Goldin and dozens of activists staged a "die-in" at the '
        "Guggenheim Museum in New York on Saturday, lying on the floor of the rotunda "
        "and throwing thousands of fake prescription slips from the upper levels, in "
        "protest at the museum's acceptance of money from the Sackler family. The "
        "family owns Purdue Pharma, the maker of the painkiller OxyContin, which "
        'critics say fuelled the opioid crisis. The protesters chanted "Sackler lies, '
        "people die\" and held banners calling on museums to remove the family's name "
        "from galleries. The protest ended peacefully after about an hour, and no "
        "arrests were made, police said. The museum said it had not accepted donations"
        " from the family in recent years. The Louvre, the Tate and the Metropolitan "
        "Museum of Art have since removed the Sackler name from their walls. Goldin, "
        "who became addicted to OxyContin after surgery, founded her campaign group in"
        " 2017.",
        "protest",
    ),
    (
        "Activists march wooden horse into British Museum over BP sponsorship",
        "Hundreds of climate activists marched through the British Museum on Sunday, "
        "pulling a giant wooden Trojan horse into the courtyard to protest against the"
        " oil company BP's sponsorship of an exhibition on Troy. The protesters, many "
        "dressed as ancient Greeks, held banners and staged performances in the Great "
        "Court while visitors watched. The group said it would keep the horse in the "
        "courtyard for as long as possible, and some of its members slept inside it "
        "overnight. The museum allowed the protest to go ahead and said it had a duty "
        "to raise money for its exhibitions. Security staff asked the activists to "
        "remove the horse on Monday morning, and they left without incident. BP has "
        "sponsored exhibitions at the museum for years, but the partnership ended in "
        "2023. The Troy exhibition featured objects lent by museums in several "
        "countries. The activists said they would keep up their campaign against "
        "fossil fuel sponsorship of culture.",
        "protest",
    ),
    (
        "Preah Vihear reopens to visitors as Thailand-Cambodia ceasefire holds",
        "Cambodia reopened the temple of Preah Vihear to tourists on Monday, a month "
        "after a ceasefire ended five days of fighting along its border with Thailand,"
        " officials said. Dozens of visitors climbed the stone stairway to the "
        "cliff-top temple on the first day, some of them Cambodian families who had "
        "fled their homes in July. Workers had cleared debris and repaired a damaged "
        "stairway in recent weeks, the culture ministry said, while experts from "
        "UNESCO are due to carry out a full assessment. Troops from both sides remain "
        "along the border, and the two governments have agreed to let observers from "
        "Malaysia, which brokered the ceasefire, monitor the line. The temple, which "
        "stands on land awarded to Cambodia by the International Court of Justice, has"
        ' long been a symbol of national pride. "We came to pray for peace," said one '
        "woman from Siem Reap. Tour operators said it would take time for foreign "
        "tourists to return. Both countries have committed to resolving the dispute "
        "through talks.",
        "peace",
    ),
    (
        "Former FARC fighters guide tourists to Colombia's Lost City",
        "Former guerrillas of the Revolutionary Armed Forces of Colombia (FARC) are "
        "working as guides on the trail to Ciudad Perdida, the pre-Columbian Lost City"
        " in the Sierra Nevada de Santa Marta, under a programme backed by the 2016 "
        "peace agreement. The four-day trek through the jungle, which was off-limits "
        "to most tourists for decades because of armed groups, now draws thousands of "
        "visitors a year. The former fighters, who laid down their weapons under the "
        "accord, trained for a year in first aid, history and languages. Indigenous "
        "Kogui and Arhuaco leaders, who regard the terraced site as sacred, have "
        "agreed to the programme on condition that visitors respect certain rules. "
        '"Before, I walked these mountains with a rifle. Now I walk them with a '
        'backpack and a group of Germans," one guide said. The programme is part of '
        "efforts to reintegrate some 13,000 former combatants. Critics say the "
        "government has been slow to deliver on its promises to the region.",
        "peace",
    ),
    (
        "Tigray's Aksum welcomes pilgrims again after peace deal",
        "Thousands of pilgrims gathered in the northern Ethiopian city of Aksum on "
        "Wednesday for the festival of St Mary of Zion, the first time the celebration"
        " has been held in full since a peace agreement ended the war in the Tigray "
        "region. Worshippers in white shawls filled the square in front of the church,"
        " which Ethiopian Orthodox tradition says holds the Ark of the Covenant. "
        "Flights to Aksum resumed earlier this year, and banks and phone services have"
        " been restored. Hotel owners said they were fully booked for the first time "
        "in three years. The city's famous stelae, ancient granite obelisks, are "
        "intact, but several monasteries in the region were damaged during the war, "
        "heritage experts said. The peace deal signed in Pretoria in November 2022 "
        "between the federal government and Tigrayan forces has largely held. Priests "
        "led prayers for the dead and for reconciliation. Officials hope tourism will "
        "help revive the local economy.",
        "peace",
    ),
    (
        "Sunak cancels meeting with Greek PM in row over Parthenon marbles",
        "British Prime Minister Rishi Sunak cancelled a meeting with his Greek "
        "counterpart Kyriakos Mitsotakis on Tuesday, in an escalating row over the "
        "Parthenon marbles held by the British Museum. Downing Street said it had been"
        " annoyed by comments from Mitsotakis in a television interview on Sunday, in "
        "which he compared keeping the sculptures in London to cutting the Mona Lisa "
        "in half. Mitsotakis said he was deeply disappointed. The marbles, removed "
        "from the Acropolis by Lord Elgin in the early 19th century, have been at the "
        "heart of a decades-long battle between Athens and London. Greece says they "
        "were taken illegally, while the British Museum says they were acquired "
        'legally. The museum\'s chairman had been discussing a possible "partnership" '
        'with Greece. The opposition Labour leader accused Sunak of a "petty" attack '
        "on an ally. Polls suggest a majority of the British public supports returning"
        " the sculptures.",
        "politics",
    ),
    (
        'White House orders review of Smithsonian exhibitions in war on "divisive" history',
        "The White House has ordered a review of the Smithsonian Institution's "
        "museums, exhibitions and educational materials, saying it wants to remove "
        'what the president called "divisive, race-centered ideology" from the '
        "nation's museums. The review, announced in a letter to the Smithsonian's "
        "secretary, will examine exhibit texts, websites and planned shows at eight "
        "museums, including the National Museum of American History and the National "
        "Museum of African American History and Culture. Officials gave the museums "
        "120 days to make changes. Critics described the move as an attack on academic"
        " freedom and the latest front in a culture war over how America tells its "
        "history. Supporters said the museums had strayed from their role of "
        "celebrating the country. The Smithsonian, founded in 1846, is largely funded "
        "by Congress but governed by its own board of regents. Historians said it was "
        "the most direct intervention in the institution's exhibitions in decades.",
        "politics",
    ),
    (
        "Ukraine and Russia trade accusations at UNESCO over Crimean museum collections",
        "Ukraine's delegation accused Russia at a meeting of UNESCO's executive board "
        "in Paris on Thursday of illegally moving thousands of objects from museums in"
        " occupied Crimea to Russian institutions, while Russian diplomats said the "
        "objects were being protected and studied. Ukraine's culture minister told the"
        " board that Russian authorities had carried out unauthorised excavations at "
        "the ancient city of Chersonesus and in the Khan's palace in Bakhchisaray, "
        "where restoration work had damaged the original structures. The Russian "
        'ambassador called the allegations "propaganda". A resolution asking UNESCO to'
        " monitor the heritage of the peninsula was adopted by a majority of members, "
        "with several countries abstaining. The debate comes as a Dutch court ordered "
        "the return of Scythian gold objects lent by Crimean museums in 2014 to "
        "Ukraine rather than to Crimea. Ukrainian officials said they would pursue "
        "legal action over the Crimean collections after the war.",
        "politics",
    ),
    (
        "Auction houses cut fees in price war as art market slumps",
        "Sotheby's and Christie's are cutting the fees they charge buyers and sellers "
        "as the art market slows, in what dealers describe as a price war between the "
        "two biggest auction houses. Sotheby's said it would reduce its buyer's "
        "premium on items up to $1 million, while Christie's has offered sellers "
        "guarantees and lower commissions to win consignments of major collections. "
        "Global auction sales fell by more than a quarter last year, according to an "
        "industry report, as high interest rates and economic uncertainty kept wealthy"
        " buyers away. Sales of antiquities and old masters held up better than "
        "contemporary art. Analysts said the fee cuts would squeeze margins at both "
        'companies, which are privately owned. "They are fighting over a shrinking '
        'pie," one London dealer said. Smaller auction houses have complained that '
        "they cannot compete. The autumn sales in New York will be a test of whether "
        "the market is recovering.",
        "economy",
    ),
    (
        "Grand Egyptian Museum expected to double tourism revenue",
        "Egypt expects the opening of the Grand Egyptian Museum near the pyramids of "
        "Giza to help double its tourism revenue within five years, the tourism "
        "minister said on Sunday, as hotels in Cairo reported a rise in bookings. The "
        "museum, which cost more than $1 billion and was delayed for years, houses "
        "more than 50,000 objects, including the complete collection of Tutankhamun's "
        "tomb. Officials expect up to five million visitors a year. Tourism is one of "
        "Egypt's main sources of foreign currency, and the economy has been hit by "
        "inflation, a devaluation of the pound and a fall in Suez Canal revenue since "
        "2023. Investors are building hotels, and Sphinx International airport west of"
        " Cairo has been expanded. Economists said the museum alone would not solve "
        "the country's currency problems. Ticket prices for foreigners have been set "
        "at about $25. The government plans to sell stakes in state-owned hotels to "
        "raise money.",
        "economy",
    ),
    (
        "Museums across Europe reopen after months of pandemic closures",
        "Museums in Italy, Spain and Belgium reopened their doors on Monday after "
        "months of closures to contain the coronavirus pandemic, with visitors "
        "required to book in advance, wear masks and keep their distance. In Rome, the"
        " Vatican Museums welcomed their first visitors since November, and staff said"
        " the Sistine Chapel had rarely been so quiet. In Madrid, the Prado limited "
        "entry to a third of its normal capacity. Many museums said they had lost most"
        " of their income from tickets and that jobs were at risk. Infection rates "
        "have fallen in several countries as vaccination campaigns speed up, allowing "
        "governments to ease restrictions. In France, museums remain shut until later "
        "in the month. Some visitors said they were moved to see the paintings again. "
        "Curators said they hoped the pandemic would encourage museums to rethink "
        "their reliance on mass tourism.",
        "health",
    ),
    (
        "Olympic flame lit at ancient Olympia for Paris Games",
        "The Olympic flame for the Paris Games was lit on Tuesday at ancient Olympia, "
        "in a ceremony in the ruins of the temple of Hera, using the sun's rays and a "
        "curved mirror, as tradition demands. An actress playing a high priestess lit "
        "the torch, which was handed to the first runner, a Greek Olympic rowing "
        "champion. The flame will travel across Greece before being handed over to the"
        " Paris organisers in Athens and carried to Marseille on a 19th-century "
        "sailing ship. Clouds had threatened to disrupt the ceremony, and organisers "
        "used a flame lit at the dress rehearsal as a backup. The president of the "
        "International Olympic Committee said the Games were a sign of unity in a "
        "divided world. About 10,000 runners will carry the torch through France. The "
        "Games open in Paris in July. Security in the ancient site was tight.",
        "sport",
    ),
    (
        "Fencers battle beneath the glass roof of the Grand Palais",
        "Olympic fencers fought for medals beneath the glass dome of the Grand Palais "
        "in Paris on Saturday, as the newly restored 1900 exhibition hall made its "
        "debut as a sports venue. The building, which reopened after a four-year "
        "renovation, hosted the sabre and épée events in front of a crowd of 8,000 "
        "that included the French president. Hungary's defending champion attacked "
        "relentlessly in the final to win the men's sabre, while a Japanese fencer "
        "defended her title in the women's épée in a thrilling bout. The venue also "
        "hosted fencing at the 1900 Games. Organisers said the building's historic "
        "setting had given the sport a new audience. The renovation restored the iron "
        "structure and its steel and glass roof. The taekwondo competition will follow"
        " in the second week of the Games.",
        "sport",
    ),
    (
        "UNESCO adds Gaza monastery and new sites to World Heritage list",
        "UNESCO's World Heritage Committee added new sites to its list at its annual "
        "meeting on Friday, including the ancient Saint Hilarion monastery in Gaza, "
        "which it inscribed both on the main list and on the list of sites in danger. "
        "The monastery, founded in the fourth century, is one of the oldest in the "
        "Middle East. The committee, meeting in New Delhi, also inscribed a Neolithic "
        "site in northern Europe, a royal palace complex in West Africa, and "
        "traditional rice terraces in South-East Asia. The inscription of the "
        "monastery followed an emergency procedure requested by the Palestinian "
        "authorities, and the committee's decision noted the threats to the site. "
        "Israel is not a member of UNESCO. Other new entries include a Bronze Age "
        "cemetery in Central Asia and a colonial-era port town in South America. The "
        "committee will also review the state of conservation of sites that are "
        "already on the list.",
        "other",
    ),
    (
        "Roman mosaic of Trojan War found under Rutland farm",
        "A Roman mosaic showing scenes from the Trojan War has been found under a "
        "farmer's field in Rutland, the first of its kind discovered in Britain, "
        "archaeologists said. The mosaic, which shows the Greek hero Achilles fighting"
        " Hector and dragging his body behind a chariot, formed the floor of a large "
        "dining room in a villa. It was discovered by the son of the landowner, who "
        "noticed pieces of pottery while walking his dog during the coronavirus "
        "lockdown. Archaeologists from the University of Leicester then excavated the "
        "site. The mosaic dates to the third or fourth century AD. The site has been "
        "given legal protection, and the government's heritage body said it was one of"
        " the most exciting Roman discoveries in recent years. The field will be "
        "covered up again to protect the mosaic, but plans are being developed to "
        "allow the public to visit.",
        "other",
    ),
    (
        "Cave painting in Sulawesi is the world's oldest known figurative art",
        "A painting of a pig and three human-like figures on the wall of a cave in "
        "Indonesia's Sulawesi island is at least 51,200 years old, the oldest known "
        "example of figurative art in the world, scientists said on Wednesday. The "
        "researchers used a new laser-based technique to date the mineral crusts that "
        "formed over the painting. The result pushes back the date of the earliest "
        "figurative art by thousands of years and suggests that storytelling by modern"
        " humans began earlier than previously thought. The painting, in red pigment, "
        "shows the figures apparently interacting with the pig. The research was "
        "published in the journal Nature by a team from Australia and Indonesia. Many "
        "cave paintings in the region are flaking off as a result of weathering, and "
        "the scientists warned that they could be lost. The team has found other "
        "paintings in the area.",
        "other",
    ),
    (
        "Vatican opens digitised archives of wartime pope to researchers",
        "The Vatican has begun putting online thousands of documents from the archives"
        " of Pope Pius XII, whose response to the Holocaust has been debated by "
        "historians for decades, officials said. The archive, opened to researchers in"
        " 2020, holds millions of pages, including letters from Jewish families asking"
        " the pope for help during the Second World War. A first batch of digitised "
        "files, from the Secretariat of State, can now be consulted online, and more "
        "will follow. Scholars said access from abroad would speed up research that "
        "has been slowed by the pandemic and by the size of the collection. The "
        "Vatican said it wanted to be transparent about its history. Some historians "
        "have argued that the pope did too little to speak out against the Nazis, "
        "while others say he worked quietly to save Jews. The documents have already "
        "been cited in several new books.",
        "other",
    ),
]
