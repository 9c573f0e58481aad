"""dev119 hard negatives: crime, courts and sport, whole articles."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Three people stabbed in Rundle Mall as police rule out terrorism",
        "Three people were stabbed in Adelaide's Rundle Mall on Saturday afternoon in an attack "
        "police say was not linked to terrorism or any ideology. A 29-year-old man has been "
        "charged with three counts of attempted murder and will appear in the Adelaide "
        "Magistrates Court on Monday. South Australia Police Commissioner Grant Stevens said the "
        "man was known to mental health services and appeared to have chosen his victims at "
        "random. A 47-year-old woman remains in a critical condition at the Royal Adelaide "
        "Hospital, while two men, aged 22 and 63, suffered wounds that were not life-threatening. "
        "Shoppers barricaded themselves inside stores and a food court as the man ran through "
        "the mall with a kitchen knife, before a security guard and two passers-by tackled him "
        "outside a department store. 'He just came past swinging it,' one witness told ABC News. "
        "Premier Peter Malinauskas praised the bystanders and said extra police would patrol the "
        "city centre over the weekend. The attack has renewed calls for tougher laws on carrying "
        "knives in public places.",
        "crime",
    ),
    (
        "Magdeburg Christmas market attack trial opens with victims' families in court",
        "The trial of a Saudi-born doctor accused of driving a car into crowds at the Magdeburg "
        "Christmas market, killing six people and injuring more than 300, opened on Monday in a "
        "purpose-built courtroom on the edge of the city. Prosecutors charged Taleb A., 51, with "
        "six counts of murder and hundreds of counts of attempted murder over the attack in "
        "December 2024. They say he acted out of frustration with German authorities and a "
        "personal grievance over his treatment as an asylum seeker, not out of religious "
        "conviction. The defendant, who had lived in Germany since 2006 and posted anti-Islam "
        "views online, interrupted the reading of the indictment several times. Around 200 "
        "victims and relatives are joint plaintiffs, and the court has set aside a separate room "
        "for them to follow proceedings. 'I want to look him in the eye,' said the mother of a "
        "nine-year-old boy who was killed. A parliamentary inquiry is examining why warnings about "
        "the man were not acted upon and why the market's entrance was not better protected. "
        "Police had received several tip-offs about threatening posts by the defendant in the "
        "years before the attack, including one from Saudi Arabia. The black BMW he drove was "
        "able to enter the market through a gap left for emergency vehicles, investigators have "
        "said. Outside the court, a small group of people held a silent vigil with candles and "
        "the names of the six dead. Security around the building was tight, with armed police "
        "on the approach roads and a helicopter overhead. The trial is scheduled to run until "
        "March, with more than 40 hearing days and testimony from about 150 witnesses. The "
        "presiding judge warned that she would exclude the defendant from the courtroom if he "
        "continued to disrupt the proceedings. Verdicts are expected next year.",
        "crime",
    ),
    (
        "Police seize record 2.3 tonnes of methamphetamine hidden in steel pipes at Port Botany",
        "Australian police have seized 2.3 tonnes of methamphetamine hidden inside steel pipes "
        "shipped to Port Botany in Sydney, the largest single seizure of the drug in the "
        "country's history, the Australian Federal Police said on Wednesday. Four men, aged "
        "between 31 and 58, have been charged with importing a commercial quantity of a border "
        "controlled drug, which carries a maximum penalty of life imprisonment. Border Force "
        "officers found the drugs when X-ray scans of a container from Southeast Asia showed "
        "irregular shapes inside the pipes. Investigators believe the shipment was organised by "
        "a transnational syndicate with links to Asian and Australian crime groups. AFP Assistant "
        "Commissioner Stephen Nutt said the haul had an estimated street value of more than $2 "
        "billion. He said police were 'not going to arrest our way out' of the drug problem and "
        "called for more investment in treatment. Drug and alcohol services say demand for "
        "help with methamphetamine use has risen sharply in regional New South Wales.",
        "crime",
    ),
    (
        "Police rescue kidnapped businessman's son in Gqeberha, three suspects arrested",
        "Police have rescued an eight-year-old boy who was kidnapped on his way to school in "
        "Gqeberha last week, and arrested three suspects after a shoot-out at a house in "
        "KwaNobuhle, the South African Police Service said on Sunday. The boy, the son of a local "
        "businessman, was snatched from his family's car by armed men at a traffic light in "
        "Walmer on Tuesday morning. The kidnappers had demanded a ransom of R10 million, police "
        "spokesperson Brigadier Athlenda Mathe said. Members of the national anti-kidnapping task "
        "team traced the suspects to the house, where one of them fired at officers before being "
        "wounded and arrested. The child was found unharmed and has been reunited with his "
        "parents. Police Minister Firoz Cachalia said kidnapping for ransom had become an "
        "organised business in parts of the country, often targeting families of traders and "
        "foreign nationals. The suspects, aged between 26 and 39, are expected to appear in the "
        "Uitenhage Magistrate's Court on Tuesday. Residents of Walmer held a prayer gathering "
        "outside the boy's school on Monday.",
        "crime",
    ),
    (
        "Graz school gunman was former pupil with no political motive, Austrian police say",
        "The man who shot dead ten people at a secondary school in the Austrian city of Graz was "
        "a former pupil who had dropped out and appeared to have acted alone, police said on "
        "Wednesday, adding that they had found no political or religious motive. The 21-year-old "
        "entered the BORG Dreierschützengasse school on Tuesday morning with a shotgun and a "
        "pistol and opened fire in two classrooms before killing himself in a toilet. Nine of "
        "the dead were students aged between 14 and 17; a teacher died later in hospital. "
        "Investigators found a farewell letter and an abandoned plan for a pipe bomb at his "
        "home, Styria's police director said. The weapons were legally owned, bought after he "
        "passed a psychological test. Austria observed a minute's silence at 10 am on Wednesday, "
        "and thousands of people laid flowers and candles in Graz's central square. Chancellor "
        "Christian Stocker called it a national tragedy and his government promised to tighten "
        "gun laws. It was the deadliest shooting in Austria's post-war history.",
        "crime",
    ),
    (
        "Surrey police arrest six in extortion probe after shots fired at South Asian businesses",
        "Police in Surrey, BC, have arrested six people in connection with a string of extortion "
        "attempts against South Asian business owners, including at least 20 incidents in which "
        "shots were fired at homes and shops, the RCMP said on Thursday. Investigators say the "
        "victims received calls or WhatsApp messages demanding large sums of money, followed by "
        "shootings at their property when they refused to pay. No one has been injured. Among "
        "the targets were a jewellery store, a banquet hall and a restaurant owned by a comedian, "
        "police said. Those arrested, aged 19 to 27, face charges including extortion and "
        "discharging a firearm with intent. Surrey's mayor, Brenda Locke, said residents were "
        "frightened and called on Ottawa to list the criminal network blamed for some of the "
        "threats as a terrorist entity. The RCMP said the investigation was continuing and that "
        "more arrests were possible. Business owners held a rally outside city hall on Saturday "
        "demanding more police protection.",
        "crime",
    ),
    (
        "India beat Pakistan in Asia Cup final as handshake row overshadows Dubai showpiece",
        "India beat Pakistan by five wickets in the Asia Cup final in Dubai on Sunday, but the "
        "match was overshadowed by a row over handshakes that has dogged the tournament. "
        "Tilak Varma hit an unbeaten half-century to guide India to their target of 147 with two "
        "balls to spare after spinner Kuldeep Yadav took four wickets. India's players again "
        "refused to shake hands with their opponents, and the trophy presentation was delayed by "
        "more than an hour after India declined to receive it from Mohsin Naqvi, the head of the "
        "Asian Cricket Council, who is also Pakistan's interior minister. India captain "
        "Suryakumar Yadav dedicated the win to the armed forces. Relations between the two "
        "countries remain tense after their brief military conflict in May, and the governments "
        "allow their teams to meet only in multi-nation events. Pakistan coach Mike Hesson said "
        "the players wanted the focus to be on cricket. The International Cricket Council is "
        "expected to review the conduct of both boards at its next meeting.",
        "sport",
    ),
    (
        "Sudan's footballers lift a country at war with first Africa Cup win in over a decade",
        "Sudan beat Equatorial Guinea 1-0 in Casablanca on Tuesday to record their first win at "
        "the Africa Cup of Nations since 2012, sparking celebrations among Sudanese fans in the "
        "stadium and in exile communities from Cairo to Kampala. Striker Mohamed Abdel Rahman "
        "scored the winner with a header in the 71st minute, and goalkeeper Mohamed Mustafa made "
        "a string of saves as the Falcons of Jediane held on. Sudan's domestic league has been "
        "suspended since the war between the army and the Rapid Support Forces broke out in "
        "April 2023, and the squad prepared for the tournament at training camps in Saudi Arabia "
        "and Mauritania. 'These players have lost homes and relatives, but they play for the "
        "people,' coach Kwesi Appiah told reporters. Several of the players are with clubs in "
        "Libya and Saudi Arabia. Fans who fled to Egypt gathered in cafes in Cairo's Faisal "
        "district to watch the match on big screens, dancing in the street after the final "
        "whistle. 'For ninety minutes we forgot everything,' said Hiba, a pharmacist from "
        "Omdurman who has lived in Cairo since 2023. The Sudan Football Association said it had "
        "paid for several families of players to travel to Morocco for the tournament. Al-Hilal "
        "and Al-Merrikh, the country's two biggest clubs, have been playing in the Rwandan and "
        "Mauritanian leagues since leaving home. Appiah, a Ghanaian who took charge in 2024, has "
        "built the side around players from those two clubs and a handful born abroad. Equatorial "
        "Guinea's coach said his team had created enough chances to win but lacked composure in "
        "front of goal. Sudan must avoid defeat against Algeria on Saturday to be sure of a "
        "place in the knockout rounds.",
        "sport",
    ),
    (
        "Springboks' defence holds firm as South Africa retain Rugby Championship title",
        "South Africa retained the Rugby Championship with a 29-27 win over Argentina in London "
        "on Saturday, holding off a late Pumas attack after a tense second half at Twickenham. "
        "The Springboks scored three tries, two of them from driving mauls, and captain Siya "
        "Kolisi was named player of the match for his work at the breakdown. Argentina, who had "
        "beaten South Africa's defence for two tries before the break, came within two points "
        "after a converted try in the 76th minute but could not find a way through the final "
        "siege on their own line. Coach Rassie Erasmus said his side had 'fought like warriors' "
        "and praised the bench, which came on early in the second half. The match was played in "
        "London because of a commercial deal with the Argentine union. Fans gathered to watch in "
        "pubs and fan parks across South Africa, and the result was celebrated in the townships "
        "of the Eastern Cape, Kolisi's home province. The Springboks now head north for their "
        "end-of-year tour, starting against Japan.",
        "sport",
    ),
    (
        "Lions go back-to-back as Geelong's attack fires blanks in AFL grand final",
        "The Brisbane Lions won a second straight AFL premiership on Saturday, overpowering "
        "Geelong by 47 points in front of more than 100,000 fans at the MCG. The Lions kicked six "
        "goals to one in the third quarter to break open a tight contest, with Will Ashcroft "
        "collecting 38 disposals to win the Norm Smith Medal for the second year in a row. "
        "Geelong, who had been favourites after a dominant preliminary final, managed only two "
        "goals in the second half as their forward line was starved of the ball. Cats coach Chris "
        "Scott said his side had been 'beaten in the contest' and had no excuses. Lions captain "
        "Harris Andrews said the club had never stopped attacking, even after a slow start. "
        "Thousands of fans lined the streets of Brisbane on Sunday for the premiership parade "
        "to the Gabba. The Lions are the first club to win back-to-back flags since Richmond "
        "several years ago, and the win cements coach Chris Fagan's place among the game's great "
        "leaders.",
        "sport",
    ),
    (
        "Norway's biathletes shoot clean to win Olympic relay in Antholz",
        "Norway won the men's biathlon relay at the Milan-Cortina Winter Olympics on Tuesday, "
        "with Johannes Dale-Skjevdal shooting clean in the final standing stage to hold off "
        "France in the Antholz-Anterselva valley. The four Norwegians needed only three spare "
        "rounds across all their shooting stages, while France's anchor, Emilien Jacquelin, "
        "missed twice and had to reload, costing him the chance of gold. Germany took bronze "
        "after a sprint finish with Sweden. The race was held in heavy snow that slowed the "
        "tracks and made the wind on the range hard to read. Ukraine's team, whose members "
        "train abroad for much of the year, finished ninth, their best relay result since 2018. "
        "Norway's head coach said the team had worked for months on the shooting rhythm under "
        "pressure. The biathlon programme continues on Thursday with the women's mass start. "
        "Organisers said more than 18,000 spectators had attended the event.",
        "sport",
    ),
]
