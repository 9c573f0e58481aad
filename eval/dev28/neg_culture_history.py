"""eval/dev28 negatives: entertainment and history.
Whole articles that mention war or violence only as
background, history, fiction or metaphor; see labels.py for P and N.
"""

from labels import N

ARTICLES = [
    # ------------------------------------------------------------ entertainment
    N(
        "Review: 'The Ninth Winter' turns the siege of Sarajevo into a quiet masterpiece",
        "There are no battle scenes in The Ninth Winter, and the film is all the more "
        "devastating for it. The Bosnian director's third feature, which premiered at the "
        "Berlin festival last week, follows a family of four in a Sarajevo apartment "
        "block during the siege of the city in the 1990s, over a single winter when "
        "water, electricity and heating have all but disappeared. We hear shells falling "
        "on the hills and sniper fire in the streets, but the camera almost never leaves "
        "the apartment. The father, a cellist played with weary grace by a veteran of the "
        "Sarajevo stage, breaks up the furniture for firewood. The mother trades her "
        "jewellery for flour. Their teenage daughter falls in love with a boy from the "
        "floor below. The film is shot in cold greys and browns, and its sound design "
        "makes the city outside a constant presence. Some will find its pace slow: at two "
        "hours and forty minutes, it asks for patience. But the final scene, in which the "
        "family listens to a neighbour play the piano by candlelight, earned a long "
        "standing ovation at the premiere. The director, who was a child in Sarajevo "
        "during the siege, said at a press conference that she wanted to show how people "
        'kept their dignity. "War films usually look at soldiers," she said. "I wanted to '
        'look at the kitchen." The film opens in cinemas in the spring. It is the '
        "strongest contender for the Golden Bear so far. The film was made on a small "
        "budget with money from Bosnia, Croatia and France, and was shot in an apartment "
        "block in Sarajevo that still bears the marks of shrapnel. Several of the actors "
        "lived through the siege themselves. The director said she had spent ten years "
        "writing the script and interviewing neighbours about their memories. What makes "
        "the film remarkable is its attention to small gestures: the way the mother "
        "counts out the matches, the way the father tunes his cello in the cold, the way "
        "the daughter paints her nails with a neighbour's last bottle of varnish before a "
        "date. The script, written with a novelist who also grew up in the city, is "
        "sparing with dialogue, and there are long passages in which nobody speaks. The "
        "cinematographer lights most scenes with candles and oil lamps, and the darkness "
        "of the apartment becomes a character in itself. The few moments of humour land "
        "all the harder for it, especially a dinner scene in which the family pretends to "
        "eat a feast. International sales have already been agreed for most of Europe, "
        "and the film is expected to be Bosnia's entry for the international feature "
        "award.",
        "entertainment",
    ),
    N(
        "Game review: 'Iron Front 4' is a loud, hollow trip to war",
        "The latest instalment of one of gaming's biggest military shooter series arrives "
        "with more explosions than ever and less to say. Iron Front 4, released on Friday "
        "for consoles and PC, drops players into a fictional war between two invented "
        "states in Eastern Europe. Its campaign lasts about six hours and follows a "
        "special forces squad through night raids, tank battles and an airborne assault "
        "on a dam. The graphics are stunning: smoke drifts across ruined streets, and the "
        "sound of artillery rattles the controller. But the story is a collection of "
        "clichés, with a traitor in the ranks and a final mission to stop a missile "
        "launch. Multiplayer is where most people will spend their time, and here the "
        "game is on firmer ground. The new maps are well designed, and a mode in which 64 "
        "players fight for control of an airfield is chaotic fun. Weapon balance needs "
        "work: one assault rifle is far too strong. The publisher says it will release "
        "fixes within weeks. The game also has an aggressive system of in-game purchases "
        "for weapon skins. Veterans' groups have criticised a mission in which players "
        "torture a prisoner, which can be skipped. The developer said the scene was meant "
        "to show the moral cost of war. Fans of the series will find what they expect. "
        "Others may wonder why a game about war has so little to say about it. Score: 6 "
        "out of 10. The game's publisher has said the series has sold more than 60 "
        "million copies. Pre-orders for this instalment were the highest in the "
        "franchise's history, according to the company. Reviewers have generally praised "
        "the multiplayer modes and criticised the campaign. A free update with new maps "
        "is planned for the spring.",
        "entertainment",
    ),
    N(
        "A Biafran childhood, told without mercy and without self-pity",
        "LAGOS - The Nigerian novelist's new book opens in Enugu in 1967, with a "
        "nine-year-old boy watching his father bury the family's radio in the garden as "
        "the civil war begins. Over the next 400 pages, the boy, his mother and his two "
        "sisters flee from town to town as the secessionist state of Biafra shrinks, "
        "until they end up in a refugee camp where children die of hunger every day. The "
        "novel, The Salt of Umuahia, was published this week in Lagos and London, and has "
        "already been longlisted for a major prize. The author, who was born in 1959, has "
        "said that much of the story is drawn from her own family's memories. She writes "
        "with a cool precision about terrible things: the air raids on markets, the "
        "soldiers at roadblocks, the kwashiorkor that swells children's bellies. But the "
        "book is also full of humour, in the boy's wicked descriptions of adults and in "
        "the songs his mother sings to keep them walking. Critics in Nigeria have praised "
        "it for breaking a silence: the war, in which more than a million people are "
        'estimated to have died, is still rarely taught in Nigerian schools. "We have not '
        'finished talking about it," the author said at a reading at a Lagos bookshop on '
        "Saturday, where the queue stretched into the street. She is already working on a "
        "sequel set in the 1970s. The book will be translated into French and German next "
        "year. The author's previous books, a collection of short stories and a novel set "
        "in Lagos in the 1980s, were praised for their humour and their ear for dialogue. "
        "She teaches creative writing at a university in the United States and spends "
        "part of each year in Enugu. Her publisher said it had ordered a second printing "
        "in Nigeria after the first sold out in days. The novel's greatest strength is "
        "its narrator's voice, which grows older as the book goes on without ever losing "
        "the boy's eye for the absurd. In one chapter, he and his sisters are sent to "
        "collect lizards for dinner, and turn the hunt into a competition with a ledger "
        "of points. In another, he watches the adults argue over a radio broadcast and "
        "decides that grown-ups lie about everything. The final section, set in the "
        "months after the war, is the most moving, as the family returns to a house that "
        "strangers have lived in and tries to pick up the pieces. Some readers may find "
        "the detail of the camp hard to bear. But the author never turns suffering into "
        "spectacle, and she gives her characters the dignity of complicated lives.",
        "entertainment",
    ),
    N(
        "Photographer's retrospective shows five decades of war",
        "LONDON - A major retrospective of the work of a British war photographer opened "
        "at a London gallery on Wednesday, bringing together more than 250 pictures from "
        "Vietnam, Biafra, Lebanon, Northern Ireland and the Balkans. The photographer, "
        "now 83, walked visitors through the rooms himself at a preview, stopping in "
        'front of a famous picture of a shell-shocked soldier in Hue in 1968. "I have '
        'spent my life looking at things nobody should see," he said. The exhibition is '
        "arranged by decade, and most of the prints are black and white, printed by the "
        "photographer in his own darkroom. One room is devoted to pictures of the English "
        "countryside near his home in Somerset, which he began taking in the 1990s, when "
        "he said he could no longer bear to go to wars. Critics have praised the show's "
        "refusal to turn suffering into spectacle. The gallery has placed warnings at the "
        "entrance to several rooms. Curators said they had worked with the photographer "
        "for three years on the selection, going through tens of thousands of negatives. "
        "The exhibition also includes his cameras, press passes and a helmet he wore in "
        "Beirut. It runs until May, and will then travel to Paris and New York. Tickets "
        'cost 18 pounds, with free entry for under-18s. "I hope young people come," the '
        'photographer said. "They need to know what war does." The photographer began his '
        "career in the 1950s, taking pictures of gangs in the north London neighbourhood "
        "where he grew up, before a newspaper sent him abroad. He has published more than "
        "a dozen books. The gallery said it expected the exhibition to be one of the most "
        "visited of the year.",
        "entertainment",
    ),
    N(
        "TV review: a Troubles drama that finds the human scale",
        "BELFAST - The new six-part drama that began on Sunday night is set in a Belfast "
        "street in 1974, at the height of the conflict in Northern Ireland known as the "
        "Troubles, and follows two families, one Catholic and one Protestant, whose "
        "teenage children become friends. It could easily have been a lesson in history. "
        "Instead, the first episode is funny, warm and only occasionally frightening. The "
        "writer, who grew up in north Belfast, fills the screen with period detail: the "
        "army patrols, the checkpoints, the burned-out buses, the sound of helicopters at "
        "night. A bomb scare at a shop forms the climax of the first episode, and it is "
        "handled with great restraint. The young cast is excellent, especially the "
        "newcomer who plays the Protestant girl with a sharp tongue and a secret. Some "
        "viewers in Northern Ireland have criticised the series on social media for its "
        "accents and for portraying the era too lightly. The writer told a radio "
        'interviewer that she wanted to show how ordinary life went on. "People fell in '
        'love, went to discos, failed exams," she said. "That is part of the story too." '
        "The broadcaster said the first episode drew almost five million viewers, a "
        "strong figure for a drama on a Sunday night. The remaining episodes will be "
        "shown weekly, and the whole series is available to stream. The series was filmed "
        "in Belfast and Derry last year, and many of the extras were local residents. The "
        "writer said she had interviewed dozens of people from both communities about "
        "their teenage years. More than 3,500 people died during the Troubles, which "
        "ended with the Good Friday Agreement of 1998. A second series has not yet been "
        "announced.",
        "entertainment",
    ),
    # ------------------------------------------------------------ history
    N(
        "Srebrenica buries seven more victims, 30 years after the massacre",
        "POTOCARI, Bosnia and Herzegovina - Tens of thousands of people gathered at the "
        "memorial cemetery in Potocari on Friday to mark 30 years since Bosnian Serb "
        "forces killed about 8,000 Muslim men and boys after overrunning the UN-protected "
        "enclave of Srebrenica, the worst atrocity in Europe since the Second World War. "
        "The remains of seven victims, identified over the past year through DNA "
        "analysis, were laid to rest in coffins draped in green cloth. The youngest was "
        "19 when he was killed. Relatives wept as the coffins were passed from hand to "
        'hand. "I have waited 30 years to bury my father," said a woman who was six in '
        "July 1995. Thousands of people took part in a three-day peace march along the "
        "route taken by men who tried to escape through the forest. International courts "
        "have ruled that the killings were genocide, and Bosnian Serb wartime leaders "
        "have been convicted. Last year, the UN General Assembly declared July 11 an "
        "international day of remembrance. Some Bosnian Serb politicians still deny that "
        "genocide took place, and survivors say that denial remains a wound. Dutch "
        "veterans of the UN battalion that failed to protect the enclave attended the "
        "ceremony. About 1,000 victims are still missing. Forensic teams continue to "
        "search mass graves in the hills around the town. The memorial centre has opened "
        "a new exhibition of personal belongings found with the remains. The remains were "
        "found in mass graves that had been disturbed by bulldozers after the killings, "
        "in an attempt to hide the evidence, and bones of a single victim were sometimes "
        "found in several sites. Families of the missing say they will keep searching. "
        "The memorial cemetery now holds the graves of more than 6,700 victims. Among "
        "those buried on Friday was a man whose remains had been found in four different "
        "graves; his widow had decided to bury him even though parts were still missing, "
        'because she did not want to wait any longer. "I am 74," she said. "I want him to '
        'rest, and I want to know where to pray." The memorial centre, built in the '
        "former battery factory that served as the Dutch battalion's base, receives tens "
        "of thousands of visitors a year, many of them school groups from across Europe. "
        "Its director said the centre was collecting the testimonies of survivors before "
        "it was too late, and that hundreds of hours of interviews had been recorded so "
        "far. Mothers of the victims, who have campaigned for decades, said they would "
        "keep coming to Potocari every July as long as they could walk.",
        "history",
    ),
    N(
        "Rwanda lights flame of remembrance 30 years after genocide",
        "KIGALI - Rwanda's president lit a flame of remembrance at the Kigali Genocide "
        "Memorial on Sunday, beginning a week of national mourning to mark 30 years since "
        "the genocide in which more than 800,000 people, most of them Tutsi, were killed "
        "in 100 days. Foreign leaders, including a former US president, laid wreaths at "
        "the memorial, where the remains of more than 250,000 victims are buried. In a "
        "speech at the BK Arena, the president said the international community had "
        "failed Rwanda and that the country's people had chosen to rebuild together. \"Our "
        'people will never, ever be left for dead again," he said. Survivors told of the '
        "killings they witnessed and the neighbours who hid them. Rwanda has since become "
        "one of the fastest-growing economies in Africa, though critics accuse the "
        "government of stifling dissent. Commemoration events are held across the "
        "country, and every April schools teach children about the genocide. The French "
        "president said in a video message that France could have stopped the genocide "
        "but lacked the will to do so. A candlelit vigil was held in the evening. "
        "Counsellors were on hand at the stadium for those overcome by memories; trauma "
        "among survivors remains widespread, health workers say. The remains of victims "
        "are still being found, most recently in a village in the south where mass graves "
        "were discovered last year under houses. Rwanda has tried thousands of people for "
        "their role in the genocide, many of them in community courts known as gacaca. An "
        "international tribunal in Tanzania convicted dozens of senior figures. Some "
        "suspects are still at large, and prosecutors continue to pursue them in Europe "
        "and Africa.",
        "history",
    ),
    N(
        "Veterans return to Normandy beaches for D-Day's 80th anniversary",
        "OMAHA BEACH, France - Dozens of Second World War veterans, most of them aged "
        "over 98, returned to the beaches of Normandy on Thursday to mark the 80th "
        "anniversary of the D-Day landings, joined by heads of state from the United "
        "States, Britain, Canada, Germany and Ukraine. The landings on June 6, 1944, in "
        "which more than 150,000 Allied troops came ashore, began the liberation of "
        "western Europe from Nazi occupation. Thousands of soldiers died on the first "
        "day. At the American cemetery above Omaha Beach, the veterans were saluted one "
        'by one as their names were read out. "I am no hero; the heroes are buried here," '
        "said a 100-year-old former paratrooper from Ohio. The British ceremony was held "
        "at the memorial at Ver-sur-Mer, where the names of 22,442 service personnel "
        "under British command who died in the Battle of Normandy are engraved. The "
        "French president presented the Legion of Honour to several veterans. Crowds "
        "lined the roads of nearby villages, many wearing period clothes, and restored "
        "jeeps and tanks paraded through the streets. Vintage aircraft flew over the "
        "beaches and parachutists jumped over Sainte-Mere-Eglise. Organisers said it was "
        "likely to be the last major anniversary attended by veterans. Historians spoke "
        "of the importance of passing on their memories. School groups from across Europe "
        "visited the beaches in the afternoon. The D-Day landings were the largest "
        "seaborne invasion in history, involving nearly 7,000 ships and landing craft. "
        "Allied troops landed on five beaches, code-named Utah, Omaha, Gold, Juno and "
        "Sword. Normandy's tourism office said it expected record numbers of visitors "
        "this year, and hotels in the area were fully booked for the week.",
        "history",
    ),
    N(
        "Thousands leave homes as army removes WWII bomb from Plymouth garden",
        "PLYMOUTH, England - More than 10,000 people were evacuated from their homes in "
        "Plymouth on Friday as army bomb disposal experts removed an unexploded Second "
        "World War bomb found in a back garden, in one of the largest peacetime "
        "evacuations in Britain. The 500-kg German device was discovered by a resident "
        "digging foundations for an extension on Tuesday. Police set up a cordon of 300 "
        "metres, closed roads and suspended trains. After two days of planning, the bomb "
        "was loaded onto a military lorry and driven through the city, escorted by "
        "police, to the port, where it was taken out to sea by a navy team and detonated "
        "in a controlled explosion. Crowds gathered on the seafront to watch the plume of "
        'water. "It was like a state funeral," said a man who watched the convoy pass. '
        "Residents who had spent the night in a leisure centre were allowed home on "
        "Friday evening. The council thanked them for their patience. Plymouth, home to a "
        "major naval base, was heavily bombed in 1941, when more than 1,000 civilians "
        "were killed. Experts say thousands of unexploded bombs remain buried under "
        "British cities. The army's bomb disposal units are called out hundreds of times "
        "a year, most often to small shells and grenades. The resident who found the bomb "
        "said he would finish his extension once the garden had been checked. The "
        "operation was one of the largest of its kind in Britain since the war, the army "
        "said. Schools in the area were closed for the day, and bus services were "
        "diverted. A local bakery handed out free pastries to evacuated residents at the "
        "leisure centre. The council said it would review how it communicated with people "
        "during the evacuation.",
        "history",
    ),
    N(
        "Hiroshima marks 80 years since atomic bombing with call to abolish weapons",
        "HIROSHIMA, Japan - The bell of peace tolled in Hiroshima at 8:15 in the morning "
        "on Wednesday, the moment 80 years ago when a US atomic bomb exploded over the "
        "city, as tens of thousands of people bowed their heads in silence at the Peace "
        "Memorial Park. Representatives of a record number of countries attended the "
        "ceremony. The bomb killed an estimated 140,000 people by the end of 1945, and "
        "three days later a second bomb destroyed much of Nagasaki. Japan surrendered "
        "weeks later, ending the Second World War. The mayor of Hiroshima, in his peace "
        "declaration, warned that nuclear deterrence was gaining ground among world "
        "leaders and called on Japan to join the treaty banning nuclear weapons. The "
        "prime minister said Japan would work towards a world without nuclear weapons. "
        "The average age of the survivors, known as hibakusha, is now over 86, and their "
        "number has fallen below 100,000 for the first time. Last year, a group of "
        'survivors won the Nobel Peace Prize for their campaign. "I want the young to '
        'carry our voices," said a 91-year-old woman who was a schoolgirl at the time of '
        "the bombing. Students read their own pledge for peace. In the evening, thousands "
        "of paper lanterns were floated on the river that runs past the skeleton of the "
        "Atomic Bomb Dome. The museum at the park recorded its highest number of foreign "
        "visitors this year. Russia and Belarus were not invited to the ceremony, as in "
        "previous years. Survivors' groups have urged Japan, which relies on the US "
        "nuclear umbrella, to attend meetings of the nuclear weapons ban treaty as an "
        "observer. Nagasaki will hold its own ceremony on Saturday.",
        "history",
    ),
    N(
        "Paris remembers the night of November 13, ten years on",
        "PARIS - The French president and the mayor of Paris laid wreaths on Thursday at "
        "the Stade de France, the cafe terraces of the 10th and 11th districts and the "
        "Bataclan concert hall, ten years after coordinated attacks by Islamic State "
        "gunmen and suicide bombers killed 130 people in the city. Names of the victims "
        "were read out at each site, and survivors and relatives held a minute's silence. "
        "A memorial garden was inaugurated next to the city hall, with stones bearing the "
        'names of those who died. "Ten years, and it feels like yesterday and a '
        'lifetime," said a man who survived the attack on the Bataclan, where 90 people '
        "were killed during a rock concert. The only surviving member of the group of "
        "attackers was sentenced to life in prison in 2022 after a trial that lasted ten "
        "months. Victims' associations said many survivors still suffer from trauma and "
        "have struggled to obtain compensation. The attacks led to a state of emergency "
        "that lasted two years and to new security laws that civil liberties groups "
        "criticised. In the evening, the Bataclan, which reopened in 2016, held a concert "
        "by musicians who had played there before the attack. Candles and flowers were "
        "placed outside the cafes Le Carillon and Le Petit Cambodge. Teachers have been "
        "given material to explain the attacks to pupils who were born after them. The "
        "attacks were planned from Syria and Belgium, and several members of the group "
        "were later killed or arrested in Brussels. France has since reorganised its "
        "intelligence services and increased spending on security. A museum dedicated to "
        "the victims of terrorism is due to open near Paris in the coming years.",
        "history",
    ),
]
