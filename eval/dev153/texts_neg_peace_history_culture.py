"""dev153 hard negatives (3 of 5): peace deals and a prisoner
exchange, anniversaries and memorials, and films, series and exhibitions about war."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Aliyev and Pashinyan initial peace agreement at White House, agree on "
        "transit route through Syunik",
        "The leaders of Armenia and Azerbaijan, Nikol Pashinyan and Ilham Aliyev, "
        "signed a joint declaration at the White House on August 8, and their "
        "foreign ministers initialled the text of a peace agreement negotiated over "
        "the past two years, in a ceremony hosted by US President Donald Trump. "
        "Under the deal, Armenia will grant the United States development rights to "
        "a transit route through its southern Syunik province that will connect "
        'mainland Azerbaijan with its Nakhchivan exclave, to be called the "Trump '
        'Route for International Peace and Prosperity." The two sides also asked '
        "the OSCE to dissolve the Minsk Group, which had mediated over "
        "Nagorno-Karabakh since the 1990s. The agreement itself will not be signed "
        "until Armenia removes from its constitution a reference to Karabakh, as "
        "Baku demands. In Yerevan, opposition parties accused Pashinyan of making "
        "unilateral concessions and said the deal did not address the return of "
        'Armenian prisoners held in Baku. Aliyev called the day "historic" and said '
        'the two countries had "turned the page" on more than three decades of '
        "conflict. Russia, Armenia's formal ally, said it welcomed any steps that "
        "contribute to stability in the South Caucasus.",
        "peace",
    ),
    (
        "Ukraine and Russia complete largest prisoner exchange of the war, 1,000 for 1,000",
        "Ukraine and Russia completed the final stage of their largest prisoner "
        "exchange since the start of the full-scale war on Sunday, with each side "
        "returning 303 prisoners, bringing the total swapped over three days to "
        "1,000 each. The exchange was the only concrete result of the first direct "
        "talks between the two countries in three years, held in Istanbul on May "
        "16. President Volodymyr Zelensky posted photos of the released soldiers, "
        "many of them wrapped in blue and yellow flags, as they stepped off buses "
        "at an undisclosed location in Chernihiv Oblast. Among those freed were "
        "members of the National Guard, the Border Guard Service and the Navy, as "
        "well as civilians, some of whom had been held since 2022. The Coordination "
        "Headquarters for the Treatment of Prisoners of War said the exchange had "
        "been mediated with the help of the United Arab Emirates and Türkiye. "
        "Ukraine's Ombudsman Dmytro Lubinets said thousands of Ukrainians remained "
        "in Russian captivity, many of them in harsh conditions.",
        "peace",
    ),
    (
        "Kyrgyz, Tajik presidents sign border treaty in Bishkek, ending decades-long dispute",
        "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon on March "
        "13 signed a treaty on the state border between their two countries, ending "
        "a dispute that led to deadly fighting in 2021 and 2022. The agreement, "
        "signed in Bishkek during Rahmon's first state visit to Kyrgyzstan in more "
        "than a decade, fixes the line along the full length of the frontier of "
        "nearly 1,000 kilometres. Both parliaments are expected to ratify it within "
        "weeks. The two leaders also agreed to reopen road crossings that had been "
        "closed since the clashes and to resume flights between Bishkek and "
        "Dushanbe. Kyrgyzstan's security chief, Kamchybek Tashiev, who led the "
        "talks, said some land would be exchanged under the deal and that residents "
        "of affected communities would be compensated or resettled. Details of the "
        "new border have not been published, and RFE/RL's Kyrgyz and Tajik services "
        "reported mixed feelings in the Batken region, where many families lost "
        "homes during the fighting. Later this month, Rahmon and Japarov are due to "
        "travel to the Tajik city of Khujand for a trilateral summit with Uzbek "
        "President Shavkat Mirziyoyev.",
        "peace",
    ),
    (
        "Omagh bombing: families gather in memorial garden to mark 25 years since atrocity",
        "Families of the victims of the Omagh bombing gathered in the town's "
        "memorial garden on Sunday to mark the 25th anniversary of the worst single "
        "atrocity of the Troubles. Twenty-nine people, including a woman pregnant "
        "with twins, were killed when a car bomb planted by the Real IRA exploded "
        "on the town's busy Market Street on a Saturday afternoon in August 1998. "
        "Hundreds of people stood in silence as the names of the dead were read "
        "out, and a minute's silence was observed at 3.10pm, the time the bomb went "
        "off. A man whose teenage son was killed told the gathering that families "
        "were still waiting for the truth about whether the bombing could have been "
        "prevented. The UK government announced earlier this year that an "
        "independent statutory inquiry would examine the intelligence held by the "
        "security forces before the attack. No one has ever been convicted in a "
        "criminal court of the murders, although four men were found liable in a "
        "civil case in 2009. Church leaders from both traditions led prayers for "
        "reconciliation, and children from local schools laid flowers at the "
        "memorial.",
        "history",
    ),
    (
        "Thirty years on, Srebrenica buries seven more victims as tens of thousands "
        "gather in Potočari",
        "Tens of thousands of people gathered at the Srebrenica-Potočari Memorial "
        "Centre on Friday to mark 30 years since Bosnian Serb forces killed more "
        "than 8,000 Bosniak men and boys in the days after they overran the "
        "UN-protected enclave in July 1995. Seven victims whose remains were "
        "identified over the past year were buried at the cemetery, among them a "
        "19-year-old and a 67-year-old woman. Many of the victims' remains were "
        "scattered across several mass graves, as the perpetrators tried to hide "
        "their crimes by digging up and reburying bodies with heavy machinery. "
        "About 1,000 people are still missing, according to the Missing Persons "
        "Institute of Bosnia and Herzegovina. Participants in the annual Peace "
        "March arrived in Potočari on Thursday after walking some 100 kilometres "
        "along the route taken by those who tried to escape through the forests to "
        "Tuzla. Foreign dignitaries attended, while officials from Republika Srpska "
        "and Serbia again refused to describe the killings as genocide, despite "
        "rulings by two international courts. The United Nations General Assembly "
        "declared July 11 an International Day of Reflection and Commemoration of "
        "the genocide last year. Mothers of Srebrenica, an association of women who "
        "lost sons and husbands in 1995, said the anniversary was overshadowed by "
        'the denial of the genocide by politicians in Banja Luka and Belgrade. "I '
        "found only two bones of my son. I buried him anyway, so that I have a "
        'grave to visit," said Hajra, 76. The memorial centre opened a new '
        "permanent exhibition in the former battery factory that housed the Dutch "
        "peacekeepers' base.",
        "history",
    ),
    (
        "Ten years after November 13, a memorial garden opens in Paris",
        "Ten years to the day after the attacks of November 13, 2015, President "
        "Emmanuel Macron inaugurated a memorial garden on Thursday on Place "
        "Saint-Gervais, behind Paris City Hall, in the presence of survivors and "
        "victims' families. The ceremony began with a minute's silence and the "
        "reading of the names of the 132 people killed that night and in the years "
        "since, including two survivors who later took their own lives. Earlier in "
        "the morning, wreaths were laid at the Stade de France in Saint-Denis, at "
        "the café terraces of the 10th and 11th arrondissements and in front of the "
        "Bataclan concert hall, where gunmen from the Islamic State group killed 90 "
        "people. Sophie Marchand, who survived the attack on the Bataclan, said the "
        'anniversary was "a moment to remember, but also to look at how we have '
        'lived since." The garden was built with stones taken from each of the '
        "sites of the attacks. In 2022, a special court sentenced Salah Abdeslam, "
        "the only surviving member of the commando, to life imprisonment without "
        "parole. An exhibition of objects left by Parisians at the memorial sites "
        "after the attacks opens at the Archives de Paris on Saturday.",
        "history",
    ),
    (
        "Cologne evacuates 20,000 people to defuse three World War II bombs",
        "Around 20,000 people in Cologne had to leave their homes on Wednesday "
        "while experts defused three unexploded bombs from World War II found "
        "during construction work in the Deutz district. The evacuation zone, with "
        "a radius of one kilometer, included parts of the old town, several hotels, "
        "a hospital and the area around the cathedral, one of Germany's most "
        "visited landmarks. The city's public order office said all three "
        "American-made bombs, two weighing 1,000 kilograms and one 500 kilograms, "
        "had impact fuses and had been made safe by the evening. Rail traffic at "
        "the city's main station was partly suspended for several hours, and three "
        "Rhine bridges were closed. Cologne was heavily bombed by the Allies during "
        "the war, with more than 260 air raids destroying much of the city. "
        "Authorities estimate that thousands of tons of unexploded ordnance still "
        "lie beneath German cities, and bomb disposal experts are called out almost "
        "every day somewhere in the country. In 2021, four people were injured when "
        "a bomb exploded during construction work in Munich.",
        "history",
    ),
    (
        "Bucha marks three years since liberation with memorial service and names of the dead",
        "Residents of Bucha, relatives of those killed during the Russian "
        "occupation and foreign diplomats gathered in the town on 31 March to mark "
        "three years since its liberation by the Ukrainian army. A memorial service "
        "was held at the Church of St Andrew the First-Called, in whose grounds a "
        "mass grave with dozens of bodies was found in April 2022. The mayor read "
        "out the names of the 509 residents of the Bucha community killed during "
        "the month of occupation, and a minute of silence was observed at noon. "
        "Prime Minister Denys Shmyhal said Ukraine would not allow the world to "
        "forget the crimes committed in Bucha and called on international partners "
        "to bring those responsible to justice. Ukrainian prosecutors have "
        "identified more than 200 Russian soldiers suspected of war crimes in the "
        "town, and several have been convicted in absentia. A new exhibition on the "
        "occupation opened at the town's cultural centre, with photographs, letters "
        'and objects found in basements and on the streets. "We rebuilt the houses, '
        'but we cannot rebuild the people," said one resident, Olena, whose husband '
        "was shot in March 2022. Children from Bucha's schools laid flowers at the "
        "memorial wall bearing the names of the dead. The Dutch and Lithuanian "
        "ambassadors were among the diplomats who attended. In the afternoon, the "
        "town council opened a new park on a site where houses had been burned "
        "during the occupation.",
        "history",
    ),
    (
        "'20 Days in Mariupol' wins Ukraine's first Oscar, director says he would "
        "trade it for peace",
        '"20 Days in Mariupol," a documentary about the first weeks of the Russian '
        "siege of the port city, won the Oscar for best documentary feature on "
        "March 10, the first Academy Award in Ukraine's history. Director Mstyslav "
        "Chernov, a photojournalist for the Associated Press, said on stage that he "
        "would gladly trade the statuette for Russia never having attacked Ukraine "
        "and never having occupied its cities, drawing a standing ovation. The film "
        "is built from footage Chernov and his colleagues Evgeniy Maloletka and "
        "Vasilisa Stepanenko shot in Mariupol in February and March 2022, including "
        "the aftermath of the strike on the city's maternity hospital. The three "
        "were among the last international journalists in the city before they left "
        "through Russian checkpoints. President Volodymyr Zelensky congratulated "
        'the team and said the film showed the world "the truth about Russian '
        'terror." The documentary had already won a BAFTA and the audience award at '
        "the Sundance Film Festival. Ukrainian cinemas will hold free screenings "
        "over the coming weekend.",
        "entertainment",
    ),
    (
        "Reina Sofía stages its biggest Guernica exhibition in decades, but the "
        "painting will not travel to Bilbao",
        "The Reina Sofía Museum in Madrid on Tuesday opened an exhibition tracing "
        "the making of Pablo Picasso's Guernica, bringing together more than 180 "
        "sketches, photographs and documents, some of them never before shown in "
        "Spain. The show, which runs until March, includes Dora Maar's photographs "
        "of the painting's successive stages in Picasso's Paris studio, letters "
        "from the ministers of the Spanish Republic who commissioned the work for "
        "the 1937 World's Fair, and newsreels of the bombing of the Basque town by "
        "the German Condor Legion. The museum's director said the exhibition aimed "
        'to show how a picture about one massacre had become "the universal image '
        'of the horror of war." Conservators again rejected a request from the '
        "Basque government to lend the canvas to the Guggenheim Museum in Bilbao, "
        "arguing that the painting, almost eight metres wide, is too fragile to be "
        'moved. Basque nationalist politicians called the refusal "a cultural '
        'insult." Guernica arrived in Spain only in 1981, after the restoration of '
        "democracy, in keeping with the artist's wishes. Tickets for the opening "
        "weekend sold out within hours. The museum has also extended its opening "
        "hours at weekends to cope with the expected crowds.",
        "entertainment",
    ),
    (
        "'Say Nothing' brings the Troubles to the small screen, and reopens old wounds",
        "Say Nothing, the nine-part Disney+ adaptation of Patrick Radden Keefe's "
        "bestselling book about the abduction and murder of Jean McConville by the "
        "IRA in 1972, arrives on Thursday to glowing reviews and a familiar row. "
        "The series follows the sisters Dolours and Marian Price from their "
        "radicalisation in west Belfast to the London bombing campaign of 1973 and "
        "their long years in prison. Lola Petticrew gives a ferocious performance "
        "as the young Dolours, and Maxine Peake plays her in middle age, bitter and "
        "haunted. The series was filmed largely in Belfast and Derry, where some "
        "residents objected to the recreation of army checkpoints and riot scenes "
        "on their streets. Members of the McConville family have criticised the "
        "production, saying it risks glamorising the people who took their mother "
        "away. Gerry Adams, who has always denied IRA membership or any role in the "
        "murder, is depicted as the organisation's commander in Belfast. The "
        "opening episode, set during the Falls Road curfew of 1970, is a tense, "
        "claustrophobic hour of television. Later episodes, which jump between the "
        "1970s and the 2010s, are less sure-footed, and the series at times "
        "struggles to keep its many threads together. But the scenes in the prison "
        "hospital, where the Price sisters are force-fed during their hunger "
        "strike, are among the most harrowing ever made about the period. All nine "
        "episodes are available to stream from Thursday.",
        "entertainment",
    ),
]
