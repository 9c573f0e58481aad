"""dev271 negatives, part 1: reviews and interviews of war novels, histories, memoirs and crime
fiction, literary anniversaries and exiles of the past, and the sports shelf.

NEGATIVES = [(title, text, kind code), ...]; codes in eval/conflictset/__init__.py.
"""

NEGATIVES = [
    (
        "A Sarajevo novel that hears the siege in every stairwell",
        "Amra Hadžić's second novel, The Water Carriers, opens in the winter of 1993 with a girl "
        "counting the seconds between a shell's whistle and its impact, and it never quite lets "
        "the reader breathe again. Over 400 pages, translated with great tact by Ellen"
        " Marsh, it follows three families in a single apartment block in Grbavica through the "
        "four years of the siege. Snipers, queues for water and the shelling of the Markale market "
        "are all here, but Hadžić is most interested in what the war did to ordinary kindness. "
        "The neighbours who share a stove become, by the last chapter, strangers who cannot look "
        "at each other. The prose is spare and the dialogue sometimes wooden in English. Yet the "
        "final scene, set at a reunion in Vienna in 2019, lands with real force. It is the best "
        "novel about the Bosnian war I have read since Aleksandar Hemon's early stories.",
        "entertainment",
    ),
    (
        "Review: a Ukrainian soldier's memoir of the trenches near Bakhmut",
        "Taras Oliynyk's account of his year as an infantryman, now published in English as The "
        "Mud Remembers, is neither heroic nor despairing, and that is its achievement. A writer "
        "and translator before the full-scale invasion, Oliynyk enlisted in March 2022 and served "
        "in a rifle battalion in the Donbas until he was wounded. He writes about artillery duels, "
        "drones overhead and friends killed beside him in flat, exact sentences that refuse "
        "decoration. There are long passages on boredom, on socks, on the smell of wet "
        "sandbags. The war he describes is still going on as the book reaches British shops, and "
        "he is careful not to pretend to conclusions. Some readers will want more about the "
        "politics; Oliynyk is uninterested in the maps. But his chapter on a comrade's funeral in "
        "a Lviv cemetery is among the finest pieces of writing to come out of this conflict. "
        "Translated by Hanna Bevz, it is published by Penguin at £18.99.",
        "entertainment",
    ),
    (
        "The Falklands, forty years on, in a history that listens to both sides",
        "Military histories of the Falklands war tend to fall into two camps: the British "
        "regimental epic and the Argentine lament. Lucía Benedetti's new book, Two Winters in the "
        "South Atlantic, belongs to neither. Drawing on interviews with 140 veterans from both "
        "armies, she reconstructs the battles for Goose Green and Mount Longdon hour by hour, and "
        "the sinking of the Belgrano from the point of view of the conscripts below deck. Her "
        "account of the bombing of HMS Sheffield is harrowing. Benedetti, a historian at the "
        "University of Buenos Aires, is especially good on the young Argentine soldiers sent to "
        "the islands with summer uniforms. There are occasional lapses into jargon, and the maps "
        "are too small. But at a time when the anniversary has been marked mostly with "
        "flag-waving, this is a humane and carefully argued book. It deserves a wide readership "
        "on both sides of the ocean.",
        "entertainment",
    ),
    (
        "Nordic noir's queen on bodies in the snow and why she will not write a sequel",
        "Sigrid Aalvik has killed, by her own count, 63 people in 22 novels, and she does not "
        "intend to stop. Speaking before an appearance at the Harrogate crime writing festival, "
        "the Norwegian author said her latest, The Frozen Lake, began with an image of a body "
        "trapped under ice outside a village near Oslo. The novel's killer, a choir teacher, "
        "strangles three women before the halfway mark. 'People ask me why I write about "
        "murder,' she said. 'I tell them I write about grief, and murder is the quickest way "
        "there.' She dismissed calls for a television sequel to her best-known series, saying "
        "her detective had earned his retirement. The book has sold more than 200,000 copies in "
        "Scandinavia since the autumn. Asked about the violence in her pages, she laughed and "
        "said her editor had once asked her to spare a dog. 'I did. The dog is the only one who "
        "survives.'",
        "entertainment",
    ),
    (
        "A Beirut family saga that carries the civil war across three generations",
        "Hala Khoury's admirers will find her preoccupations intact in The Stairwell, a family "
        "saga that begins with the militia checkpoints of 1976 and ends in a Paris hospital in "
        "2015. At its centre is Nadim, a printer whose shop in Ashrafieh is bombed twice during "
        "the civil war and rebuilt twice. Khoury is superb on the strange normality of life "
        "between shellings: the cinema trips, the affairs, the feuds over parking. The massacre "
        "at Karantina is glimpsed through a child's eyes, and the effect is devastating. The "
        "second half, in exile, is slacker, and a late subplot involving a stolen manuscript "
        "feels borrowed from a thriller. The translation by Ruth Ellison is supple and alert to "
        "the comedy in the Arabic. This is a novel about what war leaves in families long after "
        "the ceasefire, and about the silence that settles over the dinner table. It is one of "
        "the books of the year.",
        "entertainment",
    ),
    (
        "D-Day historian's new bestseller storms the charts",
        "Edward Trask's account of the Normandy campaign, Beachhead, has gone straight to the "
        "top of the Sunday Times non-fiction chart with sales of 31,000 copies in its first week, "
        "its publisher said. The book follows a dozen soldiers, sailors and airmen from the "
        "landings on Omaha and Sword beaches to the fall of Caen, and draws on letters from "
        "German and French civilians as well as Allied veterans. Trask, whose podcast on the "
        "Second World War has a large following, said he had wanted to capture 'the chaos and "
        "the noise'. Reviewers have praised his descriptions of the bombardment of the coastal "
        "batteries and the street fighting in the Norman villages. The book is out in time for "
        "the 80th anniversary of the landings. Booksellers said military history remains one of "
        "the strongest categories in Britain, particularly among buyers of gifts. A television "
        "adaptation is in development.",
        "entertainment",
    ),
    (
        "True crime: a meticulous reconstruction of a small-town murder",
        "In the spring of 1998 a petrol station attendant was shot dead in a town of 3,000 people "
        "in rural Victoria, and the case was never solved. In The Last Shift, the Melbourne "
        "journalist Claire Adeyemi spends seven years interviewing the victim's family, the "
        "police and the two men once suspected of the killing. The result is a patient, "
        "sometimes maddening book that refuses the easy thrills of the genre. Adeyemi reprints "
        "long passages from the inquest transcript and admits when her leads go nowhere. The "
        "chapters on the town's grief are the strongest, and her portrait of the victim's "
        "mother is unforgettable. Readers hoping for a revelation will be disappointed; the "
        "final chapter offers only a theory. But as an account of how a murder changes a place, "
        "it is exemplary. The book has already prompted Victoria Police to say it will review "
        "the file.",
        "entertainment",
    ),
    (
        "Graphic memoir of a Syrian childhood wins Angoulême's top prize",
        "The Syrian-French cartoonist Samir Ayoub won the Fauve d'Or at the Angoulême "
        "International Comics Festival on Saturday for the final volume of his graphic memoir, "
        "which follows a boy growing up in Homs and Damascus in the 1980s. The jury praised the "
        "book's 'ferocious honesty' about family, schooling and the fear of the Assad "
        "regime. Later chapters, set as the uprising of 2011 turned into civil war, show the "
        "narrator watching news of bombardments from his flat in Paris. Ayoub thanked his "
        "mother in his speech and said the series had taken him twelve years. The festival, "
        "the largest in Europe for comics, drew more than 200,000 visitors over four days. "
        "The winning book has sold over 400,000 copies in French. Ayoub said he was now "
        "working on a comedy about a dog.",
        "entertainment",
    ),
    (
        "A techno-thriller in which the drones do most of the talking",
        "Nathan Cole's new novel is set in a near future in which an American drone pilot in "
        "Nevada receives an order to strike a wedding party in Yemen and hesitates. The "
        "hesitation takes 300 pages to resolve, and the book is at its best in the pilot's "
        "cramped trailer, where missiles are fired with a click and the dead appear as white "
        "heat on a screen. Cole, a former Marine who served in Iraq and Afghanistan, knows "
        "this world intimately. The thriller mechanics around it are less convincing: a rogue "
        "general, a leaked video and a chase across Dubai. The female characters are thin. Still, "
        "the novel asks serious questions about killing at a distance, and asks them without "
        "preaching. Film rights have been sold to a streaming service. It is published on "
        "Thursday by Knopf in the US and Jonathan Cape in Britain.",
        "entertainment",
    ),
    (
        "Vietnam war classic reissued with a new introduction by its author",
        "Fifty years after the fall of Saigon, Nguyễn Văn Thọ's The River of Bones is being reissued in "
        "a new English translation with an introduction in which the author reflects on the "
        "novel's long ban in Vietnam. The book, first published in 1990, follows a North "
        "Vietnamese soldier who collects the remains of the dead in the Central Highlands after "
        "the war and is haunted by the battles he survived. It was one of the first novels from "
        "the winning side to depict the jungle fighting as a catastrophe rather than a triumph. "
        "Thọ, now in his seventies, writes that he still dreams of his platoon, of whom only a "
        "handful came home. The new translation restores passages cut from the 1993 edition. "
        "Vietnamese publishers say the novel now sells steadily to a generation born long after "
        "the war. The reissue is out next month from Vintage.",
        "entertainment",
    ),
    (
        "Nazım Hikmet remembered in Moscow, sixty years after his death in exile",
        "Admirers of Nazım Hikmet gathered at Novodevichy cemetery in Moscow on Saturday to mark "
        "sixty years since the Turkish poet died in exile, far from the Istanbul he wrote about "
        "so longingly. Readers laid red carnations on the grave, whose headstone shows the poet "
        "walking into the wind. Hikmet spent 13 years in Turkish prisons for his communist "
        "beliefs before fleeing to the Soviet Union in 1951, and was stripped of his citizenship. "
        "It was restored posthumously in 2009. At a reading in Istanbul on the same day, actors "
        "performed his Human Landscapes from My Country, which he wrote in Bursa prison. His "
        "nephew repeated the family's call for his remains to be returned to Turkey. The "
        "Turkish culture ministry did not respond to questions. A new English selection of his "
        "late poems is to be published in the autumn by a New York publisher.",
        "history",
    ),
    (
        "Letters of Chilean poets exiled under Pinochet go on show in Santiago",
        "More than 600 letters written by Chilean poets forced into exile after the 1973 coup "
        "have gone on public display for the first time at the National Library in Santiago. "
        "The correspondence, donated by the families of writers who fled to Mexico, Sweden and "
        "East Germany, documents the arrests, the torture at the National Stadium and the long "
        "years of waiting for news from home. One letter, from a poet in Stockholm to his mother "
        "in 1976, asks whether his brother's body has been found. Curators said the exhibition "
        "had been timed for the 50th anniversary of the coup. 'These are the other archives of "
        "the dictatorship,' the library's director said. Several of the writers returned after "
        "1990, and a few are still alive. The exhibition runs until March, and a digital edition "
        "of the letters is being prepared with the University of Chile.",
        "history",
    ),
    (
        "A wartime diary found in an attic in Amsterdam is published at last",
        "A diary kept by a Jewish teenager in hiding in Amsterdam between 1942 and 1944 has been "
        "published in Dutch, 80 years after its author was deported to Auschwitz, where she was "
        "murdered. The notebook was discovered in 2021 by a couple renovating a canal house in "
        "the Jordaan, behind a loose panel under the eaves. Its author, Lientje Cohen, was 15 "
        "when she began writing, and she records raids, betrayals and the roundups of her "
        "neighbours in a precise, often funny voice. The NIOD Institute for War, Holocaust and "
        "Genocide Studies authenticated the diary after two years of research. Historians say it "
        "adds detail about the lives of people in hiding outside the better-known cases. The "
        "Dutch edition sold out its first print run of 20,000 in a week. An English translation "
        "is planned for next year.",
        "history",
    ),
    (
        "Ten years after the Charlie Hebdo attack, a new anthology of its cartoonists",
        "A decade after gunmen killed 12 people at the offices of Charlie Hebdo in Paris, a new "
        "anthology collects the work of the cartoonists who died that morning, alongside essays "
        "by writers who knew them. The book, published by Les Échappés, the magazine's own "
        "imprint, opens with a preface by its editor, who was wounded in the attack. Its "
        "publication coincides with ceremonies in Paris on Tuesday, where the mayor and the "
        "president laid wreaths outside the former offices on Rue Nicolas-Appert. The anthology "
        "has been printed in a first run of 100,000. Contributors reflect on free speech, "
        "blasphemy and fear in the decade since. 'We wanted to remember them laughing,' said one "
        "of the editors. The magazine said it had received a new wave of online threats around "
        "the anniversary but declined to give details.",
        "history",
    ),
    (
        "Sarajevo's burned library reborn as a book town for a festival weekend",
        "Three decades after Serb shelling set Sarajevo's National Library ablaze and destroyed "
        "most of its 1.5m volumes, the restored Vijećnica hosted a book fair on Saturday for the "
        "first time. Hundreds of readers queued in the neo-Moorish hall to meet authors from "
        "across the former Yugoslavia. The building's burning on the night of 25 August 1992 "
        "became one of the enduring images of the Bosnian war; librarians and volunteers formed "
        "human chains to carry books out under sniper fire. After a long restoration it "
        "reopened in 2014, mostly as a city hall. 'For us this is not a ruin any more, it is a "
        "reading room again,' said one organiser. Bosnian writers read passages from books "
        "destroyed in the fire, reconstructed from copies held abroad. The fair is to become "
        "an annual event.",
        "history",
    ),
    (
        "Wilfred Owen's last letter to his mother sold at auction for £120,000",
        "The last letter Wilfred Owen wrote to his mother, days before he was killed in action "
        "on the Sambre-Oise canal in November 1918, has been sold at auction in London for "
        "£120,000, well above its estimate. In it, the poet describes the cellar where his "
        "company was sheltering and the 'smoky cellar of the Forester's House', and tells her "
        "that he is 'in better company than for many months'. Owen was 25 when he was shot "
        "leading his men across the canal, a week before the armistice. His mother received the "
        "telegram announcing his death as the church bells were ringing for peace. The buyer, a "
        "private collector, has agreed to lend the letter to the Imperial War Museum for its "
        "centenary displays. Owen's poems, including Dulce et Decorum Est, remain among the most "
        "widely read of the First World War.",
        "history",
    ),
    (
        "Search for Lorca's grave resumes near Granada with new ground radar",
        "Archaeologists resumed the search for the remains of Federico García Lorca on Monday in "
        "a ravine near the village of Alfacar, where the poet is believed to have been shot by "
        "Nationalist militiamen in August 1936. The team, working with the regional government "
        "of Andalusia, is using ground-penetrating radar at a site identified by a historian "
        "who interviewed relatives of one of the gunmen. Previous excavations in 2009 and 2016 "
        "found nothing. More than 100,000 victims of the Spanish civil war and the Franco "
        "dictatorship are thought to lie in unmarked graves across the country. Descendants of "
        "two men shot alongside Lorca, a teacher and a bullfighter, have pressed for the "
        "search. The poet's own family has long been reluctant. 'We owe them a name and a place,' "
        "the lead archaeologist said. Results are expected within weeks.",
        "history",
    ),
    (
        "The poet of Kabul's old bookstalls, honoured in a London retrospective",
        "The British Library has opened a small exhibition devoted to Khalilullah Khalili, the "
        "Afghan poet who spent the last decades of his life in exile after the Soviet invasion "
        "of 1979 and died in Pakistan in 1987. Manuscripts, photographs and recordings of him "
        "reciting his ghazals are displayed alongside editions printed in Peshawar refugee "
        "camps in the 1980s. Khalili had served kings and written their histories before the "
        "communist coup drove him abroad. His work is still recited across the Persian-speaking "
        "world. Curators said they had worked with Afghan families in London, some of whom "
        "brought books they had carried with them when they fled. The exhibition is free and "
        "runs until the end of January. A series of readings by Afghan poets living in Britain "
        "accompanies it.",
        "history",
    ),
    (
        "Football book of the year goes to a history of Atlético's battle for the title",
        "A history of Atlético Madrid's unlikely title win in 2014 has been named sports book "
        "of the year at the Telegraph Sports Book Awards in London. The Siege of the Bernabéu, by "
        "the Spanish journalist Pablo Herrero, describes how Diego Simeone's side defended in a "
        "low block, counter-attacked ruthlessly and fought Barcelona and Real Madrid to the "
        "final day of the season. Judges praised its 'wonderful portrait of a club at war with "
        "the odds'. Herrero's chapter on the striker Diego Costa, whom he describes as 'a bar "
        "fight in football boots', has been widely quoted. Other winners included a biography "
        "of an Olympic boxer and a memoir by a county cricketer. The ceremony, held "
        "at Lord's, raised money for a children's sports charity. Herrero dedicated the award to "
        "his late father, a lifelong fan.",
        "sport",
    ),
    (
        "Authors XI bowled out as novelists lose to the Bookseller Cricket Club",
        "The Authors XI, the cricket team of British novelists and poets revived in 2012, "
        "suffered a heavy defeat on Sunday against a side of booksellers at a village ground in "
        "Oxfordshire. Batting first, the writers were bowled out for 97 after a collapse in which "
        "the crime novelist at number three was caught off a wild shot to square leg. The "
        "booksellers' opening attack, led by a fast bowler from a Waterstones branch in Bath, "
        "took six wickets for 21 runs. 'We were under siege from the first over,' the team's "
        "captain admitted afterwards. The booksellers reached their target with 12 overs to "
        "spare. The annual match raises money for the Book Trade Charity, which supports "
        "booksellers in hardship. The Authors XI have written two books about their seasons, "
        "which sell surprisingly well. A rematch is planned for August.",
        "sport",
    ),
]
