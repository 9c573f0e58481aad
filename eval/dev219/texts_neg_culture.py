"""dev219 negatives, the desk's softer pages: anniversaries of shipwrecks and exoduses, films and
theatre about migration, and refugee athletes."""

NEGATIVES = [
    # history
    (
        "Lampedusa remembers 368 dead, ten years after the shipwreck that shocked Europe",
        "LAMPEDUSA, Italy - Survivors, relatives and fishermen gathered at the harbour of "
        "Lampedusa on Tuesday to mark ten years since a boat carrying more than 500 people, most "
        "of them Eritreans, caught fire and capsized half a mile from the island, killing 368. "
        "Wreaths were thrown into the sea from coast guard boats, and students from across "
        "Europe walked in procession to the Door of Europe monument. “I still hear the "
        "screams,” said Vito Fiorino, a local man who pulled 47 people from the water with his "
        "small boat that night. The disaster on Oct. 3, 2013, led Italy to launch the naval "
        "search-and-rescue operation Mare Nostrum, which was ended a year later. Relatives of "
        "some victims said they were still waiting for the bodies to be identified and returned. "
        "Since 2013, the International Organization for Migration has recorded more than 28,000 "
        "deaths and disappearances in the Mediterranean. Many speakers said little had changed.",
        "history",
    ),
    (
        "Fifty years on, Vietnamese boat people return to Pulau Bidong",
        "PULAU BIDONG, Malaysia - More than 300 former refugees and their children travelled to "
        "this small island off Terengganu this week to mark 50 years since the fall of Saigon "
        "and the start of an exodus that saw hundreds of thousands of Vietnamese flee by sea. "
        "Between 1978 and 1991 the island held about 250,000 people in a camp that at its peak "
        "was one of the most crowded places on earth. Visitors laid flowers at a memorial to "
        "those who died at sea and searched the overgrown hillsides for the foundations of "
        "huts where they had once lived. “I was nine years old. We arrived with nothing but the "
        "clothes we had on,” said a retired engineer from California. Many of the boat people "
        "were resettled in the United States, Australia, Canada and France. Historians estimate "
        "that between 200,000 and 400,000 died at sea from storms, thirst and pirate attacks. "
        "The Malaysian state government is restoring part of the site as a museum.",
        "history",
    ),
    (
        "Ten years after 'We can do this', Germany looks back on the refugee summer",
        "BERLIN - Ten years after Angela Merkel told reporters “Wir schaffen das” (“We can do "
        "this”) as hundreds of thousands of refugees arrived in Germany, a new study by the "
        "Institute for Employment Research finds that 64% of those who came in 2015 are in work. "
        "Germany registered about 890,000 asylum seekers that year, most of them Syrians, "
        "Afghans and Iraqis who had walked the Balkan route through Hungary and Austria. Merkel's "
        "decision not to close the border during the first weekend of September was celebrated "
        "at Munich railway station, where volunteers handed out water and toys, but later split "
        "her party and fuelled the rise of the far-right Alternative for Germany. In her memoir, "
        "the former chancellor defends the decision and says she would do it again. Many of the "
        "refugees now have German citizenship, run businesses or work in hospitals and care "
        "homes. Others live on welfare, and women have been slower to find work than men, the "
        "study says.",
        "history",
    ),
    (
        "Britain marks 75 years since the Empire Windrush docked at Tilbury",
        "TILBURY, England - Church bells rang and a service was held at Westminster Abbey on "
        "Thursday to mark 75 years since the Empire Windrush docked at Tilbury with about 800 "
        "passengers from the Caribbean, the start of a migration that helped rebuild Britain "
        "after the Second World War. Many of the new arrivals, who came as citizens of the "
        "empire, worked on the buses and railways and in the new National Health Service. King "
        "Charles hosted a reception at Buckingham Palace and unveiled portraits of ten members "
        "of the Windrush generation. The anniversary came five years after the Windrush scandal, "
        "in which long-settled Caribbean-born residents were wrongly detained, denied health "
        "care or deported because they lacked documents. Campaigners said the compensation "
        "scheme set up afterwards was still too slow, and that some victims had died before "
        "receiving a payment. Schools across the country held assemblies about the generation's "
        "contribution.",
        "history",
    ),
    # entertainment
    (
        "'Io Capitano', a Senegalese teenager's journey to Europe, wins Oscar nomination",
        "ROME - Matteo Garrone's “Io Capitano”, which follows two Senegalese cousins on their "
        "journey across the Sahara, through Libya and over the Mediterranean, was nominated on "
        "Tuesday for the Academy Award for best international feature film. The film, shot in "
        "Senegal, Morocco and Sicily with non-professional actors in Wolof and French, won the "
        "Silver Lion for best director in Venice last year. Its young star, Seydou Sarr, who "
        "plays a 16-year-old forced to steer a boat full of migrants, also won the Marcello "
        "Mastroianni award for best young actor. Garrone said he built the story from the "
        "accounts of young men who had made the crossing, including detention and abuse in "
        "Libyan prisons. Italian critics praised the film's dreamlike scenes in the desert, "
        "while some African reviewers said it offered a more rounded picture of why young people "
        "leave. It has been shown in hundreds of Italian schools. The ceremony takes place in Los "
        "Angeles on March 10.",
        "entertainment",
    ),
    (
        "Polish ministers attack Holland's 'Green Border' before its release",
        "WARSAW - Polish government ministers have attacked Agnieszka Holland's film “Green "
        "Border”, about refugees trapped between Poland and Belarus, as anti-Polish propaganda, "
        "days before its release in cinemas. Justice Minister Zbigniew Ziobro compared it to "
        "Nazi films, and the interior ministry said cinemas showing it would have to screen a "
        "government clip before it explaining the need for the border fence. The black-and-white "
        "film, which won the special jury prize at the Venice Film Festival, follows a Syrian "
        "family, a Polish border guard and activists in the Bialowieza forest in 2021, when "
        "Belarus encouraged thousands of people from the Middle East to try to cross into the "
        "EU. Holland, 74, said she would sue the minister and that the film was a work of "
        "fiction based on research. Audiences at the Warsaw premiere gave it a long standing "
        "ovation. Several cinema chains said they would not show the government clip, and "
        "tickets for opening weekend sold out in big cities.",
        "entertainment",
    ),
    (
        "Little Amal, a giant puppet of a refugee girl, ends 8,000 km walk in Manchester",
        "MANCHESTER, England - Little Amal, a 3.5-metre puppet of a nine-year-old Syrian refugee "
        "girl, ended an 8,000 km journey from the Turkish-Syrian border in Manchester on "
        "Wednesday, welcomed by a choir and a crowd of several thousand people. Over four months "
        "the puppet, operated by a team of puppeteers on stilts, walked through Turkey, Greece, "
        "Italy, Switzerland, Germany, Belgium and France, taking part in more than 100 events "
        "organised by local theatres and refugee groups. The project, called The Walk, was "
        "created by the team behind the play “The Jungle”, set in the former Calais camp. Its "
        "artistic director said it was meant to remind people that refugees are first of all "
        "children and families. Not every stop was welcoming: in one Greek town, local "
        "councillors voted to ban the puppet, and in another a small group of residents "
        "protested against the procession. Organisers said the puppet would continue to travel and would visit the "
        "United States next year.",
        "entertainment",
    ),
    # sport
    (
        "Boxer Cindy Ngamba wins Refugee Olympic Team's first ever medal",
        "PARIS - Cindy Ngamba became the first member of the Refugee Olympic Team to win a medal "
        "on Sunday, beating France's Davina Michel in the women's 75kg quarter-final to guarantee "
        "at least a bronze. Ngamba, 25, who was born in Cameroon and moved to Britain at the age "
        "of 11, attacked from the opening bell and used her reach to keep Michel on the back "
        "foot. Two judges scored every round for Ngamba. She was granted refugee status in "
        "Britain after facing the threat of deportation, and cannot fight for Cameroon because "
        "she is gay. “I want to show every refugee that they can do anything,” she said after "
        "the fight, wrapped in the team's white flag. The refugee team, made up of 37 athletes "
        "from 11 countries, was first created for the Rio Games in 2016. Ngamba will face "
        "Panama's Atheyna Bylon in the semi-final on Thursday. Officials said the medal would "
        "be a powerful message from the Games to millions of displaced people.",
        "sport",
    ),
    (
        "Afghan women footballers in exile play first match under FIFA-backed squad",
        "BERKANE, Morocco - Afghan women footballers who left their country after the Taliban "
        "took power in 2021 played their first match as a FIFA-backed refugee team on Sunday, "
        "losing 6-0 to Chad in the opening game of a friendly tournament in Morocco. The "
        "players, who now live in Australia, Britain, Portugal, Germany and other countries, "
        "have been unable to represent Afghanistan because the Afghan federation, controlled by "
        "the Taliban, does not recognise women's football. FIFA set up the Afghan Women United "
        "team this year after years of campaigning by the players. “We were defending for our "
        "lives out there, but the score does not matter today,” said the captain, who plays for "
        "a club in Melbourne. Many of the women were evacuated on flights from Kabul with the "
        "help of former teammates and foreign governments. The coach said the team would need "
        "time to build fitness together. They meet Tunisia on Wednesday and Libya on Saturday.",
        "sport",
    ),
    (
        "Asylum seekers' cricket club storms to county league title",
        "GLOUCESTER, England - A cricket club founded four years ago by Afghan and Pakistani "
        "asylum seekers living in hotels won the Gloucestershire county league's third division "
        "on Saturday, sealing promotion with a five-wicket victory over a village side from the "
        "Cotswolds. The club's fast bowlers ripped through the top order, and an opening batter "
        "who arrived in Britain on a small boat two years ago hit an unbeaten 88. “We came "
        "here as strangers and now the whole village comes to watch,” said the captain. The "
        "club began with a tennis ball and a borrowed bat on a car park and now has two teams "
        "and a waiting list. Several players have since been granted refugee status and found "
        "jobs as delivery drivers, cooks and care workers, while others are still waiting for a "
        "decision. The county board said the club had breathed new life into a league that had "
        "been losing teams. The side will play in the second division next season.",
        "sport",
    ),
]
