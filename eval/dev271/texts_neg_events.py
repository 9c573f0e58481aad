"""dev271 negatives, part 3: festivals and fairs meeting boycotts and vigils, crimes and trials,
peace and prisoner exchanges, floods, quakes, fires and epidemics on the books desk.

NEGATIVES = [(title, text, kind code), ...]; codes in eval/conflictset/__init__.py.
"""

NEGATIVES = [
    (
        "Authors pull out of Edinburgh book festival in sponsor boycott",
        "More than 50 authors have withdrawn from next month's Edinburgh International Book "
        "Festival in protest at its sponsorship by an investment firm with holdings in fossil "
        "fuel companies and defence contractors, campaigners said on Wednesday. The boycott, "
        "organised by a group called Fossil Free Books, follows similar withdrawals from the Hay "
        "festival in May. Several of those pulling out said they objected to links with companies "
        "that supply weapons used in the war in Gaza. The festival's director said she "
        "respected their decision but that losing sponsors would mean fewer free events for "
        "schools. The firm said its exposure to the sectors in question was small. A group of "
        "authors who are staying have signed a counter-letter warning that the boycott puts "
        "literary culture at risk. About 550 events are planned, and ticket sales are in line "
        "with last year.",
        "protest",
    ),
    (
        "Translators march in Paris for a fair share of royalties",
        "Several hundred literary translators marched from Saint-Germain-des-Prés to the culture "
        "ministry in Paris on Saturday, demanding a minimum rate per page and a share of "
        "royalties on the books they translate. Banners read 'No translator, no Tolstoy' and "
        "'We are not machines'. The march, organised by the Association des traducteurs "
        "littéraires de France, was the first of its kind, according to its organisers. "
        "Translators say their rates have barely risen in 20 years, while publishers "
        "increasingly ask them to revise machine translations for less money. A delegation was "
        "received by an adviser to the minister, who promised a working group. Publishers' "
        "representatives said the sector's margins were thin. The march ended peacefully with a "
        "public reading of a page from Proust in 14 languages. A similar protest is planned in "
        "Madrid next month.",
        "protest",
    ),
    (
        "Writers hold silent vigil outside Algerian embassy for jailed novelist",
        "About 200 writers, publishers and readers stood in silence for an hour outside the "
        "Algerian embassy in Paris on Thursday evening to demand the release of a Franco-"
        "Algerian novelist held in Algiers since November. Many carried copies of his books, "
        "and the vigil ended with readings by actors from the Comédie-Française. The novelist, "
        "80, was arrested on arrival at Algiers airport and charged with undermining national "
        "unity over remarks he made in an interview with a French magazine. His French "
        "publisher said he was being treated for cancer in a prison hospital. The organisers "
        "read out messages of support from writers in 30 countries, including several Nobel "
        "laureates. Police said the gathering had passed without incident. The Algerian "
        "government has said the case is a matter for its courts.",
        "protest",
    ),
    (
        "Belarusian poet ends 21-day hunger strike in exile",
        "The Belarusian poet Anatol Kalinouski ended a 21-day hunger strike in Vilnius on "
        "Monday, saying he had succeeded in drawing attention to the more than 30 writers he "
        "says are held in Belarusian prisons. Kalinouski, 58, who fled Minsk in 2021, had "
        "camped in a tent outside the Lithuanian parliament with a sign reading 'Read them'. "
        "He lost 11 kilograms and was examined daily by a doctor. The European Parliament "
        "passed a resolution last week calling for the release of political prisoners in "
        "Belarus, including several poets and the head of a banned publishing house. 'Hunger is "
        "my last form of literature,' he wrote in a final post before breaking the fast with "
        "soup prepared by friends. The Belarusian PEN centre, which operates from exile, said "
        "the number of imprisoned cultural figures was at a record.",
        "protest",
    ),
    (
        "Librarians occupy Buenos Aires reading room over closure plan",
        "Staff of a historic public library in Buenos Aires have occupied its main reading room "
        "since Monday to protest against a plan to close it as part of federal spending cuts, "
        "union leaders said. About 40 librarians and volunteers are sleeping among the shelves "
        "and holding readings for the public in the afternoons. The government says the "
        "building needs costly repairs and that its collection of 120,000 volumes will be moved "
        "to the National Library. Writers including several winners of the Premio Clarín have "
        "joined the sit-in for evening sessions. Residents of the neighbourhood formed a human "
        "chain around the building on Wednesday. 'They can cut our salaries, but they cannot "
        "cut Borges,' one librarian said. The culture secretariat said it was open to "
        "dialogue. The occupation has been peaceful, and police have not intervened.",
        "protest",
    ),
    (
        "Thieves abseil into London warehouse and steal rare books worth £2.5m",
        "Thieves cut holes in the roof of a warehouse near Heathrow and abseiled down to steal "
        "more than 160 rare books worth £2.5m, the Metropolitan Police said. The books, which "
        "included first editions of Copernicus and Galileo and a 1566 copy of De revolutionibus, "
        "were being stored in transit on their way to an antiquarian book fair in California. "
        "The raiders avoided motion sensors by climbing down cables from skylights. Detectives "
        "believe the theft was commissioned by a collector and that the books will be "
        "impossible to sell on the open market. Three men from Romania have since been arrested "
        "in a joint operation with Europol, and some of the books were recovered buried beneath "
        "a house in the countryside. The dealers whose stock was stolen said they were relieved "
        "but that several volumes remained missing.",
        "crime",
    ),
    (
        "Bookseller stabbed during robbery at a shop in Lyon",
        "A bookseller was seriously wounded in a knife attack during a robbery at his shop in "
        "Lyon's Croix-Rousse district on Tuesday afternoon, police said. The man, 62, was "
        "stabbed twice in the abdomen when he tried to stop a thief from taking the till, "
        "according to a witness. He was taken to the Édouard-Herriot hospital and his life is "
        "not in danger. The suspect, a man in his twenties known to police for theft, was "
        "arrested an hour later near the metro. Prosecutors opened an inquiry for attempted "
        "murder and armed robbery. Neighbouring shopkeepers said the bookshop had been a fixture "
        "of the hill for three decades. Dozens of customers left flowers and notes at the door. "
        "'He used to lend books to students who could not afford them,' one regular said.",
        "crime",
    ),
    (
        "Dhaka court sentences eight Islamists over 2015 killing of publisher",
        "A special anti-terrorism tribunal in Dhaka has sentenced eight members of a banned "
        "Islamist group to death for the 2015 killing of a publisher who brought out the books "
        "of a murdered secular blogger. The publisher was hacked to death in his office in "
        "Shahbagh's Aziz Super Market in October 2015, one of a series of attacks on secular "
        "writers and publishers claimed by al-Qaeda's affiliate in the subcontinent. Six of "
        "the convicts were in the dock; two, including a former army major, remain at large. "
        "The publisher's father, a professor, said he had no interest in the verdict and wanted "
        "only an end to the hatred that killed his son. Defence lawyers said they would appeal. "
        "The book market in Shahbagh, once a hub of freethinking publishing, has become far "
        "quieter since the killings. The trial lasted more than five years.",
        "crime",
    ),
    (
        "Crime novelist under police protection after death threats",
        "The Italian crime novelist Federica Amodeo has been placed under police protection "
        "after receiving death threats linked to her latest book, which depicts a Camorra clan "
        "in Naples, her publisher said. The threats, sent by letter and through social media, "
        "referred to her children by name. Prosecutors in Naples have opened an investigation. "
        "Amodeo, 44, is a former journalist who covered organised crime for a decade. Her "
        "novel, The Quarter, has sold 150,000 copies in Italy since January. She will continue "
        "to attend festivals with an escort, including the Mantova literature festival next "
        "month. Fellow crime writers in Naples and Rome signed an open letter of "
        "support. 'I wrote fiction, but they read it as a report,' Amodeo said in a brief "
        "statement.",
        "crime",
    ),
    (
        "Johannesburg man convicted of murdering poet in a carjacking",
        "A man was convicted on Friday of murdering the South African poet Lindiwe Mabaso during "
        "a carjacking outside her home in Soweto last year. The High Court in Johannesburg heard "
        "that Mabaso, 39, was shot as she tried to hand over her car keys to two men who had "
        "followed her from a literary event in Braamfontein. The second suspect died in a "
        "police shootout weeks later. Mabaso, whose collection Township Hymns won the Ingrid "
        "Jonker prize, was one of the country's most popular performance poets. Her family "
        "wept as the verdict was read. The judge said the killing had been 'brutal and "
        "senseless'. South Africa recorded more than 27,000 murders in the last financial "
        "year, according to police statistics. Sentencing is set for next month.",
        "crime",
    ),
    (
        "Hay Festival Cartagena celebrates the peace accord's literature",
        "The Hay Festival in Cartagena opened on Thursday with a programme dedicated to the books "
        "that have grown out of Colombia's 2016 peace agreement with the FARC, including memoirs "
        "by former guerrillas and the final report of the Truth Commission. Former combatants "
        "who now run a publishing cooperative in Meta presented an anthology of stories written "
        "in the reintegration camps. Several victims' associations also took part in a panel on "
        "memory and reconciliation. The festival's director said literature had become 'one of "
        "the places where the peace is being built'. The peace agreement's implementation remains "
        "slow, and panellists spoke of the challenge of keeping rural communities engaged. "
        "About 60,000 people are expected over four days. Authors from Spain, Mexico and "
        "Britain are also on the programme.",
        "peace",
    ),
    (
        "Eritrean books cross the border again as Ethiopia and Eritrea make peace",
        "For the first time in twenty years, Eritrean publishers have brought their books to a "
        "fair in Addis Ababa, weeks after the two countries signed a peace declaration ending "
        "a long state of war. Tigrinya-language novels and poetry collections were sold out by "
        "lunchtime on Saturday, organisers said. The border crossing at Zalambessa reopened "
        "in September, and families separated since the war of 1998 to 2000 have been reunited. "
        "'We have been reading each other only in smuggled photocopies,' said an Ethiopian "
        "poet who bought a dozen books. Booksellers from Asmara said they hoped to open a shop "
        "in the Ethiopian capital next year. The two governments have restored flights, phone "
        "lines and embassies. Officials from both countries attended the fair's opening.",
        "peace",
    ),
    (
        "Ukrainian writer freed in prisoner exchange returns to Kyiv",
        "The Ukrainian children's author Vladyslav Koval, who was held by Russia for more than "
        "two years, returned to Kyiv on Wednesday after being freed in a prisoner exchange "
        "brokered by the United Arab Emirates. Koval, 43, had been detained at a checkpoint in "
        "occupied Kherson region in 2022. Under the agreement, 95 Ukrainians and the same number "
        "of Russians were exchanged on the border with Belarus. Koval, visibly thin, was met by "
        "his wife and his publisher, who handed him copies of a book released while he was in "
        "captivity. PEN Ukraine said at least 16 other writers and journalists remain in "
        "Russian custody. Koval said he had composed stories in his head during his detention "
        "and would now write them down. A reading in his honour is planned at the Book Arsenal "
        "festival in June.",
        "peace",
    ),
    (
        "Floods wreck libraries and bookshops around Valencia",
        "Dozens of libraries and bookshops in towns south of Valencia have lost their entire "
        "stock in the flash floods that killed more than 200 people in the region, the Spanish "
        "booksellers' federation said. In Paiporta, where the Poyo ravine burst its banks, the "
        "municipal library was filled with mud to the ceiling. Volunteers have been carrying "
        "sodden books into the street to dry them, though most will have to be pulped. "
        "Publishers in Madrid and Barcelona have pledged to replace stock free of charge, and a "
        "campaign called 'Books for the Horta' has collected more than 40,000 donated "
        "volumes. The army has deployed thousands of troops to clear roads and search for the "
        "missing. 'We lost everything except the children's picture books on the top shelf,' "
        "said one bookseller in Catarroja. Regional authorities estimate the damage at several "
        "billion euros.",
        "disaster",
    ),
    (
        "Antakya's writers count what the earthquake took",
        "Three weeks after the earthquakes that killed more than 50,000 people in southern Turkey "
        "and northern Syria, the poets and booksellers of Antakya are living in tents and "
        "containers on the edge of their flattened city. The poet Mehmet Yıldız, 61, lost his "
        "house, his library of 8,000 books and two cousins. 'I had a poem about the old city on "
        "my desk,' he said. 'The old city is gone, the desk is gone.' A bookshop on Kurtuluş "
        "Street that had operated since 1952 collapsed, killing its owner. Publishers in "
        "Istanbul have organised book drives for children in the tent camps. The government "
        "says about 1.5m people have been left homeless in the region. Writers from Hatay say "
        "they fear the city's multilingual literary culture, of Arabic, Turkish and Armenian, "
        "will not survive the displacement.",
        "disaster",
    ),
    (
        "Derna's only bookshop swept away as storm floods the Libyan city",
        "The only bookshop in the Libyan city of Derna was swept away with its owner and his "
        "son when two dams burst during Storm Daniel, relatives said, as the death toll in the "
        "city rose into the thousands. The shop, near the wadi that runs through the centre, "
        "had been a meeting place for the city's poets for four decades. Libyan writers in "
        "Tripoli and Benghazi have begun collecting books to rebuild a library for the "
        "survivors. The UN says more than 40,000 people have been displaced in the north-east "
        "by the floods. Rescue teams from Egypt, Turkey and Italy are still searching for bodies "
        "along the coast. 'Derna was the city of culture in Libya,' said a novelist from the "
        "city who now lives in Benghazi. 'Now it is the city of mourning.' Much of its old "
        "quarter was destroyed.",
        "disaster",
    ),
    (
        "Warehouse fire destroys print run of Chennai's Tamil classics series",
        "A fire at a printing warehouse on the outskirts of Chennai destroyed more than 300,000 "
        "copies of books overnight, including the entire print run of a new series of Tamil "
        "classics due for release at the Chennai Book Fair, the publisher said. Fire officials "
        "said the blaze, which took 14 fire engines six hours to control, was probably caused "
        "by an electrical short circuit. No one was hurt, but two neighbouring godowns were "
        "damaged. The publisher estimated its losses at about ₹18 crore. 'Thiruvalluvar has "
        "survived two thousand years; he will survive this,' the managing director said. The "
        "series will be reprinted in time for the fair in January, though several other titles "
        "will be delayed. Police have registered a case and are examining the building's fire "
        "safety clearances.",
        "accident",
    ),
    (
        "Bus carrying writers to a literature festival crashes in Himachal",
        "Seven people, including two poets, were killed when a bus carrying writers to a "
        "literature festival in the hills of Himachal Pradesh plunged into a gorge near Mandi "
        "on Saturday, police said. Another 18 passengers were injured and taken to hospital. The "
        "driver is believed to have lost control on a sharp bend after heavy rain. The bus had "
        "left Chandigarh that morning with about 30 authors, translators and students bound for "
        "the festival. Organisers cancelled the opening day and held a condolence meeting "
        "instead. Among the dead was a Punjabi poet in her sixties whose collection of songs of "
        "migration had recently been translated into English. The state government announced "
        "compensation for the victims' families. Road safety campaigners said the stretch had "
        "seen several accidents this year.",
        "accident",
    ),
    (
        "Frankfurt Book Fair cancels its halls as Covid cases surge",
        "The Frankfurt Book Fair has cancelled all physical exhibitions in its halls for this "
        "year's edition because of rising coronavirus infections in Germany, and will move "
        "most events online, its director said on Tuesday. A few readings and the Peace Prize "
        "of the German Book Trade ceremony will go ahead in the city with limited audiences. "
        "Exhibitors had already cut their numbers after many countries imposed travel "
        "restrictions. 'It was a battle we could not win against the virus,' the director said. "
        "The fair, the largest of its kind in the world, normally draws about 300,000 visitors. "
        "Publishers said rights deals would continue by video call, as they had since the "
        "spring. The London Book Fair and the Bologna children's fair were cancelled earlier in "
        "the year.",
        "health",
    ),
    (
        "Mpox outbreak delays Kinshasa's book fair and school reading drive",
        "Organisers of the Kinshasa book fair have postponed this year's edition by three months "
        "after health authorities restricted large gatherings to slow the spread of mpox, the "
        "Congolese culture ministry said. The fair, which attracts tens of thousands of pupils, "
        "had been due to launch a national reading campaign. The health ministry says it has "
        "recorded more than 20,000 suspected cases this year, most of them in children, and "
        "vaccination began last week in the capital. Publishers said they had already printed "
        "50,000 books for distribution to schools, which will now go out through the "
        "provinces' education offices. The World Health Organization has declared the outbreak "
        "a public health emergency of international concern. 'We will not let the virus take "
        "the books from the children,' a ministry official said.",
        "health",
    ),
]
