"""dev347 negatives: peaceful protests, the 1990s and other history, football, screen and society."""

NEGATIVES = [
    (
        "Saturday Mothers hold their 1,000th vigil in Galatasaray Square",
        "Holding carnations and faded photographs of sons and husbands who disappeared in custody in the 1990s, the Saturday Mothers gathered for the 1,000th time in Istanbul's Galatasaray Square on Saturday. Police, who had banned the weekly vigil for several years, allowed a small group to read a statement this time, and the half-hour event ended quietly. The group first met in 1995 to demand information about people who vanished after being detained by security forces during the height of the conflict in the south-east. Emine Ocak, whose son Hasan's body was found in a forest in 1995, sat in a wheelchair at the front of the crowd. “We will keep coming until we know what happened to every one of them,” she said. Rights groups say hundreds of cases remain unsolved. Among those attending were opposition lawmakers and relatives who had travelled from Diyarbakır and Batman. The vigil ended with the names of the missing being read out.",
        "protest",
    ),
    (
        "Hundreds of thousands celebrate Newroz in Diyarbakır",
        "Hundreds of thousands of people filled the Newroz park in Diyarbakır on Friday to celebrate the Kurdish new year, with many carrying portraits of jailed PKK leader Abdullah Öcalan and banners calling for peace. Men and women in colourful traditional dress danced the halay around bonfires as speakers called on the government to take “brave steps”. A message from Öcalan was read in Kurdish and Turkish. Police searched people at the entrances to the park but the celebration passed without incident, the governor's office said. Similar gatherings were held in Van, Istanbul and Mersin. DEM Party co-chair Tülay Hatimoğulları told the crowd that “this spring must be the spring of peace”. Traders said hotels in the city were fully booked for the holiday. The celebrations came a month after Öcalan called on the PKK to disarm. Many families brought picnics and stayed in the park until late afternoon.",
        "protest",
    ),
    (
        "Teachers walk out across Sulaimani province over unpaid wages",
        "Thousands of teachers in Sulaimani and Halabja staged a sit-in outside directorate offices on Sunday, refusing to return to classrooms until months of salary arrears are paid. The strike, called by an independent teachers' committee, closed hundreds of schools in the province, education officials said. Protesters carried placards reading “We are teachers, not beggars” and sang songs in front of the governorate building. Police stood by and the protest ended peacefully in the afternoon. Organisers said they would set up tents and continue the sit-in every day. The Kurdistan Regional Government blamed Baghdad for the delay in sending funds and asked teachers to be patient. Parents said their children had already missed weeks of lessons this year. “We have been fighting for our rights for ten years,” said one teacher from Kalar.",
        "protest",
    ),
    (
        "Diyarbakır mothers mark five years of sit-in outside party building",
        "A group of mothers whose children joined the PKK marked the fifth anniversary of their sit-in outside the pro-Kurdish party's building in Diyarbakır on Tuesday, holding photographs and calling for their sons and daughters to come home. The protest began in 2019 when Hacire Akar sat down outside the building, saying her son had been recruited by the group as a teenager. Dozens of families have since joined, and officials say several young people have returned to their relatives. The mothers sat on plastic chairs under a white awning and read a statement. Government ministers have visited the site many times. The party has rejected the accusations and says the protest is organised by the state. “I will wait here until I can hug my son,” said one woman who has been coming every day since 2020. The families said they would carry on despite the winter cold.",
        "protest",
    ),
    (
        "Metal workers stage work stoppages over pay offer",
        "Thousands of metal workers downed tools for two hours at factories in Bursa, Kocaeli and Istanbul on Thursday in protest at what their unions called an insulting pay offer from employers. The Birleşik Metal-İş union said workers at more than 20 plants took part, including those making car parts for European brands. Workers marched peacefully to factory gates and chanted slogans before returning to their shifts. The employers' association, MESS, has offered a 15% raise for the first six months, while unions are demanding more to keep up with inflation. Union leaders warned they would call a full strike if talks failed. The government has in the past postponed strikes in the sector, citing national security and economic stability. “We are not asking for luxury, we are asking for bread,” said a worker in Gebze. The current contract covers about 130,000 workers in the sector.",
        "protest",
    ),
    (
        "Yazidi families rally in Duhok camps to demand return to Sinjar",
        "Hundreds of Yazidis living in displacement camps in Duhok province held a rally on Wednesday to demand that the Iraqi government speed up the reconstruction of Sinjar so they can return home. Protesters at the Sharya camp carried banners reading “Ten years in a tent is enough” and urged Baghdad and Erbil to end their dispute over the district's administration. Speakers called for compensation, the reopening of schools and clinics, and the removal of armed groups from the town. The gathering ended after a statement was read, organisers said. About 180,000 Yazidis remain displaced in the Kurdistan Region a decade after the Islamic State overran Sinjar. Iraq's migration ministry has set deadlines to close the camps, offering grants to families who leave. Many say that without water, electricity and jobs, they have nothing to go back to.",
        "protest",
    ),
    (
        "Roboski families mark ten years with no one held to account",
        "Families of the 34 villagers killed in a Turkish airstrike near the Iraqi border in December 2011 gathered at the cemetery in Roboski on Tuesday to mark the tenth anniversary of the deaths. The victims, most of them young men from the village, were smuggling fuel and cigarettes on mules when military jets struck them, after intelligence reports said PKK militants were crossing. Prosecutors dropped the case in 2014, ruling that the military had acted within its rules of engagement. “Our children's blood is still on the snow,” said Pakize Encü, who lost her son. Opposition lawmakers and rights activists joined the families at the graves. The Constitutional Court rejected the families' appeal in 2018. Relatives laid carnations and read the names of the dead one by one. The memorial was held under tight security, and the ceremony ended quietly.",
        "history",
    ),
    (
        "Halabja remembers victims of 1988 gas attack",
        "Sirens wailed across Halabja on Saturday as the city observed a minute of silence for the thousands killed in a chemical attack by Saddam Hussein's forces 36 years ago. Survivors, officials and schoolchildren laid wreaths at the monument on the edge of the city, where photographs of the dead cover the walls. About 5,000 people, most of them women and children, died when Iraqi aircraft dropped mustard gas and nerve agents on the town in March 1988. Many survivors still suffer from breathing problems, eye diseases and cancers. Kurdistan Region Prime Minister Masrour Barzani said Baghdad should compensate the victims' families. Halabja became Iraq's 19th province last year, a step long demanded by residents. “I was seven, and I still hear the planes,” said Hussein, who lost his parents and three siblings. A new museum of the attack's victims is due to open in the city next year.",
        "history",
    ),
    (
        "Villagers return to Hakkari hamlet emptied in 1994",
        "Thirty years after soldiers ordered them to leave, a handful of families have moved back to the hamlet of Gündeş in Hakkari's Yüksekova district, rebuilding stone houses on the ruins of their old homes. The village was one of some 3,000 settlements evacuated or burned during the conflict of the 1990s, when hundreds of thousands of Kurds were forced to move to cities in the west and south. “My father cried when he saw the walnut tree still standing,” said Mehmet, who was six when his family left. The families received small grants under a 2004 compensation law, but many say the money came years late. They grow vegetables and keep bees, and the road is open only in summer. The governor's office said electricity would be connected next year. Researchers say only a fraction of those uprooted in the 1990s have returned.",
        "history",
    ),
    (
        "Book lists hundreds of unsolved killings of the 1990s",
        "A new book compiled by the Human Rights Association documents more than 1,800 killings in south-east Turkey in the 1990s whose perpetrators were never identified, the authors said at its launch in Diyarbakır on Thursday. Based on court files, newspaper archives and interviews with relatives, the 600-page volume includes the cases of writer Musa Anter, who was shot in Diyarbakır in 1992, and dozens of local politicians and journalists. Many of the killings were attributed by victims' families to JİTEM, an alleged intelligence unit of the gendarmerie whose existence officials long denied. Most cases have run past the statute of limitations. “These files are the memory of a war that the state never wanted to remember,” said one of the editors. The launch was attended by relatives who brought photographs. The authors said they hoped the current peace process would lead to a truth commission.",
        "history",
    ),
    (
        "Alevis commemorate victims of 1993 Sivas hotel fire",
        "Thousands of people gathered outside the former Madımak hotel in Sivas on Tuesday to commemorate the 33 intellectuals and artists and two hotel workers who died when a mob set the building on fire in July 1993. Mourners carried carnations and photographs of the dead, among them the poet Metin Altıok and the singer Hasret Gültekin, and chanted demands for the building to be turned into a museum of shame. The victims had come for an Alevi cultural festival when a crowd of Islamist protesters surrounded the hotel after Friday prayers. Alevi groups say the trials that followed failed to deliver justice, and several convicted men were never caught. The building now houses a science and culture centre. Speakers called on the government to recognise Alevi places of worship. The gathering dispersed peacefully in the evening.",
        "history",
    ),
    (
        "Diyarbakır prison museum plan divides Kurdish families",
        "The government's plan to turn Diyarbakır's notorious E-type prison into a culture centre has drawn protests from former inmates who want it preserved as a museum of the torture practised there after the 1980 coup. Hundreds of Kurdish political prisoners were held in the prison in the early 1980s, and at least 34 died in custody, according to human rights groups. Former inmates have described beatings, forced singing of military marches and hunger strikes in its cells. A group of survivors handed a petition with 10,000 signatures to the governor's office on Monday. The Culture Ministry said the new centre would include a section on the prison's history. “They want to paint over our memories,” said Mehmet, 66, who spent four years in the prison. The last inmates were moved out in 2023. Architects are expected to present the project in the spring.",
        "history",
    ),
    (
        "Amedspor seal promotion as Diyarbakır celebrates",
        "Amedspor clinched promotion to Turkey's second tier on Sunday with a 2-0 win over Kırşehir, sending thousands of fans into the streets of Diyarbakır to celebrate. The club, seen by many as a symbol of Kurdish identity, secured top spot in the league with two games to spare. Striker Mert Miraç Altıntaş opened the scoring with a header before a late counter-attack sealed the points. Supporters waved green, red and yellow flags and set off flares outside the stadium, which was sold out for the match. “This city has waited years for this,” coach Ersun Yanal said. Amedspor have often complained of hostile treatment in away games and heavy fines from the federation. The club's owner said the target now was the Süper Lig within two seasons. Police said the celebrations were largely trouble-free. Thousands of supporters stayed in the city centre until the early hours, singing and dancing the halay in front of the old city walls.",
        "sport",
    ),
    (
        "Galatasaray edge Fenerbahçe in fiery derby",
        "Galatasaray beat Fenerbahçe 2-1 on Saturday in a bad-tempered derby that extended their lead at the top of the Süper Lig to six points. Mauro Icardi fired the home side ahead after 17 minutes before Fenerbahçe levelled through a deflected shot just before half-time. Victor Osimhen won it with a powerful header in the 81st minute, and both sides finished with ten men after two red cards. Fenerbahçe coach José Mourinho accused the referee of “killing the game” and later refused to speak to Turkish broadcasters. The war of words between the clubs' executives continued late into the night on social media. Police kept rival fans apart, and away supporters have been banned from derbies for several seasons. The teams meet again in the cup next month. The result leaves Fenerbahçe facing a battle to keep their title hopes alive, with 11 matches of the season remaining.",
        "sport",
    ),
    (
        "Duhok SC win Gulf club title in historic night",
        "Duhok SC became the first club from the Kurdistan Region to win a regional trophy on Monday, beating Kuwait's Al-Qadsia 2-1 in the final of the Gulf Club Champions League. Thousands of fans packed the Duhok stadium and the surrounding hills, and the city's streets filled with cars honking horns after the final whistle. Striker Bilal Khalil scored the winner from the penalty spot after the Kuwaiti side's defence was caught out on the break. The team, who play in the Iraqi Stars League, had knocked out Saudi and Omani opponents on the way. “We conquered the Gulf,” a local radio presenter shouted as players lifted the trophy. Kurdistan Region Prime Minister Masrour Barzani congratulated the squad and promised bonuses. The club plans to build a new training ground with the prize money. Fans at a café in Zakho said they had watched the match on a giant screen and celebrated until dawn.",
        "sport",
    ),
    (
        "UEFA bans Demiral for two games over wolf salute",
        "UEFA banned Turkey defender Merih Demiral for two matches on Friday for making a nationalist gesture while celebrating a goal in the Euro 2024 round of 16 win over Austria. Demiral, who scored both goals in the 2-1 win in Leipzig, made the sign of the Grey Wolves, a far-right group, with both hands. The ban rules him out of the quarter-final against the Netherlands and a potential semi-final. Turkey's foreign ministry summoned the German ambassador after German politicians called the gesture racist. President Erdoğan said he would attend the quarter-final in Berlin. Demiral said he was proud of his Turkish identity and had no hidden message. Turkish fans had been urged by organisers to avoid political symbols at the stadium. Turkey's coach Vincenzo Montella said his team would “fight for every ball”. The Turkish Football Federation said it would appeal the decision.",
        "sport",
    ),
    (
        "VakıfBank crush Conegliano to reach Champions League final",
        "VakıfBank Istanbul swept Italian champions Conegliano 3-0 on Sunday to reach the women's volleyball Champions League final for the eighth time. Led by Paola Egonu with 24 points, the Turkish side attacked relentlessly and broke the Italians' serve in the decisive moments of each set. Coach Giovanni Guidetti said his team had “killed the match” with their blocking. The semi-final in Antalya was played in front of a sold-out crowd. Conegliano had beaten VakıfBank in last year's final. The Turkish club will face Eczacıbaşı in an all-Istanbul final next Sunday. Turkish volleyball has enjoyed a golden period, with the national team also winning the European title. Guidetti, who has coached the club for more than a decade, said the final would be “a war of nerves” between two sides who know each other perfectly. Tickets for the match sold out within an hour of going on sale, the European federation said.",
        "sport",
    ),
    (
        "Kurdish film about Sinjar mountain wins top prize in Duhok",
        "A feature film about a Yazidi grandmother who guards her family's olive trees on Mount Sinjar won the top prize at the Duhok International Film Festival on Friday. The film, shot in Kurmanji with a cast of local non-professional actors, follows the woman as she tries to rebuild her life after the Islamic State's assault on the region in 2014. The director said she had spent three years in the camps of Duhok listening to survivors. Jurors praised its “restraint and tenderness”, noting that the violence of 2014 is never shown on screen. The festival also screened a documentary about Peshmerga veterans and a Turkish drama about a border town. Organisers said 112 films from 35 countries took part this year. The winning film will be screened in Erbil and Sulaimani next month. Its lead actress, a 71-year-old grandmother from the village of Khanasor, had never been to a cinema before the premiere.",
        "entertainment",
    ),
    (
        "Spy series 'Teşkilat' tops ratings with cliffhanger finale",
        "The Turkish state broadcaster's spy drama “Teşkilat” drew its highest audience yet with its season finale on Sunday, according to ratings data. The series follows agents of a fictional secret unit of Turkey's intelligence agency as they chase terrorists, foreign spies and arms dealers across the Middle East and Europe. The final episode ended with a car chase through Istanbul and an explosion that left the fate of the main character unclear. Critics say the show reflects the government's security narrative, while fans praise its action scenes. Lead actor Çağlar Ertuğrul said the team had filmed in 14 locations this season. The show has been sold to broadcasters in more than 60 countries. Producers confirmed a new season will begin in the autumn. Viewers flooded social media with theories about the ending, and the show's hashtag trended worldwide for several hours.",
        "entertainment",
    ),
    (
        "From Kobani to medical school: Syrian refugee tops exam in Gaziantep",
        "Ten years after her family fled Kobani with two suitcases, 19-year-old Rojda Hesen has won a place at Ankara University's faculty of medicine after ranking among the top 500 candidates in Turkey's university entrance exam. She learned Turkish in a tent school in Suruç before her family moved to Gaziantep, where her father works as a tailor. “I studied at night when the electricity worked,” she said, laughing. Her teachers said she had a gift for biology and chemistry. The family still has relatives in Kobani and hopes to visit next year. Turkey hosts about three million Syrians under temporary protection, and thousands now attend Turkish universities. Rojda said she wanted to become a paediatrician and work in both countries. Her younger brother, who was born in Gaziantep, wants to study engineering. Her mother said she had kept every report card since the first one from the tent school.",
        "other",
    ),
    (
        "Erbil airport adds flights to Europe as passenger numbers soar",
        "Erbil International Airport said on Wednesday it had handled more than 3.2 million passengers last year, its busiest ever, as airlines added routes to Europe and the Gulf. New direct flights to Vienna, Stockholm and Düsseldorf are planned for the summer, serving the large Kurdish diaspora in Europe. The airport's director told Rudaw that a second terminal would be needed within five years. Turkish Airlines and Pegasus are the largest foreign carriers, followed by Qatar Airways and Flydubai. Travel agents said tourism from southern Iraq to the region's mountain resorts had also grown. The Kurdistan Region's tourism board expects a record summer season. Sulaimani's airport has reported a rise in traffic too. The airport opened in its current form in 2010 and was closed to international flights for six months in 2017 after the independence referendum. Officials said the expansion would create about 2,000 jobs.",
        "other",
    ),
]
