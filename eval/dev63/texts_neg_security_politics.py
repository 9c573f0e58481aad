"""Negatives of eval/dev63: defence and exercises, war rhetoric, sport, accidents, disasters and
health (README.md)."""

NEGATIVES = [
    (
        "NATO allies agree to raise defence spending to five per cent",
        (
            "NATO leaders meeting in The Hague agreed on Wednesday to raise spending on defence "
            "and security to five per cent of national income by 2035, including 3.5 per cent on "
            "core military spending. Spain secured an exemption from the target, and the US "
            "president said he would keep pressure on allies that fell short. The "
            "secretary-general said the alliance faced the greatest threat since the Cold War and "
            "that allies had to be ready to defend every inch of their territory. The summit's "
            "final statement, five paragraphs long, named Russia as a long-term threat. Dutch "
            "police closed parts of The Hague and deployed 27,000 officers for the two-day "
            "meeting, the largest security operation in the country's history."
        ),
        "military",
    ),
    (
        "Germany sets up 100-billion-euro fund to re-equip armed forces",
        (
            "The German chancellor told an emergency session of parliament on Sunday that the "
            "government would set up a special fund of 100 billion euros to modernise the armed "
            "forces and would spend more than two per cent of GDP on defence every year. He "
            "called Russia's invasion of Ukraine a turning point in the history of the continent. "
            "The fund will pay for F-35 fighter jets and heavy transport helicopters."
        ),
        "military",
    ),
    (
        "Japan approves record defence budget with counterstrike missiles",
        (
            "Japan's cabinet approved a record defence budget of 6.8 trillion yen on Friday, up "
            "by a quarter on the previous year, including money for Tomahawk cruise missiles that "
            "would give the country the ability to strike enemy bases. The government plans to "
            "double defence spending to two per cent of GDP within five years. Opposition parties "
            "said the plan broke with the pacifist constitution."
        ),
        "military",
    ),
    (
        "Sirens sound across South Korea in first nationwide air raid drill in six years",
        (
            "Sirens sounded at 2 pm across South Korea on Wednesday as the country held its first "
            "nationwide civil defence drill in six years, alongside the Ulchi Freedom Shield "
            "exercises with US forces. Traffic was stopped for 15 minutes in Seoul and people "
            "were directed into subway stations and underground car parks. North Korea called the "
            "exercises a rehearsal for invasion."
        ),
        "military",
    ),
    (
        "North Korean missile lands in sea, Japan issues J-Alert warning",
        (
            "North Korea fired a ballistic missile that flew over northern Japan and landed in "
            "the Pacific Ocean on Tuesday, prompting the government to issue a J-Alert warning "
            "telling residents of Hokkaido and Aomori to take shelter. Train services were "
            "briefly suspended. The Japanese defence ministry said the missile flew about 4,600 "
            "kilometres, and Japan and South Korea scrambled fighter jets for joint drills."
        ),
        "military",
    ),
    (
        "Police stage mock terror attack at Paris Olympic venue",
        (
            "Hundreds of police officers, firefighters and soldiers took part in an exercise at "
            "the Stade de France on Tuesday simulating a terrorist attack during an Olympic "
            "event, with actors playing wounded spectators. The interior minister said about "
            "45,000 police and gendarmes would be on duty for the opening ceremony on the Seine. "
            "Similar drills were held at the water polo and marathon venues."
        ),
        "military",
    ),
    (
        "Swedish flag raised at NATO headquarters as country joins alliance",
        (
            "Sweden's flag was raised outside NATO headquarters in Brussels on Monday, four days "
            "after the country formally became the alliance's 32nd member, ending two centuries "
            "of military non-alignment. The prime minister said Sweden would contribute to the "
            "alliance's defence with its air force and submarines. Swedish troops are expected to "
            "join a multinational battalion in Finland."
        ),
        "military",
    ),
    (
        'Governor vows to wage "war on woke" in state of the state address',
        (
            'The governor of Florida promised on Tuesday to "fight the woke" in schools, '
            'businesses and universities and said the state was "where woke goes to die", in '
            "his annual address to the legislature. Democrats accused him of waging a culture war "
            "against teachers and minorities to build a presidential campaign. The speech lasted "
            "40 minutes."
        ),
        "politics",
    ),
    (
        'French president says country is "at war" with coronavirus',
        (
            "The French president told the nation in a televised address on Monday that France "
            'was "at war" with the coronavirus, repeating the phrase six times, and ordered '
            "people to stay at home for at least 15 days. Gatherings were banned and the second "
            "round of municipal elections was postponed. The army will help move patients from "
            "the worst-hit regions, he said."
        ),
        "health",
    ),
    (
        "European Union hits back in steel trade war with tariffs on bourbon and motorbikes",
        (
            "The European Union imposed tariffs of 25 per cent on American bourbon whiskey, "
            "motorcycles and jeans on Friday, in retaliation for US duties on European steel and "
            "aluminium. The trade commissioner said the bloc did not want a trade war but had to "
            "respond. Shares in motorcycle makers fell."
        ),
        "economy",
    ),
    (
        "Supermarkets cut prices again as German discount war intensifies",
        (
            "Germany's two largest discount supermarket chains cut the prices of more than 400 "
            "products on Monday, the third round of cuts this year, as they battle for customers "
            "squeezed by inflation. Analysts said the price war was hurting the margins of "
            "smaller chains. Shares in one listed rival fell by four per cent."
        ),
        "economy",
    ),
    (
        "Ireland storm Twickenham as attack runs riot",
        (
            "Ireland's backs tore through the English defence to score five tries at Twickenham "
            "on Saturday and keep their hopes of a Six Nations Grand Slam alive. The fly-half "
            "kicked six from six, and the visitors were ahead 24-3 at half-time. England's coach "
            'said his side had been "blown away" and had no answer to the pace of the attack.'
        ),
        "sport",
    ),
    (
        "English and Russian fans clash in Marseille before Euro 2016 match",
        (
            "English and Russian football fans threw chairs and bottles at each other in "
            "Marseille's Old Port on Saturday before the two countries' opening match at Euro "
            "2016, and French police fired tear gas. An English fan was left in a critical "
            "condition after being beaten with an iron bar. UEFA threatened to expel both teams "
            "from the tournament if the violence continued."
        ),
        "sport",
    ),
    (
        "Samurai Japan shoot down South Korea to reach final",
        (
            "Japan routed South Korea 13-4 in Tokyo on Friday to reach the final of the World "
            "Baseball Classic, with a seven-run fourth inning that left the Korean pitching staff "
            "in ruins. They will meet the United States in Miami on Tuesday."
        ),
        "sport",
    ),
    (
        "At least 150 killed in Halloween crowd crush in Seoul's Itaewon",
        (
            "At least 150 people, most of them in their twenties, were killed when a crowd surged "
            "in a narrow alley during Halloween celebrations in the Itaewon district of Seoul on "
            "Saturday night. Another 80 people were injured. Witnesses said people fell on top of "
            "one another as tens of thousands tried to move along the sloping alley. The "
            "president declared a period of national mourning."
        ),
        "accident",
    ),
    (
        "Section of Dresden bridge collapses into Elbe overnight",
        (
            "A 100-metre section of the Carola bridge in Dresden collapsed into the river Elbe "
            "early on Wednesday, minutes after a tram had crossed it, and no one was hurt. The "
            "fire brigade said corrosion of the steel cables was the likely cause."
        ),
        "accident",
    ),
    (
        "Baltimore bridge collapses after being hit by container ship",
        (
            "A container ship lost power and crashed into a support of the Francis Scott Key "
            "Bridge in Baltimore early on Tuesday, bringing down most of the bridge into the "
            "Patapsco river. Six road workers who were filling potholes on the bridge were "
            "killed. The governor said there was no indication of a terrorist attack and that a "
            "mayday call from the ship had allowed police to stop traffic."
        ),
        "accident",
    ),
    (
        "Gas explosion destroys building in Paris's 9th arrondissement",
        (
            "A powerful gas explosion destroyed the ground floor of a building on rue de Trévise "
            "in Paris on Saturday morning, killing two firefighters and a tourist and injuring 66 "
            "people. Windows were blown out in surrounding streets. The prosecutor said the blast "
            "was caused by a gas leak and that there was no sign of a criminal act."
        ),
        "accident",
    ),
    (
        "Lithium battery blamed for parcel fire at courier depot",
        (
            "A fire that broke out in a parcel sorting depot in Kent on Tuesday night, forcing "
            "the evacuation of about 50 staff, was caused by a lithium battery in a package, the "
            "fire service said. Police said the fire was not suspicious."
        ),
        "accident",
    ),
    (
        "Soldiers sent to Valencia as flood death toll passes 200",
        (
            "Spain sent 5,000 more soldiers to the Valencia region on Saturday to help search for "
            "bodies and clear streets after flash floods that have killed at least 211 people. "
            "Hundreds of cars were swept away and piled up in towns south of the city, and dozens "
            "of people are still missing. It was the largest peacetime deployment of the armed "
            "forces in Spain. Residents who had waited for days angrily confronted the king and "
            "the prime minister during a visit to Paiporta, throwing mud at them. The regional "
            "government has been criticised for sending an alert to phones only after the water "
            "had begun to rise."
        ),
        "disaster",
    ),
    (
        "Self-Defense Forces reach isolated villages after Noto earthquake",
        (
            "Japanese troops reached several villages on the Noto peninsula on Wednesday that had "
            "been cut off since a magnitude 7.5 earthquake struck on New Year's Day, as the death "
            "toll rose to 73. About 33,000 people are in evacuation centres. Roads have been "
            "blocked by landslides and fallen buildings, and aftershocks continue."
        ),
        "disaster",
    ),
    (
        "Measles outbreak spreads in Texas as vaccination rates fall",
        (
            "The number of measles cases in an outbreak in western Texas rose to 146 on Tuesday, "
            "the state health department said, after a child who was not vaccinated died, the "
            "first measles death in the United States in a decade. Most of the cases are in a "
            "Mennonite community in Gaines County. Health officials urged parents to vaccinate "
            "their children."
        ),
        "health",
    ),
]
