"""dev96 negatives, part b: football, music, film and anniversaries (eval/README.md, 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Burkina Faso's Stallions edge Mauritania with late penalty at AFCON",
        "Bertrand Traore converted a penalty deep into stoppage time to give Burkina Faso a 1-0 "
        "win over Mauritania in their Africa Cup of Nations opener in Bouake on Tuesday. The "
        "Stallions dominated possession but struggled to break down a compact Mauritanian "
        "defence, and their attack wasted several chances in the first half. The decisive "
        "penalty was awarded after a VAR review showed a Mauritanian defender had tripped "
        "Mohamed Konate inside the box. 'We suffered, but the boys never stopped fighting,' coach "
        "Hubert Velud said afterwards. In Ouagadougou, fans who had gathered in front of giant "
        "screens poured into the streets, honking horns and waving flags until late into the "
        "night. The team has been forced to play its home qualifiers abroad for several years "
        "because no stadium in the country meets the standards of the Confederation of African "
        "Football. Burkina Faso, semi-finalists two years ago, next face Algeria, who were held "
        "by Angola in their first match.",
        "sport",
    ),
    (
        "Thousands pack Mogadishu stadium as Horseed lift Somali league title",
        "Thousands of fans filled the renovated Mogadishu Stadium on Friday to watch Horseed beat "
        "Elman 2-1 in the final match of the Somali First Division season, securing the title on "
        "the last day. The crowd, many of them young women in the club's colours, began arriving "
        "hours before kick-off, and security forces searched every spectator at the gates. "
        "Horseed's striker Abdirahman Nuur scored the winner with a header in the 78th minute. "
        "The stadium, built in the 1970s, was used for years as a military base by foreign troops "
        "and armed groups, and its pitch was covered in rubble until reconstruction began in 2018, "
        "funded partly by the government and FIFA. 'When I was a boy we played on the beach "
        "because there was nowhere else,' said a 34-year-old supporter. The Somali Football "
        "Federation said it hoped to host an international friendly in the capital next year, "
        "which would be the first in more than three decades. The champions will represent "
        "Somalia in the CAF Champions League preliminary round.",
        "sport",
    ),
    (
        "Haiti qualify for first World Cup since 1974 with win in Curacao",
        "Haiti qualified for the World Cup for the first time in more than half a century on "
        "Tuesday night, beating Nicaragua 2-0 in a match played in Willemstad, Curacao, because "
        "international fixtures cannot be held in Port-au-Prince. Goals in each half sent the "
        "Grenadiers to the top of their qualifying group, and players knelt on the pitch in tears "
        "at the final whistle. In Petion-Ville and in Haitian neighbourhoods of Miami, Montreal "
        "and New York, fans danced in the streets and waved the blue and red flag. Haiti's only "
        "previous World Cup appearance was in West Germany in 1974. The team has not played a "
        "home match since 2021, as armed gangs control much of the capital and the international "
        "airport has been repeatedly shut. Coach Sebastien Migne, who took charge last year, has "
        "never been able to hold a training camp in Haiti, building his squad from players in "
        "France, the United States and Canada. 'This is for the people at home who watched on "
        "their phones,' said captain Johny Placide.",
        "sport",
    ),
    (
        "Referee's early whistle sparks chaos as Mali beat Tunisia in Limbe",
        "Mali's 1-0 win over Tunisia at the Africa Cup of Nations ended in confusion on Wednesday "
        "after the Zambian referee blew the final whistle twice before the 90 minutes were up. "
        "Janny Sikazwe first ended the match in the 85th minute, then restarted it, and stopped "
        "it again seconds before full time with no stoppage time added, prompting furious "
        "protests from the Tunisian bench. Tunisia's attack had been pressing for an equaliser "
        "after Ibrahima Kone's penalty put Mali ahead. Match officials later ordered the teams "
        "back out to play the remaining minutes, but Tunisia refused, and CAF upheld the result. "
        "The match was played at the Limbe Omnisport Stadium in the South-West region, one of "
        "two venues in Cameroon's English-speaking regions, where separatists had threatened to "
        "disrupt the tournament. Security was heavy around the stadium and the team hotels, and "
        "the game passed without incident in the stands. Sikazwe said afterwards that he had "
        "suffered from heat exhaustion.",
        "sport",
    ),
    (
        "Yemen's young footballers return home to heroes' welcome after regional title",
        "Crowds lined the road from Aden airport on Friday to welcome home Yemen's under-15 "
        "national team, who won the West Asian Football Federation championship by beating Saudi "
        "Arabia on penalties in the final in Dammam. Celebrations broke out in Sanaa, Aden, Taiz "
        "and Marib after the match, in a rare moment of shared joy in a country divided by seven "
        "years of war. The players, most of them from Sanaa and Aden, trained for months on dirt "
        "pitches and travelled for two days by road to reach Saudi Arabia because of the closure "
        "of Sanaa airport. 'These boys gave Yemenis a reason to smile,' said the team's coach, "
        "who added that several players had never played on grass before the tournament. Both "
        "the government in Aden and the Houthi authorities in Sanaa praised the team, and "
        "businessmen offered cash rewards to the players and their families. The federation said "
        "it hoped the victory would bring funding for youth football.",
        "sport",
    ),
    (
        "Kannywood film about a kidnapped schoolgirl premieres in Kano",
        "A Hausa-language film that tells the story of a schoolgirl kidnapped from her dormitory "
        "and held for ransom in a forest premiered in Kano on Saturday, drawing a full house of "
        "students, politicians and Kannywood stars. 'Hawayen Uwa', directed by Aminu Bala "
        "Sulaiman, follows the girl's mother as she sells her land and her jewellery to raise "
        "money, while the father is torn between paying and trusting the authorities. The director "
        "said he had interviewed parents of abducted pupils in Katsina and Zamfara while writing "
        "the script, and that scenes were shot in a village in Kano State with local actors as "
        "extras. The film was cleared by the Kano State Censorship Board after some scenes of "
        "violence were shortened. Several members of the audience wept during the screening, and "
        "the lead actress, Hadiza Musa, received a standing ovation. The producers said the film "
        "would be shown in cinemas across the North before being released on a streaming "
        "platform.",
        "entertainment",
    ),
    (
        "From the desert of Kidal, a Tuareg band records an album of exile",
        "The songs on 'Assouf n Adrar', the second album by the Tuareg band Kel Tinfar, were "
        "written in a refugee camp in Mauritania and recorded in a studio in Bamako, because the "
        "musicians can no longer safely tour the north of Mali, where they grew up. Guitarist "
        "and singer Alhassane Ag Mohamed, 31, says the album is about longing for the desert and "
        "for friends scattered across the Sahel by years of war. 'We sing about the wells and the "
        "dunes because that is what we have lost,' he told AFP by telephone from Bamako. The "
        "band's hypnotic guitar style recalls the pioneers of desert blues, but the record also "
        "uses drum machines and a synthesiser borrowed from a Bamako hip-hop producer. The "
        "Festival in the Desert, which once drew visitors from around the world to the dunes "
        "near Timbuktu, has been held in exile for years. Kel Tinfar will tour Europe in the "
        "spring, with dates in Paris, Brussels and Berlin.",
        "entertainment",
    ),
    (
        "Srinagar gets its first multiplex as cinema returns to the Valley after three decades",
        "Kashmir's first multiplex opened at Shivpora in Srinagar on Tuesday, more than three "
        "decades after the Valley's cinema halls closed at the onset of militancy. Lieutenant "
        "Governor Manoj Sinha inaugurated the three-screen theatre with a special screening, "
        "saying it would give the youth of Kashmir entertainment options available elsewhere in "
        "the country. Srinagar once had more than a dozen cinema halls, several of which were "
        "later converted into security camps or fell into ruin. An attempt to reopen some halls "
        "in 1999 ended within months. The new multiplex, built by a local businessman in "
        "partnership with a national chain, will show Hindi blockbusters and Hollywood films, and "
        "the owners said they would also screen Kashmiri-language productions. Some residents "
        "welcomed the move, while others said the Valley needed jobs more than cinemas. 'My "
        "father talks about watching films in Regal and Broadway. Now I can tell my children the "
        "same story,' said a college student at the opening.",
        "entertainment",
    ),
    (
        "Former FARC fighters and victims share the stage in Bogota play",
        "A play performed by former FARC guerrillas and people who lost relatives in Colombia's "
        "armed conflict opened at a theatre in central Bogota on Thursday, with tickets sold out "
        "for its first two weeks. 'Lo que la selva calla' grew out of workshops held over two "
        "years in a reintegration zone in Meta, where ex-combatants and victims met to tell each "
        "other their stories. On stage, a former commander plays a mother searching for her "
        "disappeared son, while a woman whose brother was kidnapped plays a guerrilla. 'At first "
        "we could not look at each other,' said the director, Lucia Rengifo. The production is "
        "supported by the Truth Commission's cultural programme and by the Ministry of Culture. "
        "Critics praised the performances but some asked whether theatre could carry the weight "
        "of so much pain. After Bogota, the company plans to tour Medellin, Cali and towns in "
        "rural Colombia where the guerrilla once operated.",
        "entertainment",
    ),
    (
        "Five years after siege, Marawi residents mark anniversary still waiting to go home",
        "Residents of Marawi City marked the fifth anniversary of the start of the siege by "
        "Islamic State-inspired militants on Monday with prayers, a motorcade and a rally "
        "demanding compensation for homes destroyed in the five-month battle in 2017. Thousands "
        "of families from the former main battle area are still living in temporary shelters "
        "and with relatives, five years after the military declared the city liberated. The Task "
        "Force Bangon Marawi said that most public infrastructure in the ground zero had been "
        "completed, including a new mosque, a school and a museum, but many private homes remain "
        "roofless shells. Congress passed the Marawi Siege Victims Compensation Act this year, "
        "and residents are waiting for the compensation board to begin its work. 'We don't want "
        "another monument, we want to rebuild our houses,' said a community leader at the rally. "
        "Officials said the first families would be allowed to begin rebuilding in the most "
        "affected villages before the end of the year.",
        "history",
    ),
    (
        "A decade on, APS families gather in Peshawar to remember the 2014 massacre",
        "Families of the children and teachers killed in the attack on the Army Public School in "
        "Peshawar gathered at the school on Monday to mark the tenth anniversary of the massacre, "
        "laying wreaths at a memorial inscribed with the names of the dead. Militants of the "
        "Tehreek-e-Taliban Pakistan stormed the school on December 16, 2014 and killed more than "
        "140 people, most of them students. Candles were lit in the school's auditorium, where "
        "many of the pupils were killed, and a minute of silence was observed at noon in schools "
        "across Khyber Pakhtunkhwa. Several parents said they were still waiting for a full "
        "judicial accountability of the officials responsible for security. 'Every December our "
        "wounds open again,' said the mother of a 15-year-old who was killed in his classroom. "
        "The prime minister and the army chief issued statements paying tribute to the victims "
        "and vowing to continue the fight against terrorism. Some former students who survived "
        "the attack now work as doctors and teachers, and one spoke at the ceremony.",
        "history",
    ),
    (
        "Chibok: 10 years after abduction, parents of missing girls keep vigil",
        "Parents of the schoolgirls abducted from Government Girls Secondary School, Chibok, "
        "held prayers in the town on Sunday to mark ten years since the kidnapping, saying they "
        "had not given up hope of seeing their daughters again. Boko Haram fighters took 276 "
        "girls from their dormitory on the night of April 14, 2014, in an abduction that "
        "sparked the global Bring Back Our Girls campaign. Dozens escaped in the first hours, "
        "and others were released in negotiated swaps or found by the military over the years, "
        "but about 82 are still missing, according to the parents' association. 'Some of us "
        "have died waiting,' said the association's chairman, who lost a niece. Several of the "
        "freed women, now studying at a university in Yola, sent messages read out at the "
        "gathering. In Abuja, activists marched to the National Assembly carrying placards with "
        "the names of the missing girls. Amnesty International said more than 1,500 children "
        "had been abducted from schools in Nigeria since Chibok.",
        "history",
    ),
    (
        "Adwa Victory Day celebrated at new memorial museum in Addis Ababa",
        "Ethiopians marked the 128th anniversary of the Battle of Adwa on Saturday, with "
        "celebrations centred for the first time on the newly built Adwa Victory Memorial in the "
        "heart of Addis Ababa. Thousands gathered at the memorial, some dressed as the warriors "
        "of Emperor Menelik II and Empress Taytu, waving the green, yellow and red flag and "
        "singing patriotic songs. The battle of 1896, in which Ethiopian forces defeated an "
        "invading Italian army, is celebrated across Africa as a symbol of resistance to "
        "colonialism. The memorial, built by the Addis Ababa city administration, includes a "
        "museum, a library and halls named after generals of the battle. Prime Minister Abiy "
        "Ahmed, speaking at the event, called on Ethiopians to draw lessons of unity from Adwa. "
        "Ceremonies were also held in the town of Adwa itself, in Tigray, where officials of "
        "the regional interim administration laid wreaths at the battlefield monument. The "
        "national holiday closed schools and government offices across the country.",
        "history",
    ),
]
