"""dev55 negatives: reviews and culture news about wars (films, documentaries, books, memoirs,
novels, plays, exhibitions, music, games, festival prizes), full of war words but reporting no
current violent event; kind entertainment.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Review: 'The Last Basement' puts you inside the siege of Mariupol",
        "The first twenty minutes of this harrowing Ukrainian drama take place almost entirely underground, where three families wait out the shelling by candlelight and count the seconds between explosions. The director, who grew up in the city and left it in the second week of the siege, uses sound rather than spectacle: the thud of artillery through concrete, the silence after an air strike, a baby that will not stop crying, a radio that picks up only Russian stations. The cast, mostly non-professionals from Mariupol, give performances of startling restraint, and the grandmother who keeps order in the basement with a ledger of the remaining food is unforgettable. When the survivors finally climb out into the ruined streets, the effect is devastating. It is the first feature shot in Ukraine since 2022 to be chosen for the competition in Berlin. It opens in cinemas on Friday.",
        "entertainment",
    ),
    (
        "Book review: A reporter's reckoning with Sudan's forgotten war",
        "Few foreign journalists have spent as much time in Darfur as the author of this book, and it shows in every chapter. She traces the Rapid Support Forces from the Janjaweed militias of the 2000s to the army that laid siege to El Fasher, and gives voice to women who survived the massacres of Geneina. The prose is plain and the anger controlled.",
        "entertainment",
    ),
    (
        "Exhibition review: Gaza photographers' work fills a London gallery",
        "The pictures at the Barbican's new show were taken by eleven Palestinian photographers in the first year of the war, and several of the artists have since been killed. A child pulled from the rubble of a home in Jabalia, a queue for bread stretching past a bombed mosque, a wedding held in a tent: the images are hung without captions, with the stories told in an accompanying booklet. Some visitors were in tears. The exhibition runs until March.",
        "entertainment",
    ),
    (
        "Documentary review: The survivors of Sednaya speak",
        "This patient documentary follows five men who were held in Syria's Sednaya military prison, which human rights groups called a human slaughterhouse, as they return to its empty cells after the fall of the Assad government. Standing in the room where he was beaten for months, one describes the rules of silence the guards enforced. The film avoids reconstruction and music, letting the testimony carry it. It screens at the documentary festival in Amsterdam this week. Its director spent two years persuading the men to take part.",
        "entertainment",
    ),
    (
        "Novel review: A love story in Srinagar under curfew",
        "Set in the summer of 2016, when protests and pellet guns swept the Kashmir valley, this debut novel follows two students who meet in a hospital corridor while visiting injured friends. The author writes vividly about the rhythm of curfews, raids and funerals, and about the small acts of defiance that keep her characters going. The ending is a little too neat.",
        "entertainment",
    ),
    (
        "Theatre review: A Troubles drama that finds comedy in a ceasefire",
        "A new play at the Lyric in Belfast is set in a Derry pub on the night of the IRA's 1994 ceasefire, as a group of regulars argue over whether the guns have really gone quiet. The script gets real laughs from the characters' suspicion of good news, while a story about a son lost to a car bomb years earlier gives it weight. The cast is superb. The set, a pub with a dartboard and a television showing the news, is perfect. It transfers to London in the spring. Catch it if you can.",
        "entertainment",
    ),
    (
        "Game review: A tactical shooter set in Afghanistan divides veterans",
        "The new release from a Polish studio lets players lead a squad of coalition troops through patrols, ambushes and firefights in Helmand province, with an unusual emphasis on the boredom and fear between the shooting. Some veterans have praised its realism; others say turning a war that killed tens of thousands of Afghans into entertainment is in poor taste. The game's controls are clumsy and its missions repetitive.",
        "entertainment",
    ),
    (
        "TV review: 'Cartel Coast' is a slick but hollow crime saga",
        "The second season of the streaming series returns to Sinaloa, where rival factions of a drug cartel wage war with armoured trucks and drones while a federal prosecutor tries to stay alive. The shootouts are expertly staged, and a massacre at a wedding is filmed with real menace. But the show is more interested in its villains' style than in the people caught between them. All eight episodes are available on Friday.",
        "entertainment",
    ),
    (
        "Memoir review: A combat medic's notes from the Donbas front",
        "A Ukrainian paramedic who served with a volunteer battalion from 2022 to 2024 has written one of the most unsparing books yet about the war, based on notebooks she kept in the trenches near Bakhmut. She describes tourniquets applied under drone fire, evacuations at night and the comrades she could not save. Her account of the winter of 2023, spent in a dugout, is the heart of the book. The translation is uneven in places. The royalties go to a fund for combat medics.",
        "entertainment",
    ),
    (
        "Album review: The desert blues of Mali's rebel guitarists still burns",
        "The Tuareg band that emerged from the rebel camps of the 1980s returns with an album recorded in the Algerian desert, because its members cannot safely go home to northern Mali. The songs speak of exile, drought and the uprisings of their youth, over looping electric guitars and hand claps. The title track, a lament for Kidal, is the best thing they have done in years.",
        "entertainment",
    ),
    (
        "Venice jury gives its grand prize to a film about a girl trapped in a car in Gaza",
        "A Tunisian director's drama about a six-year-old Palestinian girl trapped in a car under fire in Gaza City in January 2024, and the emergency dispatchers who tried to reach her, won the Grand Jury Prize at the Venice Film Festival on Saturday. The film uses the real audio of her calls to the Red Crescent. Its premiere drew a standing ovation of more than 20 minutes. The director dedicated the prize to the dispatchers.",
        "entertainment",
    ),
    (
        "History book review: Biafra, the war Nigeria still won't talk about",
        "Fifty-five years after the end of the Nigerian civil war, this sweeping history argues that the famine in the Biafran enclave, which killed perhaps a million people, was a deliberate weapon and not a side effect of the blockade. The author draws on newly opened British archives and hundreds of interviews with survivors. The book is at its best on the politics of relief flights. Its chapter on the air raids on Biafran markets is hard to read. It will be uncomfortable reading in Abuja.",
        "entertainment",
    ),
    (
        "Imperial War Museum opens an exhibition on Yemen's war",
        "The Imperial War Museum in London opens an exhibition on Friday on the war in Yemen, built around photographs, children's drawings and fragments of bombs recovered by researchers from the sites of air strikes in Saada and Hodeidah. Curators say they want to show a war that British audiences know mainly through arms-sales headlines. The show includes a reconstructed classroom and an audio installation of Yemeni voices.",
        "entertainment",
    ),
    (
        "Concert review: A Syrian orchestra in exile plays Beethoven in Berlin",
        "The orchestra was founded in 2015 by musicians who had fled the war in Syria, and on Sunday it filled the Philharmonie for a programme that paired Beethoven's Fifth with a new work by a composer from Aleppo. The new piece, built around recordings of the city's markets before the war, drew a long ovation.",
        "entertainment",
    ),
]
