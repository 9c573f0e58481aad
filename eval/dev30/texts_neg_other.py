"""Negatives of eval/dev30, sport to other: (title, text, kind code)."""

NEGATIVES = [
    (
        "Ukraine come from behind to beat Iceland and reach Euro 2024",
        "WROCŁAW, Poland — Ukraine qualified for the European Championship on Tuesday with a 2-1 "
        "comeback win over Iceland in a play-off final played in Poland, because home matches "
        "cannot be staged in Ukraine during the war. Iceland took the lead through Albert "
        "Gudmundsson's curling strike in the first half, and for an hour Ukraine's attack "
        "struggled to break down a packed defence. Substitute Viktor Tsygankov equalised after "
        "54 minutes, and Mykhailo Mudryk, the Chelsea winger, fired the winner from the edge of "
        "the box with victory in sight, sending thousands of Ukrainian fans in the stadium into "
        'a frenzy. "We did it for our country, for the soldiers and for everyone who is '
        'suffering," coach Serhiy Rebrov said. Goalkeeper Anatoliy Trubin made two fine saves in '
        "stoppage time to hold off a late Iceland siege. Many of the Ukrainian supporters in "
        "Wrocław were refugees who have settled in Poland since 2022, and blue and yellow flags "
        "hung from balconies across the city. Players wrapped themselves in national flags and "
        "sang the anthem with fans after the final whistle. The Ukrainian league has continued "
        "to play in empty stadiums at home since the full-scale invasion, with matches sometimes "
        "interrupted by air-raid sirens. Ukraine, who reached the quarter-finals at Euro 2020, "
        "were drawn in Group E with Belgium, Slovakia and Romania. Iceland coach Åge Hareide "
        "said his side had been punished for losing concentration. Rebrov said before the match "
        "that he hoped his team could give people at home a reason to smile. After the game, the "
        "Ukrainian football association posted a video of soldiers at the front watching the "
        "match on a phone and celebrating the winner. Mudryk, who joined Chelsea from Shakhtar "
        "Donetsk for a large fee last year, has had a difficult first season in England but was "
        'the hero in Wrocław. "I dreamed about scoring a goal like this for my country," he '
        "said. Ukraine's opening match of the tournament is against Romania in Munich on June "
        "17.",
        "sport",
    ),
    (
        "Afghanistan stun Australia to keep T20 World Cup semi-final hopes alive",
        "KINGSTOWN, St Vincent — Afghanistan produced one of the biggest upsets in their history "
        "on Saturday, beating Australia by 21 runs in the Super Eight stage of the T20 World Cup "
        "to keep alive their hopes of reaching the semi-finals for the first time. Openers "
        "Rahmanullah Gurbaz and Ibrahim Zadran put on 118 for the first wicket, and Afghanistan "
        "posted 148 for six. Australia's chase was wrecked by pace bowler Gulbadin Naib, who "
        "took four wickets for 20 runs, and only Glenn Maxwell, with a brisk 59, offered "
        "resistance before he was caught in the deep. Pat Cummins had earlier taken a hat-trick, "
        'his second in successive matches. "This win means a lot to the people back home. They '
        'have not had much to celebrate," said captain Rashid Khan, who dedicated the victory to '
        "Afghan fans. Celebrations broke out in Kabul, Kandahar and among the diaspora in Europe "
        "and Australia, with fans dancing in the streets. Afghanistan's men's team has risen "
        "from playing in regional tournaments to competing with the world's best in little more "
        "than a decade, with many players having learned the game in refugee camps in Pakistan. "
        "The team continues to compete internationally, although Australia's board has refused "
        "to play a bilateral series against Afghanistan because of the Taliban's restrictions on "
        "women's sport. Afghanistan's final Super Eight match is against Bangladesh on Monday. "
        "The victory drew congratulations from former players around the world, and Australian "
        "great Adam Gilchrist said Afghanistan deserved their win. Naib, who is 33, said he had "
        "been playing with an injured hamstring. Afghanistan's cricket board is based in Kabul, "
        "and the team trains and plays its home matches in India and the United Arab Emirates. "
        "Fans celebrated in Peshawar, in Pakistan, where many Afghans live. The team's coach, "
        "former England batsman Jonathan Trott, said the players had shown they could beat "
        "anyone.",
        "sport",
    ),
    (
        "Shakhtar Donetsk beat Barcelona in exile in Gelsenkirchen",
        "GELSENKIRCHEN, Germany — Shakhtar Donetsk beat Barcelona 1-0 in the Champions League on "
        "Tuesday, a famous win for a club that has not played in its home city for a decade. "
        "Danylo Sikan headed the winner in the 40th minute from a corner, and goalkeeper Dmytro "
        "Riznyk held out against wave after wave of Barcelona attacks in the second half, "
        "including a late shot by Robert Lewandowski that struck the post. Shakhtar, who left "
        "Donetsk in 2014 when Russian-backed separatists took control of the city, have played "
        "their European home games in Germany and Poland since the full-scale invasion in 2022, "
        'and their domestic games in Kyiv and Lviv. "Our players live with stress that '
        'footballers elsewhere cannot imagine. Tonight they showed their character," coach '
        "Marino Pušić said. Around 40,000 fans, many of them Ukrainians living in Germany, "
        "filled the Veltins Arena, home of Schalke 04. Shakhtar chief executive Sergei Palkin "
        "said the club would donate part of its Champions League earnings to the families of "
        "Ukrainian soldiers and to children's charities. The result lifted Shakhtar to second in "
        "their group. Barcelona coach Xavi Hernández, who made several changes to his side, said "
        "his team had lacked precision in attack. Barcelona remain top of the group with nine "
        "points, two ahead of Shakhtar and Porto.",
        "sport",
    ),
    (
        "Refugee Olympic Team celebrates first boxing medal in Paris",
        "PARIS — Cindy Ngamba won the first Olympic medal for the Refugee Olympic Team on "
        "Sunday, securing at least a bronze in the women's 75-kilogram boxing with a unanimous "
        "points victory over Davina Michel of France. Ngamba, 25, who was born in Cameroon and "
        "moved to Britain as a child, has lived in England for most of her life but has refugee "
        "status because she fears persecution in her home country, where same-sex relationships "
        "are illegal. She controlled the bout with her jab and landed heavy combinations in the "
        'third round as the French crowd tried to lift its boxer. "This medal is for every '
        'refugee in the world. Keep believing in yourself," Ngamba said, wrapped in the Olympic '
        "flag. The Refugee Olympic Team, created by the International Olympic Committee for the "
        "2016 Rio Games, has 37 athletes in Paris from 11 countries of origin, including "
        "Afghanistan, Iran, Syria, South Sudan and Sudan, competing in 12 sports. IOC President "
        "Thomas Bach congratulated Ngamba and said her success was a message of hope to more "
        "than 100 million people who have been forced to leave their homes. Ngamba trained at "
        "the English Institute of Sport in Sheffield with the GB boxing squad but cannot compete "
        "for Britain because she does not have a British passport. She will fight Atheyna Bylon "
        "of Panama in the semi-finals on Thursday. Ngamba's brother, who came to Britain with "
        "her when she was 11, watched from the stands. She has spoken openly about her fear of "
        "being deported when she was detained at an immigration centre as a teenager, and of the "
        "years she spent waiting for her asylum claim to be decided. The Refugee Olympic Team "
        "wears white and marches under the Olympic flag. Other members of the team in Paris "
        "include a Syrian swimmer, an Iranian taekwondo fighter and an Afghan cyclist. The IOC "
        "has said it will keep the team for future Games as long as the number of refugees in "
        "the world remains high.",
        "sport",
    ),
    (
        "Afghan women cricketers in exile play first match together in Melbourne",
        "MELBOURNE — Afghan women cricketers who fled their country after the Taliban returned "
        "to power played their first match together in more than three years on Thursday, taking "
        "on a Cricket Without Borders XI at Melbourne's Junction Oval. Most of the players left "
        "Afghanistan in 2021, when the Taliban banned women from playing sport, and now live in "
        "Australia, where they were resettled with help from the government and cricket "
        "officials. The Afghanistan Women XI lost by 68 runs, but the result hardly mattered. "
        '"Today is not just a match. It is a message that Afghan women can play and will not be '
        'silenced," said captain Nahida Sapan, who opened the batting and scored 12. Several '
        "players wept during the national anthem of the former republic. The match was organised "
        "by Cricket Australia, which has refused to play bilateral men's series against "
        "Afghanistan in protest at the Taliban's restrictions on women's rights. The "
        "International Cricket Council, which requires member nations to have a women's "
        "programme, has not suspended Afghanistan, and players urged it to recognise them as a "
        'refugee team. "We want to represent our country on the world stage," said batter '
        "Firooza Amiri, 22, who studies in Canberra. Afghanistan's men's team has enjoyed "
        "success in recent years. The players plan to hold a training camp in January.",
        "sport",
    ),
    (
        "Rwanda marks 30 years since genocide with call to never forget",
        "KIGALI — Rwanda began a week of national mourning on Sunday to mark 30 years since the "
        "genocide in which more than 800,000 people, mostly Tutsi as well as moderate Hutu, were "
        "killed in about 100 days. President Paul Kagame lit a remembrance flame at the Kigali "
        "Genocide Memorial, where more than 250,000 victims are buried, in the presence of "
        "foreign leaders including former US president Bill Clinton and South Africa's "
        'president. "Our people were left for dead, and yet here we are," Kagame said in a '
        "speech at the BK Arena, criticising the international community for failing to act in "
        "1994. Survivors told of losing entire families, and young Rwandans born after the "
        "genocide lit candles at vigils across the country in the evening. French President "
        "Emmanuel Macron said in a video message that France and its allies could have stopped "
        "the genocide but lacked the will to do so. The commemoration, known as Kwibuka, which "
        'means "remember" in Kinyarwanda, lasts 100 days. Rwanda has prosecuted hundreds of '
        "thousands of people in community courts, and survivors and perpetrators live side by "
        "side in many villages. The country has become one of Africa's fastest-growing "
        "economies, though critics accuse the government of suppressing dissent. Remains of "
        "victims are still being found in mass graves, and dozens were reburied during the "
        "ceremonies. The government said 30 years of unity had been built on remembrance. In "
        "villages across Rwanda, people met in community halls and churches to listen to "
        "testimonies from survivors and to discuss how to prevent such crimes from happening "
        "again. In schools, children learned about the genocide in history lessons, many of them "
        "from teachers who were survivors. The government has banned the use of ethnic labels in "
        "public life and promotes a single Rwandan identity. Some survivors said that 30 years "
        "on, they still did not know where the remains of their relatives were. France, Belgium "
        "and the United States have all acknowledged failings in their response in 1994.",
        "history",
    ),
    (
        "Srebrenica buries seven newly identified victims on massacre's 30th anniversary",
        "SREBRENICA, Bosnia and Herzegovina — Tens of thousands of people gathered at the "
        "memorial centre in Potočari on Friday to mark the 30th anniversary of the Srebrenica "
        "massacre and to bury the remains of seven victims identified over the past year. The "
        "coffins, covered in green cloth, were carried by relatives and volunteers across the "
        "cemetery, where more than 6,700 victims already lie. Among those buried was a man whose "
        "remains, found in several mass graves, had taken decades to identify, and a 19-year-old "
        "whose mother had waited 30 years to bury him. In July 1995, Bosnian Serb forces overran "
        "the UN-protected enclave and killed more than 8,000 Muslim men and boys in the days "
        'that followed, a crime that international courts have ruled was genocide. "Every year I '
        'come here and every year it is as if it happened yesterday," said Hatidža, who lost her '
        "husband and two sons. Thousands of people had arrived on foot after walking for three "
        "days along the route taken by men who tried to escape through the forest in 1995. The "
        "ceremony was attended by foreign dignitaries, and the UN General Assembly last year "
        "designated July 11 as an international day of remembrance. Bosnian Serb political "
        "leaders still reject the term genocide. Forensic experts said the remains of more than "
        "1,000 victims have still not been found. Relatives said they had chosen to bury the "
        "partial remains because they feared they would not live long enough to see more bones "
        "found. The Srebrenica memorial centre has opened an exhibition in the former battery "
        "factory in Potočari, which was used as a base by Dutch UN peacekeepers, with personal "
        "belongings found in mass graves. Bosnia's war ended in 1995 with the Dayton peace "
        "accords, which divided the country into two entities. The International Criminal "
        "Tribunal for the former Yugoslavia convicted the Bosnian Serb wartime leader Radovan "
        "Karadžić and the military commander Ratko Mladić of genocide for the killings.",
        "history",
    ),
    (
        "Veterans and leaders gather in Normandy for 80th anniversary of D-Day",
        "OMAHA BEACH, France — World leaders and dozens of Second World War veterans, most of "
        "them aged over 100, gathered in Normandy on Thursday to mark the 80th anniversary of "
        "the D-Day landings, in what many expected to be the last major commemoration attended "
        "by those who fought. At the American cemetery above Omaha Beach, US President Joe Biden "
        "paid tribute to the soldiers who stormed the beaches on June 6, 1944, under German "
        "fire, and linked their sacrifice to the defence of democracy today. French President "
        "Emmanuel Macron awarded the Legion of Honour to several veterans, and King Charles III "
        "attended a British ceremony at Ver-sur-Mer. Ukraine's President Volodymyr Zelensky was "
        "among the guests at the international ceremony on Omaha Beach, while Russia was not "
        'invited. "I was 19. I remember the noise, and the friends I left in the sand," said a '
        "100-year-old former paratrooper from Ohio, who arrived in a wheelchair. Military "
        "aircraft flew over the beaches trailing red, white and blue smoke, and re-enactors in "
        "period uniforms drove wartime jeeps through the villages. More than 150,000 Allied "
        "troops landed in Normandy on D-Day, beginning the liberation of western Europe. "
        "Thousands of soldiers and civilians died in the battle for Normandy that followed. "
        "Local residents lined the roads to applaud the veterans' buses. Earlier in the week, "
        "veterans arriving at Caen airport were greeted by cheering crowds and schoolchildren "
        "waving flags, and local families who had hosted veterans for decades welcomed them "
        "back. In Sainte-Mère-Église, where American paratroopers landed in the night before the "
        "invasion, parachutists jumped from vintage aircraft, and a dummy paratrooper hung from "
        'the church steeple as it has every year since the film "The Longest Day". Museums in '
        "the region reported record numbers of visitors. Historians said the anniversary had a "
        "special meaning because it was probably the last to be attended by a significant number "
        "of those who took part. The organisers said about 200 veterans had travelled to "
        "Normandy, most of them from the United States, Britain and Canada.",
        "history",
    ),
    (
        "Second World War bombs defused in Cologne after evacuation of 20,000",
        "COLOGNE, Germany — Bomb disposal experts defused three unexploded Second World War "
        "bombs in Cologne on Wednesday after more than 20,000 people were evacuated from the "
        "city centre, in the largest such operation in the city since 1945, officials said. The "
        "bombs, two American bombs weighing about a tonne each and one of about 500 kilograms, "
        "were found during construction work in the Deutz district on the east bank of the "
        "Rhine. An exclusion zone of about a kilometre was set up around the site, covering "
        "parts of the old town, three hospitals, several hotels and a stretch of the river, and "
        "shipping on the Rhine was halted. Residents were asked to stay with friends or at "
        "shelters set up in schools and exhibition halls, and trains were diverted around the "
        'main station. "We packed some sandwiches and came here with the dog. It happens every '
        "few months,\" said a retired teacher waiting at a sports hall. The city's explosives "
        "team completed the work shortly before 8 p.m., and the zone was reopened. Allied air "
        "raids dropped about 1.5 million tonnes of bombs on Germany during the war, and experts "
        "estimate that about one in ten did not explode. Thousands of tonnes of unexploded "
        "ordnance are found every year, usually during building works. In Cologne, which was "
        "heavily bombed, evacuations for old bombs happen several times a year. The fire brigade "
        "thanked residents for their patience.",
        "history",
    ),
    (
        "Mosul's al-Nuri mosque and its leaning minaret rebuilt years after destruction",
        "MOSUL, Iraq — The reconstruction of Mosul's al-Nuri mosque and its famous leaning "
        "minaret, known as al-Hadba, was completed this week, more than seven years after the "
        "Islamic State group blew them up as Iraqi forces closed in on the old city. UNESCO, "
        "which led the project with funding from the United Arab Emirates, said the minaret had "
        "been rebuilt using many of the original bricks, which were numbered and catalogued by "
        "engineers who sifted through the rubble. The 12th-century minaret kept its famous tilt. "
        "The nearby Al-Tahera and Al-Saa'a churches were also restored. \"When I see the minaret "
        'again, I feel that Mosul has come back to life," said a shopkeeper whose family has '
        "sold spices in the old city for generations. During the reconstruction, workers found "
        "five explosive devices hidden in a wall of the prayer hall, which were removed safely "
        "by the army in 2023. The mosque is where Islamic State leader Abu Bakr al-Baghdadi "
        "declared a so-called caliphate in 2014. The old city was largely destroyed during the "
        "battle to retake Mosul in 2017, and many residents have returned to houses rebuilt with "
        "the help of aid groups, though others are still waiting for compensation. Architects "
        "had debated whether to rebuild the mosque exactly as before or to keep visible traces "
        "of the war. UNESCO's director-general is expected to attend an inauguration ceremony "
        "next month.",
        "history",
    ),
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
    (
        "Massive explosion at Beirut port kills scores, devastates city",
        "BEIRUT — A massive explosion at Beirut's port on Tuesday evening killed at least 100 "
        "people, wounded about 4,000 and caused destruction across much of the Lebanese capital, "
        "officials said. The blast sent a mushroom cloud into the sky and a shockwave that "
        "shattered windows kilometres away and was felt in Cyprus, about 240 kilometres away. "
        "Lebanon's prime minister said the explosion was caused by about 2,750 tonnes of "
        "ammonium nitrate that had been stored in a warehouse at the port for six years without "
        "safety measures. Officials said a fire in a nearby warehouse appeared to have ignited "
        "the chemicals. Lebanon's Supreme Defence Council declared Beirut a disaster zone and "
        "ordered an investigation. Hospitals, several of them damaged, were quickly overwhelmed, "
        'and the Red Cross set up triage centres in car parks. "It was like an earthquake. The '
        'whole building moved, then everything fell," said a resident of the Gemmayzeh district, '
        "her face cut by glass. The governor of Beirut said up to 300,000 people had been left "
        "without homes, and that the damage could cost billions of dollars. Israel, which has "
        "fought several wars with Lebanon, denied any involvement, and Lebanese officials said "
        "there was no sign of an attack. Countries including France, Qatar and Iran sent field "
        "hospitals, rescue teams and medical supplies. Lebanon was already in the grip of its "
        "worst economic crisis in decades. The ammonium nitrate had been unloaded from a cargo "
        "ship, the Rhosus, that was impounded in Beirut in 2013, and customs officials had "
        "written to the courts several times asking for it to be removed or sold, documents "
        "later published online showed. On Wednesday, rescuers were still searching the rubble "
        "of the port for missing workers, and relatives posted photos of missing people on "
        "social media. The grain silos at the port, which held most of the country's wheat "
        "reserves, were badly damaged, raising fears of bread shortages. Angry residents blamed "
        "decades of corruption and mismanagement by the political class. The government "
        "announced that port officials had been placed under house arrest pending the "
        "investigation.",
        "accident",
    ),
    (
        "Hundreds feared drowned as fishing boat carrying migrants sinks off Greece",
        "KALAMATA, Greece — A fishing boat packed with migrants capsized and sank in "
        "international waters off southern Greece early on Wednesday, and at least 78 people "
        "were confirmed dead, with hundreds more feared missing, the Greek coastguard said. "
        "Rescuers pulled 104 survivors from the sea, all men, most of them from Egypt, Syria, "
        "Pakistan and the Palestinian territories, and took them to the port of Kalamata. "
        "Survivors told aid workers that between 400 and 750 people had been on board, including "
        "women and children in the hold, and that the boat had set out from eastern Libya for "
        "Italy. The coastguard said it had monitored the vessel for hours and that those on "
        "board had repeatedly refused help and insisted on continuing to Italy, an account "
        "disputed by rights groups and some survivors, who said the boat capsized while a "
        "coastguard vessel was trying to tow it. The waters in the area are among the deepest in "
        'the Mediterranean, making recovery of the wreck unlikely. "My brother was downstairs. '
        'He did not come up," a Syrian survivor told relatives outside a warehouse where '
        "survivors were housed. Greece declared three days of national mourning. The UN refugee "
        "agency and the International Organization for Migration called for an urgent "
        "investigation and for safe routes for migrants. It is one of the deadliest shipwrecks "
        "in the Mediterranean in a decade.",
        "accident",
    ),
    (
        "Plane crashes into gorge in Nepal's Pokhara, killing all 72 on board",
        "POKHARA, Nepal — A passenger plane crashed into a river gorge as it approached the "
        "newly opened airport in the tourist city of Pokhara on Sunday, killing all 72 people on "
        "board in Nepal's deadliest air accident in three decades, officials said. The Yeti "
        "Airlines ATR 72 turboprop was flying from Kathmandu with 68 passengers, including 15 "
        "foreigners, and four crew members. Video filmed from a rooftop showed the plane banking "
        "sharply to the left at low altitude before plunging out of sight, followed by a large "
        "explosion. Soldiers and police rescue teams lowered themselves into the gorge of the "
        'Seti river with ropes to recover bodies from the burning wreckage. "We saw the plane '
        'shaking in the air, then it went down," said a woman who lives near the crash site. The '
        "government set up a commission to investigate and declared a national day of mourning. "
        "Investigators later said the pilots had mistakenly cut power to the engines by moving "
        "the wrong levers during the approach. Nepal, home to eight of the world's 14 highest "
        "mountains, has a poor air safety record, and the European Union bans Nepali airlines "
        "from its airspace. Pokhara, the starting point for treks in the Annapurna region, had "
        "opened its international airport only two weeks earlier. Relatives gathered at the "
        "hospital in Pokhara to identify the dead, and the airline cancelled its flights the "
        "next day.",
        "accident",
    ),
    (
        "Fire sweeps through Rohingya refugee camp, leaving thousands homeless",
        "COX'S BAZAR, Bangladesh — A huge fire swept through a Rohingya refugee camp in southern "
        "Bangladesh on Monday, destroying about 10,000 shelters and leaving more than 45,000 "
        "people without a home, the UN refugee agency said. At least 15 people were killed and "
        "hundreds are missing, officials said. The blaze began in the afternoon in the Balukhali "
        "camp and spread quickly through the bamboo and tarpaulin shelters, fanned by wind and "
        "by exploding gas cylinders used for cooking. Firefighters took about ten hours to bring "
        "it under control. Refugees said barbed-wire fences around the camps had made it harder "
        'to escape. "We ran with the children. We could not take anything. Everything is ash," '
        "said Mohammad Rafiq, 43, who was looking for his elderly mother. Aid agencies set up "
        "temporary shelters and distributed food and water, and a hospital run by an aid group "
        "was destroyed. The cause of the fire was not known, and the authorities ordered an "
        "investigation. Fires are common in the crowded camps, which are home to nearly a "
        "million Rohingya who fled persecution and violence in neighbouring Myanmar, most of "
        "them in 2017. Bangladesh's disaster management ministry said it would rebuild the "
        "shelters as quickly as possible. Aid groups have called for a review of fire safety in "
        "the camps, including the fences.",
        "accident",
    ),
    (
        "Earthquake death toll in Turkey and Syria passes 20,000 as aid trickles into rebel-held "
        "north-west",
        "ANTAKYA, Turkey — The death toll from the earthquake that struck southern Turkey and "
        "northern Syria on Monday passed 20,000 on Thursday, as rescuers raced to pull survivors "
        "from the rubble in freezing temperatures and the first UN aid convoy crossed into the "
        "opposition-held north-west of Syria. The magnitude 7.8 quake and a powerful aftershock "
        "flattened thousands of buildings across ten Turkish provinces and in the Syrian "
        "provinces of Idlib, Aleppo and Hama. The six trucks carried tents, blankets and hygiene "
        "kits through the Bab al-Hawa crossing, the only route approved by the UN Security "
        "Council for cross-border aid to the region, which is home to about 4 million people, "
        "many of them displaced during years of civil war. Rescue workers from the White "
        "Helmets, a volunteer civil defence group, said they had been digging with little heavy "
        'equipment and appealed for international help. "We hear voices under the rubble, and we '
        'cannot reach them," one volunteer said in Jindires. In Turkey, President Recep Tayyip '
        "Erdogan visited the worst-hit areas and acknowledged shortcomings in the initial "
        "response. Tens of thousands of rescuers from Turkey and abroad were working in the "
        "region, and Turkish soldiers set up tent cities in stadiums and parks. Survivors slept "
        "in cars and around fires in the streets. Experts said that poor construction and lax "
        "enforcement of building codes had contributed to the scale of the disaster.",
        "disaster",
    ),
    (
        "Dams burst in Libya's Derna as storm Daniel floods city, thousands dead",
        "DERNA, Libya — Thousands of people were killed and thousands more are missing after two "
        "dams burst during a powerful Mediterranean storm and sent a wall of water through the "
        "eastern Libyan city of Derna, washing entire neighbourhoods into the sea, officials "
        "said on Tuesday. Storm Daniel dumped torrential rain on eastern Libya on Sunday, and "
        "the dams above the city collapsed during the night, when most residents were asleep. "
        "The health minister of the eastern-based administration said more than 5,000 bodies had "
        "been recovered, and the Red Crescent said about 10,000 people were missing. Bodies lay "
        'in the streets and on the beach, and mass graves were dug outside the city. "The water '
        "came like a tsunami. We climbed to the roof and watched the buildings next to us "
        'disappear," a survivor said. More than 30,000 people were displaced, according to the '
        "International Organization for Migration. Libya is divided between rival governments in "
        "the east and west, and experts said years of neglect and political chaos had left the "
        "dams without maintenance, despite warnings by engineers. Rescue teams from Egypt, "
        "Turkey, the United Arab Emirates and Italy arrived to help, and the government in "
        "Tripoli sent aid planes to the east in a rare gesture of cooperation. The eastern "
        "authorities declared Derna a disaster zone and restricted access to the city. UN "
        "agencies warned of the risk of disease from contaminated water. On Wednesday, rescue "
        "workers were still pulling bodies from the mud and from the sea, where divers searched "
        "the bay for victims carried away by the flood. The main bridges linking the two halves "
        'of the city had been washed away, and residents crossed the riverbed on foot. "I lost '
        'my mother, my father, my two brothers. I do not know where their bodies are," said a '
        "young man searching the streets near the river. The World Health Organization urged the "
        "authorities not to bury victims in mass graves without identification, and said bodies "
        "of flood victims do not usually pose a health risk. The UN launched an appeal for $71 "
        "million to help about 250,000 people affected by the floods. Libyan prosecutors later "
        "ordered the arrest of several officials over the failure to maintain the dams.",
        "disaster",
    ),
    (
        "Earthquakes flatten villages in Afghanistan's Herat province",
        "HERAT, Afghanistan — A series of powerful earthquakes struck western Afghanistan on "
        "Saturday, killing more than 1,000 people and destroying hundreds of mud-brick houses in "
        "villages in Herat province, officials of the Taliban government and the UN said. The "
        "strongest of the quakes had a magnitude of 6.3, and the epicentre was about 40 "
        "kilometres north-west of the city of Herat, the US Geological Survey said. Most of the "
        "victims were women and children, who were at home when the quakes struck in the late "
        "morning, aid workers said. In the worst-hit district, Zinda Jan, entire villages were "
        "reduced to rubble, and residents dug with shovels and bare hands to find survivors. "
        '"Thirteen members of my family are under the rubble. Only I am left," said a man in the '
        "village of Sarbuland. The Taliban's defence ministry sent soldiers and helicopters to "
        "carry the injured to hospitals in Herat, where patients were treated in corridors and "
        "in the courtyard. Aid agencies said they were sending medical supplies, tents and food, "
        "but warned that funding for Afghanistan had fallen sharply since the Taliban took power "
        "in 2021 and many donors halted development aid. Aftershocks continued for days, and "
        "many families slept outside in the cold. Afghanistan is frequently hit by earthquakes, "
        "especially in the Hindu Kush mountains. The World Health Organization said hospitals "
        "were running short of blood and medicine.",
        "disaster",
    ),
    (
        "Cyclone Mocha slams into Myanmar's Rakhine, damaging camps and homes",
        "SITTWE, Myanmar — Cyclone Mocha made landfall on the coast of Myanmar's Rakhine state "
        "on Sunday with winds of up to 210 kilometres an hour, tearing roofs off buildings, "
        "toppling communication towers and flooding low-lying areas of the state capital Sittwe, "
        "officials and aid workers said. At least 145 people were killed, many of them in camps "
        "for Rohingya Muslims near Sittwe, where bamboo shelters were swept away by the storm "
        "surge, community leaders said. The military government put the toll lower. Hundreds of "
        "thousands of people had been moved to shelters in monasteries, schools and higher "
        "ground before the storm hit, and in neighbouring Bangladesh, authorities evacuated more "
        "than 750,000 people from coastal areas. The storm weakened as it moved inland, but the "
        'UN said 5.4 million people were in its path. "The water came up to our necks. We held '
        'on to the trees," a man from a village near Sittwe said. The UN humanitarian office '
        "said it was seeking permission from the military government to send aid to the "
        "worst-hit areas, where roads were blocked by fallen trees and power was cut. The World "
        "Food Programme said it had supplies ready in Sittwe for 400,000 people. Cox's Bazar in "
        "Bangladesh, home to about a million Rohingya refugees, was spared a direct hit. Mocha "
        "was one of the strongest cyclones to hit the region in over a decade.",
        "disaster",
    ),
    (
        "Pakistan launches nationwide polio vaccination drive targeting 45 million children",
        "ISLAMABAD — Pakistan began a week-long polio vaccination campaign on Monday aiming to "
        "reach more than 45 million children under the age of five, after the number of cases in "
        "the country rose sharply this year. About 400,000 health workers will go from door to "
        "door in every district, giving drops of oral vaccine and vitamin A, the national "
        "emergency operations centre said. Pakistan and neighbouring Afghanistan are the only "
        "countries where wild poliovirus is still endemic, and Pakistan has recorded 52 cases so "
        "far this year, compared with six last year, most of them in the provinces of "
        "Balochistan, Sindh and Khyber Pakhtunkhwa. The virus has also been found in sewage "
        'samples in dozens of cities, including Lahore and Karachi. "Every missed child is a '
        "risk for all children,\" said the prime minister's focal person for polio eradication, "
        "who launched the campaign by giving drops to children at a health centre in Islamabad. "
        "Health officials said refusals by parents, often driven by rumours that the vaccine "
        "causes infertility, remained one of the biggest obstacles. Religious scholars recorded "
        "messages in support of vaccination, and mosques made announcements. The campaign is "
        "being coordinated with Afghanistan, where the authorities are running a similar drive, "
        "to cover families who cross the border. The World Health Organization said it was "
        "confident that transmission could be interrupted within two years. In Karachi, "
        "vaccinators marked the doors of houses they had visited with chalk, and supervisors "
        "checked children's fingers for the ink mark that shows they have received drops. Health "
        "workers said they had been trained to talk to hesitant parents and to return to houses "
        "where children had been missed. Mobile teams were stationed at bus stations, railway "
        "stations and border crossings to vaccinate children travelling with their families. The "
        "campaign is funded by the government and by international donors, including the Bill "
        "and Melinda Gates Foundation. Pakistan hopes to stop transmission of the virus by the "
        "end of next year.",
        "health",
    ),
    (
        "Cameroon becomes first country to roll out malaria vaccine in routine immunisation",
        "YAOUNDÉ, Cameroon — Cameroon began giving children a malaria vaccine as part of its "
        "routine immunisation programme on Monday, becoming the first country to do so outside a "
        "pilot programme, in what health officials called a historic step against a disease that "
        "kills hundreds of thousands of African children every year. The RTS,S vaccine will be "
        "offered free to children from the age of six months in 42 of the country's districts "
        "most affected by malaria, the health ministry said. Cameroon received more than 330,000 "
        'doses through Gavi, the vaccine alliance. "This vaccine will save lives. It does not '
        'replace bed nets, but it adds to them," Health Minister Manaouda Malachie said at the '
        "launch in Soa, near the capital, where mothers queued with their babies outside a "
        "health centre. Malaria causes about 30 percent of deaths among children under five in "
        "Cameroon, according to the ministry. The vaccine, which requires four doses, cut deaths "
        "among young children by 13 percent in pilot programmes in Ghana, Kenya and Malawi, the "
        "World Health Organization said. Twenty African countries plan to introduce malaria "
        "vaccines this year. Health workers said they expected demand to be high but warned that "
        "the schedule of four doses could be hard for families in rural areas to complete. A "
        "second vaccine, R21, developed by the University of Oxford, is expected to be rolled "
        "out in other countries soon. Community health workers will visit villages to register "
        "eligible children. Gavi's chief executive said the vaccine would be a game changer for "
        "child survival in Africa, and that the alliance planned to support the rollout in other "
        "countries this year. Mothers in Soa said they had lost children and relatives to "
        'malaria and were relieved to see the vaccine arrive. "My first son died of malaria when '
        "he was two. I don't want that for this one,\" said a woman who brought her "
        "six-month-old daughter. The health ministry said it would monitor the rollout closely "
        "and expand it to other districts if supplies allowed.",
        "health",
    ),
    (
        "Families of hostages end five-day march to Jerusalem",
        "JERUSALEM — Tens of thousands of people joined relatives of hostages held in Gaza on "
        "Saturday as they completed a five-day march from Tel Aviv to Jerusalem, calling on the "
        "government to do more to bring their loved ones home. The marchers, carrying Israeli "
        "flags and yellow balloons and wearing T-shirts printed with the faces of the captives, "
        "walked about 65 kilometres along the main highway, sleeping in kibbutzim and community "
        "centres along the way. They ended the march outside the prime minister's office, where "
        'relatives read out the names of the hostages. "We are here to tell the government that '
        'there is nothing more important than bringing them back," said the father of a '
        "28-year-old man taken from a music festival. Organisers said the march was not directed "
        "against the government, but some participants called for an immediate deal with Hamas. "
        "Police closed roads along the route and escorted the marchers, and no incidents were "
        "reported. The war cabinet minister Benny Gantz met some of the families afterwards and "
        "told them that the return of the hostages was a top priority. Relatives said that about "
        "240 people were being held, including children and elderly people. Volunteers along the "
        "route handed out water and food, and residents of towns near the highway came out to "
        "applaud. The families' forum said it would continue to hold weekly rallies in Tel Aviv. "
        "Among the marchers were elderly relatives who walked the whole route, and children "
        "carrying drawings for their grandparents. Celebrities and members of parliament from "
        "both coalition and opposition joined for stretches of the march. In Jerusalem, the "
        'crowd sang the national anthem and the song "Bring Them Home Now", and relatives lit '
        "candles. Organisers said they had also met foreign ambassadors to ask for their "
        "countries' help in negotiations mediated by Qatar and Egypt. Supporters also held "
        "rallies in New York, London and Paris.",
        "protest",
    ),
    (
        "Hundreds of thousands rally peacefully in Belgrade as student movement grows",
        "BELGRADE — Hundreds of thousands of people filled the centre of Belgrade on Saturday in "
        "one of the largest protests in Serbia's history, as a student-led movement that began "
        "after a deadly railway station disaster kept up pressure on President Aleksandar "
        "Vučić's government. Students who had walked for days from cities across the country "
        "were welcomed with flowers and applause, and farmers drove tractors into the capital to "
        "protect the crowds. The protesters held 15 minutes of silence at noon in memory of the "
        "15 people killed when a concrete canopy collapsed at the newly renovated railway "
        'station in Novi Sad in November. "We are not against anyone. We want institutions that '
        'work and people who are responsible for corruption to be punished," said a philosophy '
        "student from Niš. The rally passed off peacefully, and volunteers in high-visibility "
        "vests kept order along the route. Police said the gathering had passed without serious "
        "incident and estimated attendance at 275,000; an independent monitoring group put it at "
        "about 300,000. Vučić, who has dismissed the protesters as foreign-funded, said in a "
        "televised address that he would not give in to pressure but would consider calling "
        "early elections. The prime minister resigned in January. University faculties have been "
        "blockaded by students for months, and teachers and lawyers have joined the movement. "
        "Residents of Belgrade brought food, water and tea to stands set up along the "
        "protesters' route, and bakers handed out bread. Medical students set up first aid "
        "tents, which mostly treated people for exhaustion after long walks. The protesters' "
        "demands include the publication of all documents related to the reconstruction of the "
        "Novi Sad station, the prosecution of those responsible for the collapse, and an end to "
        "what they describe as pressure on students and teachers. Opposition parties have kept a "
        "low profile in the movement, which the students say is non-partisan. Supporters of the "
        "government held a smaller counter-rally in front of the presidency, which also passed "
        "off peacefully, and police kept the two groups apart. The students said they would hold "
        "further rallies in other cities.",
        "protest",
    ),
    (
        "Polish farmers block Ukrainian border crossings over grain imports",
        "DOROHUSK, Poland — Polish farmers blocked roads leading to several border crossings "
        "with Ukraine on Friday with tractors, leaving hundreds of trucks stuck in queues "
        "stretching for kilometres, in a protest against imports of cheap Ukrainian grain and "
        "other farm produce. The farmers let through only a few trucks an hour, as well as "
        "humanitarian aid and military supplies for Ukraine, and said they would continue the "
        'blockade for at least a month. "We are not against Ukraine. We are against the European '
        "Union's policies, which are ruining us,\" said a farmer from Lublin province standing "
        "next to his tractor. Ukrainian drivers said they had been waiting in the cold for days "
        "without proper access to food or toilets, and Ukraine's border service said the "
        "protests were causing losses for exporters. The European Union lifted duties on "
        "Ukrainian agricultural imports in 2022 after Russia's invasion blocked Ukraine's Black "
        "Sea ports. Polish farmers say the resulting imports have pushed down prices and left "
        "their own grain unsold in warehouses. Police monitored the protest, and no incidents "
        "were reported. Poland's agriculture minister met farmers' leaders and said the "
        "government would seek changes at the EU level. Ukraine's deputy prime minister said the "
        'blockade was "sending the wrong signal" and called for talks. Similar protests by '
        "farmers took place in Slovakia, Hungary and Romania. Truck drivers' groups said the "
        "losses were mounting every day. The Polish government later reached an agreement with "
        "Kyiv to check Ukrainian grain in transit more strictly and to restrict imports of some "
        "products. Farmers' unions said they would end the blockade only when the European Union "
        "extended import restrictions. Some Polish transport companies joined the protest, "
        "complaining that Ukrainian hauliers were taking business from them since the EU waived "
        "permit requirements. Ukraine's prime minister said Ukrainian farmers were also "
        "suffering, and proposed a joint commission to resolve disputes. The European Commission "
        "said it would propose safeguard measures for sensitive products.",
        "protest",
    ),
    (
        "Wives of Russian mobilised soldiers lay flowers in Moscow to demand their return",
        "MOSCOW — A small group of women whose husbands were mobilised to fight in Ukraine laid "
        "flowers at the Tomb of the Unknown Soldier near the Kremlin on Saturday, in a weekly "
        "protest demanding that the men be sent home after more than a year at the front. The "
        "women, wearing white headscarves, stood in silence for several minutes before walking "
        "away, while journalists filmed and police watched from a distance. The group, known as "
        "Put Domoi, or The Way Home, says its members support the army but that the mobilised "
        'men have served long enough and should be replaced by volunteers or new conscripts. "We '
        'are not against the state. We want our husbands back, as we were promised," said Maria, '
        "whose husband was called up in September 2022. The authorities have refused to grant "
        "permission for rallies, and several journalists were briefly detained and later "
        "released after the flowers were laid. State television has ignored the protests, and "
        "Kremlin spokesman Dmitry Peskov said the authorities were in contact with families of "
        'servicemen. Russia\'s justice ministry later labelled the group a "foreign agent". '
        'Putin announced a "partial mobilisation" of about 300,000 reservists in September 2022, '
        "prompting hundreds of thousands of men to leave the country. Since then, the army has "
        "relied on contract soldiers recruited with large signing bonuses. The women said they "
        "would come back the following week.",
        "protest",
    ),
    (
        "Syrian refugee elected mayor of German village",
        "OSTELSHEIM, Germany — A Syrian man who arrived in Germany as a refugee eight years ago "
        "has been elected mayor of a village in the south-western state of Baden-Württemberg, in "
        "what local media called a first for the country. Ryyan Alshebl, 29, won 55 percent of "
        "the vote in Ostelsheim, a community of about 2,700 people near Stuttgart, defeating two "
        "rivals who were both born in the area. Alshebl, who stood as an independent with the "
        'support of the Green Party, said he was overwhelmed by the result. "It shows that in '
        'Germany, what matters is what you can do, not where you come from," he told reporters '
        "at the town hall. He grew up in Suwayda in southern Syria and left the country in 2015 "
        "to avoid military service, travelling across the Aegean Sea to Greece and along the "
        "Balkan route to Germany. He learned German, trained as an administrative clerk and "
        "worked at the town hall of a nearby municipality before deciding to run. During the "
        "campaign he promised to improve childcare, expand the local supply of renewable energy "
        "and make the village more attractive for young families. Residents said they had voted "
        "for his experience in local government. Alshebl, who became a German citizen last year, "
        "will take office in June for an eight-year term. His parents still live in Syria, and "
        "he said he hoped they would be able to visit him soon. Ostelsheim's outgoing mayor, who "
        "did not stand again, said Alshebl had impressed residents with his knowledge of the "
        "village's finances and his willingness to knock on every door. During the campaign, the "
        "candidate received a few hostile messages online but said the response of residents had "
        "been overwhelmingly friendly. He said he hoped his election would encourage other "
        "people of migrant origin to stand for local office. Germany took in more than a million "
        "asylum seekers in 2015 and 2016, many of them Syrians, and about 200,000 Syrians have "
        "since become German citizens. The state premier of Baden-Württemberg congratulated him "
        'in a letter. "This is a village where people know each other, and they decided that I '
        'am one of them," Alshebl said.',
        "other",
    ),
    (
        "Baghdad book fair draws record crowds as city's cultural life revives",
        "BAGHDAD — The Baghdad International Book Fair opened on Thursday with more than 350 "
        "publishers from 20 countries, and organisers said they expected record numbers of "
        "visitors over the ten-day event, as the Iraqi capital's cultural life continues to "
        "revive. Families and students crowded the halls of the fairground in the Mansour "
        "district, where stands offered novels, poetry, textbooks and translations of Western "
        "bestsellers. Publishers said demand for Iraqi fiction had grown, with several novels "
        'about life under sanctions and the years after 2003 among the best sellers. "Reading '
        'has returned. Young people come looking for new Iraqi writers," said a publisher from '
        "Basra. The fair also hosted panel discussions on free expression and the future of "
        "Arabic publishing, and a children's corner with storytelling sessions. The culture "
        "ministry said it had waived stand fees for Iraqi publishers this year. Mutanabbi "
        "Street, Baghdad's historic booksellers' market, was rebuilt in 2008 and has again "
        "become a gathering place on Fridays. Booksellers said one problem was the high price of "
        "imported paper, which made books expensive for students. Organisers said the fair would "
        "travel to Erbil and Basra later in the year. Iraq's prime minister visited on the "
        "opening day and bought a volume of poetry by Badr Shakir al-Sayyab. The fair closes on "
        "December 14. Women made up a large share of the visitors, and several stands were "
        "devoted to books by Iraqi women writers. Students said they came to buy textbooks and "
        "science fiction at discounts, while older visitors looked for books of history and "
        "poetry. Organisers said security had been relaxed compared with previous years, and "
        "that the fair had become one of the largest cultural events in the Arab world. A panel "
        "on the future of libraries discussed efforts to digitise collections of the national "
        "library, which lost many of its manuscripts in 2003.",
        "other",
    ),
]
