"""Negatives of eval/dev30, culture and the military without fighting: (title, text, kind code)."""

NEGATIVES = [
    (
        "Alex Garland's 'Civil War' imagines America torn apart",
        'LOS ANGELES — Alex Garland\'s "Civil War", which opens in cinemas on Friday, follows a '
        "group of journalists driving from New York to Washington across a United States in the "
        "final days of a war between the federal government and secessionist forces led by Texas "
        "and California. Kirsten Dunst plays Lee, a veteran war photographer, and Cailee Spaeny "
        "a young photographer who idolises her, as they pass burned-out shopping malls, mass "
        "graves and snipers fighting over a Christmas decoration shop. The film, made by the "
        "independent studio A24 for about $50 million, its most expensive production to date, "
        "has divided critics, some of whom praised its tense battle sequences and others "
        "complained that it avoids explaining how the war started. Garland, the British writer "
        'and director of "Ex Machina", said he wanted to make a film about journalism and about '
        'the dangers of political polarisation. "It is a warning, not a prediction," he told an '
        "audience at the South by Southwest festival in Austin, where the film had its premiere. "
        "The climactic assault on the White House was filmed on a set in Atlanta. Early tracking "
        "suggests the film could top the North American box office this weekend, ahead of "
        '"Godzilla x Kong". Nick Offerman plays the president, who is serving a third term after '
        "disbanding the FBI. Critics praised Dunst's performance in particular. Garland said "
        "that he had written the script in 2020, during the pandemic, and that the film was "
        "deliberately vague about the politics of the warring sides, with Texas and California, "
        "states often seen as political opposites, fighting together against the federal "
        "government. Some critics found that choice evasive, while others said it allowed "
        "viewers of all political views to watch the film without feeling attacked. The sound "
        "design, with gunfire recorded at volumes that shook cinema seats, was singled out for "
        "praise, as was the use of quiet moments between the violence. The film will be released "
        "in Europe later in April. Garland has said it may be his last film as a director for "
        "some time.",
        "entertainment",
    ),
    (
        "'No Other Land' wins Oscar for best documentary",
        'LOS ANGELES — "No Other Land", a documentary made by a Palestinian-Israeli collective '
        "about the demolition of Palestinian villages in the Masafer Yatta area of the occupied "
        "West Bank, won the Academy Award for best documentary feature on Sunday. The film "
        "follows Basel Adra, a Palestinian activist who has filmed the destruction of his "
        "community's homes by Israeli authorities since he was a teenager, and his friendship "
        "with Yuval Abraham, an Israeli journalist. It was shot over four years, until October "
        "2023. Accepting the award, Adra said he hoped his young daughter would not have to live "
        "the life he was living. Abraham said that when he looked at Adra, he saw his brother, "
        '"but we are unequal". The film, which won prizes at the Berlin film festival last year, '
        "has struggled to find a distributor in the United States and was released there by the "
        "filmmakers themselves. Israel's culture minister called the Oscar \"a sad moment for "
        'the world of cinema". The documentary category also included "Porcelain War", about '
        "Ukrainian artists who stayed in their country after the Russian invasion, and "
        '"Soundtrack to a Coup d\'Etat". Critics have described "No Other Land" as patient '
        "and devastating, and its makers said they had shown it in village halls in the West "
        "Bank before its festival premiere. Ticket sales rose sharply in Europe after the "
        "ceremony. Adra, 28, grew up in the village of At-Tuwani, where his parents have "
        "campaigned against the demolitions since he was a child. Abraham, 29, met him while "
        "reporting in the area and began filming with him. In 1980, the Israeli military "
        "declared part of Masafer Yatta a firing zone, and the Supreme Court approved the "
        "expulsion of residents of eight villages in 2022 after a legal battle of more than two "
        "decades. The collective includes two other filmmakers, Hamdan Ballal and Rachel Szor. "
        "The documentary has been shown at festivals in more than 30 countries.",
        "entertainment",
    ),
    (
        "'20 Days in Mariupol' wins first Oscar for Ukraine",
        'LOS ANGELES — "20 Days in Mariupol", a documentary about the first weeks of the Russian '
        "siege of the Ukrainian port city, won the Oscar for best documentary feature on Sunday, "
        "the first Academy Award in Ukraine's history. Director Mstyslav Chernov, a video "
        "journalist, filmed the documentary with photographer Evgeniy Maloletka and producer "
        "Vasilisa Stepanenko while they were the last international journalists in the city in "
        "February and March 2022. \"This is the first Oscar in Ukrainian history, and I'm "
        "honoured, but probably I will be the first director on this stage who will say I wish "
        "I'd never made this film,\" Chernov said in his acceptance speech, drawing a standing "
        "ovation. He said he wished he could exchange the award for Russia never having attacked "
        "Ukraine. The film includes footage of the bombed maternity hospital and of doctors "
        "trying to save children, images that were published around the world at the time. It "
        "was produced by the Associated Press and the PBS series Frontline, and had already won "
        "a Bafta and a Peabody award. Ukraine's president congratulated the team on social "
        "media. The film has been shown in more than 40 countries. Chernov told reporters after "
        "the ceremony that the film was about memory and that cinema shaped how history was "
        "remembered. Ukrainian cinemas announced special screenings for the coming week.",
        "entertainment",
    ),
    (
        "Irish novelist wins Booker Prize for dystopian war novel",
        'LONDON — The Irish writer Paul Lynch won the Booker Prize on Sunday for "Prophet Song", '
        "a novel about a mother trying to protect her family as Ireland slides into "
        "authoritarian rule and civil war. The book follows Eilish Stack, a microbiologist and "
        "mother of four, whose husband, a trade unionist, is arrested by a new secret police, "
        "and who must decide whether to flee the country as the state collapses into violence. "
        'The chair of the judges, the Canadian novelist Esi Edugyan, said the novel was "a '
        'triumph of emotional storytelling, bracing and brave". Lynch, 46, who lives in Dublin, '
        "said he had written the book partly out of a wish to understand the chaos in Syria and "
        'the indifference of Western countries to the refugee crisis. "I was trying to see the '
        'world from the point of view of a woman whose life is coming apart," he said, accepting '
        "the £50,000 prize at a ceremony in London. He is the fifth Irish writer to win the "
        "Booker. The shortlist included novels by Paul Murray, Sarah Bernstein and Chetna Maroo. "
        "Sales of the book rose sharply on Monday, his publisher said, and a reprint of 100,000 "
        'copies was ordered. Critics have compared "Prophet Song" to George Orwell\'s "1984" '
        'and to Cormac McCarthy\'s "The Road". Lynch\'s previous novels include "Red Sky in '
        'Morning" and "Grace". Edugyan said the judges had been "wonderfully challenged" by the '
        "novel's use of long paragraphs without breaks, which she said captured the "
        "claustrophobia of the situation. The judges' decision was unanimous. The novel is "
        "Lynch's fifth. He said it had been difficult to write because he felt he was entering a "
        "place of despair, and he had sometimes written for only a few hours a day. Booker Prize "
        "winners often see sales increase many times over. The prize is open to novels written "
        "in English and published in the United Kingdom or Ireland.",
        "entertainment",
    ),
    (
        "World Press Photo exhibition opens in Amsterdam with images of war and loss",
        "AMSTERDAM — The World Press Photo exhibition opened in Amsterdam's Nieuwe Kerk on "
        "Friday, showing the winning images of this year's contest, including the photo of the "
        "year by Reuters photographer Mohammed Salem of a Palestinian woman in Khan Younis "
        "cradling the body of her five-year-old niece in a hospital morgue. The jury said the "
        'image, taken in October 2023, was "carefully composed and respectful" and offered "a '
        'metaphorical and literal glimpse into unimaginable loss". Other winning works include a '
        "long-term project on Ukrainian soldiers recovering from injuries, a series on migrants "
        "crossing the Darién Gap between Colombia and Panama, and a story about the drought in "
        "the Amazon. The exhibition, which will travel to more than 60 cities around the world, "
        'is accompanied by a programme of talks with photographers. "These images ask us to '
        "look, even when we would rather look away,\" the foundation's executive director said "
        "at the opening. Some visitors stood in silence in front of the large prints, while "
        "school groups were guided through the exhibition with worksheets. The contest received "
        "more than 61,000 entries from 3,851 photographers in 130 countries. The foundation has "
        "been criticised in the past over manipulated images and has tightened its verification "
        "rules. The exhibition runs until the end of July.",
        "entertainment",
    ),
    (
        "Poland signs deal for 96 Apache helicopters as defence spending soars",
        "WARSAW — Poland signed a contract on Tuesday to buy 96 AH-64E Apache attack helicopters "
        "from the United States for about $10 billion, the latest in a series of large arms "
        "purchases that has made the country one of NATO's biggest military spenders. Defence "
        "Minister Władysław Kosiniak-Kamysz said at a signing ceremony at an army aviation base "
        'in Inowrocław that the helicopters would be delivered from 2028 and would "strengthen '
        'the eastern flank of NATO". The deal includes training, spare parts, Hellfire and JAGM '
        "missiles and logistical support. Poland plans to spend more than 4 percent of its gross "
        "domestic product on defence this year, the highest share in the alliance, and has "
        "ordered hundreds of tanks from the United States and South Korea, as well as howitzers, "
        "rocket launchers and F-35 fighter jets. Polish officials say the build-up is necessary "
        "because of the threat from Russia, whose full-scale invasion of neighbouring Ukraine in "
        "2022 alarmed countries on NATO's eastern edge. \"Deterrence is the best way to keep the "
        'peace," the minister said. Critics in parliament have questioned how the purchases, '
        "many of them financed by loans, will be paid for in the long term. Polish crews have "
        "already begun training on Apaches leased from the US Army. Boeing, which builds the "
        "helicopters, said the order was one of the largest in the programme's history. The "
        "helicopters will replace Soviet-era Mi-24 helicopters, some of which Poland has donated "
        "to Ukraine. Poland has also announced plans to increase the size of its armed forces to "
        "300,000 soldiers, including territorial defence volunteers, from about 190,000 now. A "
        "new army division is being formed in the east of the country, and the government has "
        "said it will build fortifications along the borders with Belarus and Russia's "
        "Kaliningrad region. Polish defence companies are expanding production of ammunition and "
        "armoured vehicles. Opinion polls show strong public support for higher defence "
        "spending.",
        "military",
    ),
    (
        "NATO launches its largest exercise since the Cold War",
        "BRUSSELS — NATO began its largest military exercise in decades on Wednesday, with about "
        "90,000 troops from all 31 member countries and Sweden taking part in drills that will "
        "run until the end of May across Europe and the North Atlantic. The exercise, called "
        "Steadfast Defender 2024, will rehearse how the alliance would reinforce its eastern "
        'members in the event of an attack by "a near-peer adversary", NATO\'s supreme '
        "commander in Europe said, a description officials acknowledged referred to Russia. More "
        "than 50 ships, including aircraft carriers, 80 aircraft and about 1,100 combat vehicles "
        "such as tanks and armoured personnel carriers, will be involved. The first phase will "
        "focus on moving troops and equipment across the Atlantic from North America, and later "
        "phases will involve large-scale movements of forces across Germany, Poland and the "
        'Baltic states. "The alliance will demonstrate its ability to reinforce the '
        "Euro-Atlantic area,\" NATO said in a statement. Russia's deputy foreign minister said "
        "the exercise was a sign that NATO was preparing for a possible conflict and that it "
        "increased the risks. Military officials said the drills were planned well in advance "
        "and were defensive. Residents of towns in northern Poland were warned of heavy military "
        "traffic on roads in February and March. Finland, which joined NATO last year, will host "
        "several of the drills. The exercise is made up of several national and multinational "
        "drills. In Germany, the Quadriga drill will move about 12,000 soldiers and 3,000 "
        "vehicles to Lithuania by road, rail and sea, and in Poland, troops will practise "
        "crossing rivers and defending the so-called Suwałki gap, a strip of land between "
        "Belarus and the Russian exclave of Kaliningrad. Norway will host a cold-weather drill "
        "in the Arctic, and naval forces will practise protecting convoys of merchant ships in "
        "the North Atlantic. NATO's secretary-general said the exercise sent a clear message "
        "that the alliance was ready and able to defend every inch of its territory. Officials "
        "said no live firing would take place near the borders with Russia or Belarus.",
        "military",
    ),
    (
        "Russia holds Victory Day parade on Red Square with foreign leaders",
        "MOSCOW — Russia held its annual Victory Day parade on Red Square on Friday to mark the "
        "80th anniversary of the Soviet victory over Nazi Germany, with Chinese President Xi "
        "Jinping and more than 20 other foreign leaders watching from the stands beside "
        "President Vladimir Putin. More than 11,000 troops marched across the square, including, "
        "for the first time, soldiers who had fought in Ukraine, along with units from China, "
        "North Korea, Vietnam and several former Soviet republics. Columns of tanks, armoured "
        "vehicles and Yars intercontinental ballistic missile launchers rolled past the Kremlin "
        "walls, and the air show featured fighter jets trailing smoke in the colours of the "
        "Russian flag. In a speech, Putin said the whole country supported the participants in "
        "what Russia calls its special military operation and that Russia would always stand "
        'firm against "neo-Nazism". Security was tight in the capital, where mobile internet was '
        "restricted, and some airports in the Moscow region suspended flights during the "
        "morning. A three-day truce declared by Moscow for the holiday was in force. Later, "
        "Putin laid flowers at the Tomb of the Unknown Soldier. The parade, held every year "
        "since 1995, is one of the most important dates in the Russian calendar, and millions of "
        'people take part in "Immortal Regiment" marches carrying portraits of relatives who '
        "fought in the Second World War. The Kremlin said it was the largest parade in several "
        "years. Xi arrived in Moscow on Wednesday for a three-day state visit, and the two "
        "leaders signed agreements on energy and trade and issued a joint statement criticising "
        "the United States. Among other guests at the parade were the leaders of Brazil, "
        "Belarus, Egypt, Venezuela and Serbia. European Union officials had warned candidate "
        "countries against attending. In cities across Russia, smaller parades and concerts were "
        "held, and veterans were given flowers and free public transport. The Soviet Union lost "
        "an estimated 27 million people in the Second World War.",
        "military",
    ),
    (
        "North Korea test-fires ballistic missiles into the sea off its east coast",
        "SEOUL — North Korea fired several short-range ballistic missiles into the sea off its "
        "east coast on Thursday, South Korea's military said, the latest in a series of weapons "
        "tests that has raised tensions on the Korean peninsula. The missiles were launched from "
        "near the capital Pyongyang in the morning and flew about 300 kilometres before falling "
        "into the water outside Japan's exclusive economic zone, the South's Joint Chiefs of "
        "Staff said. Japan's defence ministry confirmed the launches and said there were no "
        "reports of damage to ships or aircraft. North Korean state media said the next day that "
        "leader Kim Jong Un had supervised a test of a new tactical guided weapon and a "
        '"super-large" multiple rocket launcher, and that the drill was intended to warn '
        '"enemies" who were staging military exercises near the country\'s borders. South Korea '
        "and the United States were conducting joint air drills at the time. \"North Korea's "
        'continued launches are a clear violation of UN Security Council resolutions," a '
        "spokesman for the US State Department said. Seoul said it had increased surveillance "
        "and was sharing information with Washington and Tokyo. North Korea has conducted dozens "
        "of missile tests in recent years, and analysts say it is also developing weapons it has "
        "supplied to Russia. The UN Security Council has been unable to agree on new sanctions "
        "because of opposition from Russia and China. South Korea's National Security Council "
        "held an emergency meeting and called the launch a provocation that threatened peace on "
        "the peninsula. Japanese Prime Minister Fumio Kishida told reporters that Japan had "
        "lodged a protest through diplomatic channels. Analysts said North Korea was testing "
        "weapons that could carry tactical nuclear warheads, and that it might be preparing for "
        "a seventh nuclear test. Pyongyang has rejected US offers of talks, saying Washington "
        "must first abandon its hostile policy.",
        "military",
    ),
]
