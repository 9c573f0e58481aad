"""Negatives of eval/dev30, sport and history: (title, text, kind code)."""

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
]
