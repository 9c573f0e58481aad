"""dev271 negatives, part 2: publishing news (price wars, takeover battles, the audiobook
war), banned books and censorship fights, prizes, and the military's reading lists.

NEGATIVES = [(title, text, kind code), ...]; codes in eval/conflictset/__init__.py.
"""

NEGATIVES = [
    (
        "Booksellers brace for a Christmas price war as supermarkets slash hardbacks",
        "Independent booksellers in Britain are bracing for the most aggressive Christmas price "
        "war in a decade after two supermarket chains and Amazon began selling the season's "
        "biggest hardbacks at less than half their cover price. The new Richard Osman was on sale "
        "for £8 on Monday, against a recommended price of £22, and celebrity memoirs were "
        "discounted even more steeply. 'We cannot fight that battle on price, so we fight it on "
        "service,' said the owner of a bookshop in Hebden Bridge. The Booksellers Association "
        "said its members had enjoyed a strong year, with 1,093 independent shops now trading, "
        "the highest number since 2013. But margins were being squeezed by rising energy bills "
        "and business rates. Publishers said deep discounting on a handful of titles did not "
        "reflect the wider market. Analysts at Nielsen expect total print sales for the year to "
        "be roughly flat at around 190m copies.",
        "economy",
    ),
    (
        "Judge blocks Penguin Random House takeover of Simon & Schuster",
        "A federal judge in Washington has blocked Penguin Random House's $2.2bn takeover of "
        "Simon & Schuster, handing the US Justice Department a significant victory in its battle "
        "against consolidation in publishing. The government had argued that the merger would "
        "give the combined company too much power over advances paid to the authors of "
        "anticipated bestsellers. Stephen King testified for the prosecution during the trial, "
        "telling the court that it was getting 'tougher and tougher' for writers to make a "
        "living. Penguin Random House, owned by the German group Bertelsmann, said it would "
        "appeal. Simon & Schuster's parent company said it still intended to sell the "
        "publisher. Literary agents welcomed the ruling, saying it protected competition for "
        "their clients' books. The Authors Guild called it 'a win for writers and readers'. "
        "Shares in Paramount, the parent, fell in after-hours trading.",
        "economy",
    ),
    (
        "Bolloré wins the battle for Hachette as the Lagardère takeover closes",
        "Vivendi, the media group controlled by the Bolloré family, has completed its takeover "
        "of Lagardère, bringing Hachette Livre, the world's third-largest publisher, under its "
        "control after an 18-month campaign that French newspapers called a siege. The deal "
        "required Vivendi to sell Editis, France's second-largest publisher, to satisfy "
        "European competition authorities. Authors at Grasset and Fayard, both Hachette "
        "imprints, have publicly worried about editorial independence, and several have left for "
        "rival houses. 'This is not a merger, it is a conquest,' one prize-winning novelist wrote "
        "in Le Monde. Vivendi says it will respect the independence of the imprints. Hachette "
        "publishes about 15,000 new titles a year in France, Britain and the United States. "
        "Shares in Vivendi rose 2% in Paris on the news.",
        "economy",
    ),
    (
        "Spotify's audiobook push opens a new front in the war with Audible",
        "Spotify will offer 15 hours of audiobook listening a month to its premium subscribers in "
        "Britain and Australia from Tuesday, escalating its battle with Amazon's Audible for the "
        "fastest-growing part of the books market. The company said more than 200,000 titles "
        "would be available, including recent bestsellers from all five big publishers. Audible "
        "responded by cutting the price of its basic plan for new members. Publishers are "
        "cautiously welcoming the competition, having complained for years about Audible's "
        "dominance and its terms. Authors' groups, however, want clarity on how royalties will "
        "be calculated on time-limited listening. Audiobook sales in the UK rose 24% last year "
        "to £268m, according to the Publishers Association. 'The audiobook wars are good for "
        "listeners in the short term,' said a media analyst at Enders. 'Whether they are good "
        "for authors is another question.'",
        "economy",
    ),
    (
        "Paper shortage forces Indian publishers to ration print runs",
        "Publishers in India are cutting print runs and delaying new titles as the price of "
        "paper has nearly doubled in a year, industry bodies said on Wednesday. The Federation of "
        "Indian Publishers said the cost of a tonne of maplitho paper had risen to about "
        "₹110,000, driven by high pulp prices and a surge in demand for packaging. Several "
        "Delhi and Kolkata houses have postponed their autumn lists, and school textbook "
        "publishers warned that some states might not receive books in time for the new term. "
        "'We are fighting a war on two fronts, costs and piracy,' said the head of a "
        "Malayalam-language publishing house in Kochi. Some authors have agreed to launch in "
        "ebook first. The federation has asked the government to cut import duties on pulp. The "
        "World Book Fair in New Delhi next February is expected to go ahead as planned.",
        "economy",
    ),
    (
        "Amazon and Hachette end their bitter e-book standoff",
        "Amazon and Hachette have signed a multi-year agreement on e-book and print sales, ending "
        "a seven-month dispute in which the retailer delayed shipments of Hachette titles and "
        "removed pre-order buttons for books by authors including J K Rowling's pseudonym "
        "Robert Galbraith. Under the deal, Hachette will set the prices of its own e-books, "
        "with unspecified incentives for lower prices. More than 900 authors had signed an "
        "open letter accusing Amazon of using writers as hostages in a commercial battle. "
        "Amazon had argued that e-books were too expensive and that lower prices would sell "
        "more copies. Hachette's chief executive said the agreement was 'great for writers'. "
        "Analysts said the terms suggested a truce rather than a victory for either side. "
        "Shares in Amazon were little changed on Thursday. Other publishers' contracts with the "
        "retailer come up for renewal next year.",
        "economy",
    ),
    (
        "Florida school district removes 1,600 titles as the book wars intensify",
        "A school district in central Florida has removed more than 1,600 books from its library "
        "shelves to comply with a state law restricting sexual content, in what free expression "
        "groups call the largest single purge of the so-called book wars. The titles include "
        "novels by Toni Morrison, Margaret Atwood and Khaled Hosseini, as well as dictionaries "
        "and several editions of the Bible, which were later returned. District officials said "
        "they were following guidance and that the books could be requested by parents. PEN "
        "America said it had recorded more than 10,000 instances of books banned in US public "
        "schools in the last school year. Teachers said they had been told to cover classroom "
        "bookshelves with paper until the reviews were complete. 'It is a war on reading,' said "
        "a librarian who resigned in protest. The state's education department said the law "
        "protected children.",
        "politics",
    ),
    (
        "Budapest bookshop fined over graphic novel under Hungary's child protection law",
        "Hungarian authorities have fined one of Budapest's largest bookshop chains 12m forints "
        "for displaying a graphic novel with a gay storyline without wrapping it in plastic, "
        "under a law that bans the depiction of homosexuality to minors. The consumer protection "
        "office said the book, a bestseller translated from English, should have been sold in a "
        "closed package and kept away from the children's section. The chain said it would "
        "appeal and called the law an attack on freedom of expression. The European Commission "
        "has taken Hungary to the EU's Court of Justice over the legislation, which the "
        "government of Viktor Orbán says protects children. Bookshops across the capital have "
        "since begun shrink-wrapping titles by authors from Oscar Wilde to Sally Rooney. "
        "Hungarian writers described the fine as a new front in the government's culture "
        "war.",
        "politics",
    ),
    (
        "Russia brands exiled novelist a foreign agent and pulls her books",
        "Russia's justice ministry has added the exiled novelist Lyudmila Orlova to its register "
        "of 'foreign agents', and the country's largest bookshop chain removed her novels from "
        "sale within hours. Orlova, 66, left Moscow for Berlin in 2022 after speaking out "
        "against the invasion of Ukraine. Under the law, her books must now carry a label and "
        "cannot be sold to minors. Her publisher, AST, said it was reviewing its contracts with "
        "her. The ministry accused her of spreading 'false information about the actions of the "
        "armed forces'. More than a dozen writers, including some of Russia's best-selling "
        "authors, have been added to the register since the war began. 'I write about old women "
        "in provincial towns, that is my sedition,' Orlova said in a statement. Her books remain "
        "available in Russian from publishers in Riga and Tel Aviv.",
        "politics",
    ),
    (
        "Hong Kong public libraries quietly withdraw dozens of political titles",
        "Hong Kong's public libraries have withdrawn at least 29 books on democracy, the 2019 "
        "protests and the Tiananmen crackdown from their shelves in the past year, according to "
        "a review of the catalogue by a local newspaper. The Leisure and Cultural Services "
        "Department said it was checking books to ensure they did not breach the national "
        "security law. Titles by pro-democracy activists now in prison or in exile have "
        "disappeared from the online catalogue. Independent bookshops say they face repeated "
        "inspections by officials over fire regulations and licensing. Several have closed or "
        "moved to Taiwan. A government spokesman said libraries had a duty not to hold material "
        "that endangered national security. The annual book fair this year had no stands from "
        "independent political publishers, who were refused space.",
        "politics",
    ),
    (
        "Councils fight for library budgets as the culture secretary promises a review",
        "Local councils in England have closed or handed to volunteers nearly 180 public "
        "libraries in the past five years, according to figures published by the Chartered "
        "Institute of Library and Information Professionals on Tuesday. The culture secretary "
        "told MPs that a review of library funding would report in the spring, but opposition "
        "members accused the government of 'an attack on reading in the poorest places'. In a "
        "heated Commons debate, one backbencher described the cuts as 'a slow-motion "
        "demolition'. Authors including Philip Pullman have campaigned for years against "
        "closures. Councils say they face a funding gap of billions of pounds and must protect "
        "adult social care. Library visits have recovered to around 80% of their pre-pandemic "
        "level. Campaigners plan to deliver a petition with 250,000 signatures to Downing "
        "Street next week.",
        "politics",
    ),
    (
        "Iranian novelist sentenced to six years over a love story",
        "A revolutionary court in Tehran has sentenced the Iranian novelist Mehdi Rahbar to six "
        "years in prison for 'propaganda against the system' over a novel that has never been "
        "published in Iran, his lawyer said on Sunday. The book, which tells of a love affair "
        "between a cleric's daughter and a Baha'i musician, was printed by an Iranian publisher "
        "in Sweden. Rahbar, 51, was arrested at Imam Khomeini airport in the spring on his "
        "return from a book fair abroad and held for two months before being released on bail. "
        "PEN International called the verdict 'a grotesque punishment for imagination'. He has "
        "20 days to appeal. The Iranian Writers' Association said at least 14 of its members "
        "were now in prison or awaiting trial. Rahbar's earlier novels, published before the "
        "censors' office hardened its line, remain on sale in Tehran bookshops.",
        "politics",
    ),
    (
        "Istanbul publisher acquitted of terrorism propaganda over Kurdish poetry",
        "A court in Istanbul acquitted a publisher on Thursday of spreading terrorist propaganda "
        "through an anthology of Kurdish poetry, ending a trial that had lasted four years. "
        "Prosecutors had argued that three poems in the collection praised the outlawed "
        "Kurdistan Workers' Party, a charge the publisher and the translators denied. The "
        "defence said the verses, written in the 1990s, were about mothers and lost villages. "
        "Observers from PEN and the International Publishers Association attended the hearing. "
        "Turkey has prosecuted dozens of publishers and writers under its anti-terror laws in "
        "the past decade, and the anthology had been banned from sale since 2020. 'Today the "
        "poems are free, and so am I,' the publisher told reporters outside the courthouse in "
        "Çağlayan. Prosecutors can still appeal the verdict. The anthology's second edition is "
        "already at the printers.",
        "politics",
    ),
    (
        "Tanzanian writer wins the Booker with a novel of the Swahili coast",
        "The Tanzanian writer Amina Said Mwinyi has won the Booker Prize for Salt Roads, a "
        "novel that follows a family of dhow traders along the Swahili coast across a century. "
        "The chair of the judges called it 'a book of enormous tenderness and ambition' and said "
        "the panel had reached its decision unanimously after a four-hour meeting. Mwinyi, 49, "
        "who teaches literature at a university in Dar es Salaam, receives £50,000. She is the "
        "first writer from East Africa to win the prize since Abdulrazak Gurnah won the Nobel. "
        "Her UK publisher said it had ordered a reprint of 100,000 copies overnight. In her "
        "speech at the Old Billingsgate ceremony, she thanked her grandmother, who 'told stories "
        "as if the sea was listening'. The shortlist had included novels from Ireland, India and "
        "the United States. Sales of shortlisted titles have risen by more than 300% since "
        "September.",
        "other",
    ),
    (
        "From Aleppo to Aarhus: a former refugee's debut tops the Danish charts",
        "Ten years after arriving in Denmark as a teenage refugee from Syria, Yasmin Khatib has "
        "written the most talked-about Danish debut of the year, and it is in Danish. Her novel, "
        "Two Kitchens, tells the story of a girl who learns the language of her new country "
        "through recipes swapped with an elderly neighbour. It has sold more than 60,000 copies "
        "since its publication in March and won the Bodil and Jørgen Munch-Christensen prize "
        "for a debut. Khatib, 26, now works as a nurse in Aarhus. She says she started writing "
        "in a notebook at a language school, because her Arabic was 'too full of the past'. "
        "Translation rights have been sold in 14 countries. 'I did not want to write about the "
        "journey,' she said. 'Everyone expects that. I wanted to write about staying.'",
        "other",
    ),
    (
        "Frankfurt Book Fair reports record rights trade and a boom in romantasy",
        "The Frankfurt Book Fair closed on Sunday with organisers reporting 230,000 visitors and "
        "the busiest rights centre since before the pandemic, driven by demand for romantic "
        "fantasy and translated Korean fiction. Publishers from more than 100 countries "
        "attended, and this year's guest of honour, Italy, brought some 90 authors. Agents said "
        "bidding wars had broken out over several debut novels, with one six-figure auction "
        "concluded on the fair's first morning. The German Publishers and Booksellers "
        "Association said book sales in Germany had risen 2.8% in the first nine months of the "
        "year. Exhibitors from Ukraine occupied a larger national stand than last year, with "
        "children's books and poetry prominent. Next year's guest of honour is the Philippines. "
        "The fair runs again from the middle of October.",
        "other",
    ),
    (
        "Army's reading list adds novels for the first time as recruitment drive goes on",
        "The British Army has added novels to the professional reading list it recommends to "
        "officers and soldiers, including Pat Barker's Regeneration and a science fiction "
        "story about drone swarms. The chief of the general staff said in a foreword that "
        "fiction 'teaches the imagination a soldier needs'. The list, updated every two years, "
        "also includes histories of the battles of Kursk and Kohima and a new book on military "
        "logistics. It comes as the army runs a recruitment campaign aimed at young people who "
        "play video games, after missing its targets for several years. Copies of each book will "
        "be sent to unit libraries across the country and to bases in Estonia and Cyprus. The "
        "Ministry of Defence said the list cost about £400,000 to supply. Officers will be "
        "encouraged to form reading groups.",
        "military",
    ),
    (
        "Taiwan mails civil defence handbook to every household as exercises begin",
        "Taiwan's government has begun sending a revised civil defence handbook to all of the "
        "island's nine million households, timed to coincide with the annual Han Kuang military "
        "exercises. The orange booklet, produced with illustrators better known for children's "
        "books, explains what to do in an air raid, how to find the nearest shelter and what to "
        "pack in an emergency bag. Its first print run of 9.5m copies is the largest for any "
        "publication in Taiwan's history, according to the printers' association. The defence "
        "ministry said the exercises would include live-fire drills on the west coast and "
        "simulated air raids in Taipei, with residents told to stay indoors for 30 minutes. "
        "Bookshops in Taipei have reported rising sales of books on preparedness. An English "
        "version is available online.",
        "military",
    ),
]
