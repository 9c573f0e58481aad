"""dev111 hard negatives, part b: anniversaries of past exoduses, refugee artists and athletes."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Rohingya mark two years since exodus with mass rally in Cox's Bazar camps",
        "Tens of thousands of Rohingya refugees gathered in the Kutupalong camp in southern "
        "Bangladesh on Sunday to mark two years since the start of the exodus from Myanmar, "
        "calling it Genocide Remembrance Day and demanding guarantees of safety and citizenship "
        "before they go home. Men in white lungis and women in headscarves filled a field and the "
        "hillsides around it, holding banners that read 'Never again' and chanting for justice. "
        "About 740,000 Rohingya fled to Bangladesh after the Myanmar army launched a crackdown in "
        "Rakhine state in August 2017 in response to attacks by an insurgent group, and UN "
        "investigators have accused the military of carrying out killings and gang rapes with "
        "genocidal intent. Myanmar denies the accusations. An attempt to start repatriation last "
        "week failed when not a single refugee agreed to board the buses that Bangladesh had laid "
        "on. 'We want to go back, but only with our rights,' said a refugee leader from Camp 1 who "
        "addressed the crowd. Police said the rally passed off peacefully. Bangladeshi officials "
        "said they were frustrated with the lack of progress and that the country could not host "
        "the refugees for ever.",
        "history",
    ),
    (
        "Forty years on, Darwin remembers the first Vietnamese boat people",
        "Forty years ago this week, a small fishing boat called the Kien Giang sailed into Darwin "
        "harbour carrying five young Vietnamese men who had escaped after the fall of Saigon, the "
        "first of the boat people to reach Australia. On Wednesday, one of them, Lam Binh, now 64 "
        "and a grandfather, stood on the same waterfront with his family and about 200 guests at a "
        "ceremony organised by the Vietnamese community of the Northern Territory. 'We did not know "
        "if anyone would let us stay,' he said. 'Australia gave us a life.' More than 2,000 "
        "Vietnamese arrived by boat over the following five years, and tens of thousands more were "
        "resettled from camps in South-East Asia under the Fraser government. Historians say the "
        "arrivals shaped the bipartisan refugee policy of the time, which contrasts sharply with "
        "today's offshore processing. A plaque was unveiled at Stokes Hill Wharf, and students from "
        "a Darwin school read letters written by refugees in the camps of Malaysia and Hong Kong. "
        "The ceremony ended with a lion dance and a meal of pho for everyone who came.",
        "history",
    ),
    (
        "At Blace, Kosovo Albanians remember the spring they were driven out",
        "Twenty-five years after the spring of 1999, when hundreds of thousands of Kosovo Albanians "
        "were forced out of their homes by Serbian forces and crammed onto trains to the border, a "
        "few hundred of them returned on Sunday to the muddy field at Blace where they had waited "
        "to enter North Macedonia. Some brought grandchildren and laid flowers beside a small "
        "monument near the crossing. 'We stood here for four days in the rain, without water, "
        "without knowing if we would live,' said Drita, who was 19 at the time and now teaches "
        "English in Pristina. About 850,000 people fled or were expelled from Kosovo during the NATO "
        "bombing campaign, according to the UN refugee agency, and most returned within weeks of "
        "the war's end in June 1999. North Macedonia's president and Kosovo's deputy prime minister "
        "attended the ceremony, and a choir sang songs from the camps at Stenkovec. Organisers said "
        "they wanted young people, born long after the war, to know what happened. A photo "
        "exhibition about the exodus will tour schools in Kosovo in the autumn.",
        "history",
    ),
    (
        "A year after Melilla fence tragedy, families still wait for answers",
        "One year after at least 23 migrants died trying to climb the border fence between Morocco "
        "and the Spanish enclave of Melilla, relatives and rights groups held vigils in Madrid, "
        "Rabat and Nador on Saturday and said no one had been held to account. On 24 June 2022, "
        "about 2,000 people, most of them Sudanese, tried to force their way across the Barrio "
        "Chino crossing; many were crushed or fell, and videos showed Moroccan forces beating men "
        "lying on the ground. Amnesty International says at least 77 people are still missing. "
        "Spain's public prosecutor closed its investigation last December, saying it had found no "
        "evidence of crime by Spanish officers, and a Moroccan court jailed dozens of migrants for "
        "illegal entry. 'My brother called me from the forest the night before,' said Ahmed, a "
        "Sudanese man living in France who came to the vigil in Madrid. The Spanish ombudsman has "
        "said that 470 people were returned to Morocco without any procedure on the day. A "
        "documentary that pieced together the events from phone footage was shown in several "
        "Spanish cities this week.",
        "history",
    ),
    (
        "Ten years after Alan Kurdi photo, his aunt says the world has looked away",
        "Ten years after a photograph of a drowned Syrian toddler on a Turkish beach moved "
        "governments to open their doors, his aunt says the compassion it stirred has long "
        "faded. Alan Kurdi, who was two, died with his brother and mother when their dinghy "
        "capsized off Bodrum in September 2015 as the family tried to reach the Greek island of "
        "Kos, having fled the war in Syria. The image, taken by a Turkish news agency "
        "photographer, was on front pages around the world within hours. Tima Kurdi, who lives in "
        "Canada, spoke at a memorial event in Vancouver on Tuesday and said that thousands of "
        "children had drowned in the Mediterranean since then with hardly a headline, and that "
        "people had cried for Alan and then built higher walls. Germany took in more than a "
        "million asylum seekers in 2015 and 2016, but the mood across Europe turned sharply within "
        "months, and the EU struck a deal with Turkey to stop crossings to the Greek islands. The "
        "International Organization for Migration counts more than 30,000 people dead or missing "
        "in the Mediterranean over the decade. A charity rescue ship bearing Alan's name still "
        "operates off Libya.",
        "history",
    ),
    (
        "Berlinale drama follows Guinean teenager across desert and sea",
        "A Tunisian director's first feature, about a 16-year-old boy from Conakry who sets out to "
        "reach Europe, drew a long standing ovation at its premiere at the Berlin film festival on "
        "Friday. 'Salt Road' follows Mamadou through the Sahara, a warehouse prison in southern "
        "Libya and a night on a sinking boat, and was shot over two years in Tunisia and Senegal "
        "with non-professional actors, some of whom had made the journey themselves. The lead, "
        "played by 17-year-old Ousmane Camara, a student in Lyon, was spotted at a football "
        "tournament for young migrants. Critics praised the film's restraint in the scenes of "
        "violence at the hands of traffickers, which are mostly heard rather than shown. 'I did not "
        "want to make a film about victims, but about a boy who chooses,' the director said at a "
        "press conference. The film is competing in the festival's Encounters section and has been "
        "bought for distribution in France, Italy and Belgium. Its release comes as European "
        "governments debate tougher asylum rules, and the director said she hoped it would be "
        "shown in schools.",
        "entertainment",
    ),
    (
        "Beirut gallery shows work of Syrian refugee painters from the Bekaa camps",
        "A Beirut gallery has opened an exhibition of more than 60 paintings and drawings by Syrian "
        "refugees living in informal tented settlements in the Bekaa Valley, most of whom had "
        "never shown their work before. The pieces, many of them painted on scraps of tarpaulin "
        "and the wood of vegetable crates, range from portraits of neighbours to bright scenes of "
        "orchards in Homs and Idlib that the artists left when the war reached their towns. "
        "'Painting is the only place where I can go home,' said Ayham, 29, who used to decorate "
        "wedding halls in Qusayr and now picks potatoes for a day wage. The show grew out of "
        "weekly art workshops run by a Lebanese charity in three settlements near Zahle. Organisers "
        "said all proceeds from sales would go to the artists, and that several works had sold on "
        "the first night to collectors and diplomats. Lebanon hosts more Syrian refugees per head "
        "of population than any other country, and tensions over jobs and services have grown. The "
        "exhibition runs until the end of the month and will travel to Amman in the spring.",
        "entertainment",
    ),
    (
        "Hazara writers bring Manus and Nauru detention stories to the Melbourne stage",
        "A play written by three Hazara refugees who spent years in Australia's offshore detention "
        "centres opened at a Melbourne theatre on Thursday to a sold-out house. 'The Waiting Room' "
        "is set in a single tent on Nauru over one night, as four men from different countries "
        "wait for news of their refugee claims and argue about whether to go home. Its authors "
        "fled persecution of the Hazara minority in Afghanistan and Pakistan and arrived by boat "
        "in 2013, just after the government announced that no one arriving that way would ever be "
        "settled in Australia. They wrote the first scenes in a notebook they passed between their "
        "rooms in detention, one of them told ABC Radio. The production, directed by a Melbourne "
        "company that works with refugee artists, uses recordings of phone calls to family members "
        "in Quetta and Kabul. Critics called it funny, angry and deeply humane. About a thousand "
        "people sent offshore have since been resettled in the United States under a deal struck in "
        "2016, and a few dozen remain in Papua New Guinea and Nauru.",
        "entertainment",
    ),
    (
        "Afghan women's football team in exile plays first match under Fifa banner",
        "A team of Afghan women footballers who fled Kabul when the Taliban took power in 2021 "
        "played their first match as a Fifa-recognised refugee side in Melbourne on Sunday, "
        "losing 2-1 to a Victorian state league club in front of about 3,000 spectators. Most of "
        "the players were evacuated to Australia on military flights in the chaotic days after the "
        "fall of Kabul, and have since trained together with the backing of a Melbourne club. The "
        "Taliban have banned women from playing sport, and the Afghan football federation does not "
        "field a women's team. 'Every time we step on the pitch, we are playing for the girls who "
        "cannot,' said the captain, a midfielder who now studies nursing. Fifa said last year it "
        "would create a pathway for the team to play international friendlies, though it is not "
        "allowed to represent Afghanistan in official competitions. The striker who scored the "
        "team's goal, a 20-year-old from Herat, was mobbed by fans at the final whistle. The "
        "players hope to travel to a tournament in Europe next year.",
        "sport",
    ),
    (
        "Bidibidi football league gives South Sudanese refugees a reason to train",
        "Every Saturday afternoon, hundreds of people gather around a dusty pitch in Zone 3 of the "
        "Bidibidi refugee settlement in north-western Uganda to watch the final rounds of a league "
        "that now has 48 teams. Most of the players are young South Sudanese men who arrived as "
        "teenagers in 2016 and 2017, when the settlement grew within months into one of the "
        "largest in the world. Teams are named after their home counties, such as Yei Stars and "
        "Morobo United, and several include Ugandan players from the surrounding villages. The "
        "league is run by volunteers with support from a Norwegian charity, which provides balls, "
        "boots and a small allowance for referees. 'When I am training I do not think about the "
        "war or about the rations,' said John, a 22-year-old defender who dreams of playing for a "
        "club in Kampala. Two former players from the league have signed for teams in Uganda's "
        "second division. Organisers say they want to start a women's competition next season, "
        "but need more pitches and money for transport between the zones of the sprawling "
        "settlement.",
        "sport",
    ),
]
