"""Negatives, the other desks: trade disputes and markets with their war words, sport,
entertainment about war, peaceful protest, health and ordinary news."""

from _parse import negatives

DATA = """
@ economy | Japan tightens export controls on chip materials to South Korea
Japan on Thursday began tightening controls on exports to South Korea of three materials used to make semiconductors and smartphone displays, a move Seoul denounced as economic retaliation for court rulings on wartime labor.
Exporters of fluorinated polyimide, photoresists and hydrogen fluoride must now apply for approval for each shipment, a process that can take up to 90 days, the Ministry of Economy, Trade and Industry said.
Tokyo says the measures are based on national security concerns and are not linked to the labor dispute.
Shares in Samsung Electronics and SK Hynix fell in Seoul, while Japanese suppliers such as Stella Chemifa also dropped.
South Korea's trade minister said the government would file a complaint with the World Trade Organization.
Business groups in both countries warned that the escalating trade war could disrupt global supply chains for memory chips.

@ protest | Korean shoppers boycott Japanese beer and Uniqlo amid trade row
Sales of Japanese beer at South Korean convenience stores have fallen by more than 40 percent since the start of the month, as consumers boycott Japanese goods over Tokyo's export curbs, retailers said Monday.
Posters reading "No Japan: Don't go, don't buy" have appeared in shop windows, and some supermarkets have removed Japanese products from their shelves.
Uniqlo's sales in the country have also dropped sharply, according to credit card data compiled by local media.
Several thousand people held a candlelight rally near the Japanese Embassy in Seoul on Saturday, which ended peacefully.
Travel agencies reported a wave of cancellations of trips to Japan, and several airlines cut flights to smaller Japanese cities.
Japanese officials urged calm and said the export measures were not meant as a sanction.

@ economy | Japanese automakers brace for 25% US tariff, cut profit forecasts
Toyota, Honda and Nissan cut their annual profit forecasts on Wednesday, saying the 25 percent tariff imposed by the United States on imported cars would cost them trillions of yen.
Toyota said the levies had reduced its operating profit by about 180 billion yen in April and May alone.
Prime Minister Shigeru Ishiba has sent his chief trade negotiator, Ryosei Akazawa, to Washington seven times in an effort to secure an exemption.
"This is a national crisis," Ishiba told lawmakers, warning that the auto sector supports about 5.5 million jobs in Japan.
Analysts at Nomura said the tariff battle could shave up to 0.8 percentage point off Japan's growth this year.
The Nikkei stock average fell 1.2 percent, led by auto shares.

@ economy | Samsung and SK Hynix step up memory chip war over AI demand
Samsung Electronics and SK Hynix are locked in an intensifying battle for orders of high-bandwidth memory chips used in artificial intelligence servers, the Korea Herald reported Tuesday.
SK Hynix, the main supplier to Nvidia, posted record quarterly operating profit of 7 trillion won, overtaking its larger rival in memory profits for the first time.
Samsung has been struggling to pass Nvidia's quality tests for its latest HBM3E chips, and its shares have fallen nearly 30 percent this year.
Executives at Samsung apologized to shareholders for disappointing results and promised a "fundamental" overhaul.
Analysts said the companies' fight for market share would shape the future of South Korea's export-driven economy.
Semiconductors account for about a fifth of the country's exports.

@ sport | Japan stun Germany with late comeback in Qatar
Japan came from behind to beat four-time champions Germany 2-1 in their opening World Cup match in Doha on Wednesday, with substitutes Ritsu Doan and Takuma Asano scoring in the last 15 minutes.
Germany dominated the first half and led through an Ilkay Gundogan penalty, but coach Hajime Moriyasu's switch to a back three and a more aggressive attack turned the game.
Asano, who had struggled with injury, beat Manuel Neuer at the near post from a tight angle in the 83rd minute.
Japanese fans in the stadium cleaned up the stands after the final whistle, as they had done at previous tournaments.
"This is a historic victory, but we are not done yet," Moriyasu told reporters.
Crowds in Tokyo's Shibuya district celebrated the win into the early hours.

@ sport | Ohtani's 50-50 season: Dodgers star destroys Marlins pitching
Shohei Ohtani became the first player in major league history to hit 50 home runs and steal 50 bases in a season, in a 6-for-6 performance in which he drove in 10 runs as the Los Angeles Dodgers crushed the Miami Marlins 20-4.
Ohtani hit three home runs and stole two bases, and the Dodgers clinched a place in the playoffs with the win.
"I'm so happy that I was able to get it done quickly," Ohtani said through his interpreter.
Japanese television channels broadcast the game live in the morning, and extra editions of newspapers were handed out in Tokyo.
The ball from his 50th home run was later sold at auction for about 4.4 million dollars.
Teammates said it was the greatest individual performance they had ever seen.

@ sport | Son Heung-min's strike sinks rivals as Tottenham win the Europa League
Tottenham Hotspur captain Son Heung-min lifted his first major trophy on Wednesday as his side beat Manchester United 1-0 in the Europa League final in Bilbao.
Brennan Johnson scored the only goal just before half-time, and Son came off the bench to help Tottenham defend a narrow lead through a tense second half.
South Korean fans gathered in cafes in Seoul in the early hours of the morning to watch the final.
"I have waited for this for so long," Son said after the match, fighting back tears.
The win ended Tottenham's 17-year wait for silverware and secured them a place in next season's Champions League.
President-elect Lee Jae-myung's campaign was among those congratulating the forward on social media.

@ sport | Japan beat Korea 13-4 in WBC rivalry game at Tokyo Dome
Japan routed South Korea 13-4 at the World Baseball Classic in Tokyo on Friday, with Shohei Ohtani pitching and batting as the home side pulled away in the middle innings.
Korea had taken a 3-0 lead in the third inning on a two-run homer by Yang Eui-ji, but Japan answered with four runs in the bottom of the inning.
Kensuke Kondoh and Masataka Yoshida drove in key runs, and the Japanese bullpen shut down the Korean attack.
The defeat left Korea on the brink of elimination in the first round for the third tournament in a row.
Korean manager Lee Kang-chul said his pitchers had "failed to fight" and apologized to fans.
A crowd of more than 41,000 filled the Tokyo Dome, and the game drew the highest television ratings in Japan for a baseball broadcast in years, according to Video Research.

@ entertainment | Godzilla Minus One wins Oscar for visual effects
Godzilla Minus One, a film set in the aftermath of World War II, won the Academy Award for best visual effects on Sunday, the first Japanese film to win in the category.
Director Takashi Yamazaki and his team of about 35 visual effects artists worked on a budget of less than 15 million dollars, a fraction of what Hollywood spends.
The film follows a former kamikaze pilot who failed to carry out his mission and returns to a Tokyo flattened by air raids.
"We were so far away from Hollywood," Yamazaki said on stage, holding the statuette.
Critics have praised the film's treatment of survivors' guilt and war trauma.
Toho said the film had earned more than 100 million dollars worldwide, making it one of the most successful Japanese live-action releases ever in North America.

@ entertainment | 12.12: The Day passes 10 million viewers with story of 1979 coup
The film 12.12: The Day, about the military coup led by Chun Doo-hwan in December 1979, has drawn more than 10 million viewers in South Korea, its distributor said Sunday.
Hwang Jung-min plays a general modeled on Chun who seizes control of the army in a single night, while Jung Woo-sung plays a commander who tries to stop him.
Young viewers have shared videos of their heart rates rising during the film's final scenes, in what has become known as the "stress challenge."
Director Kim Sung-su said he wanted to show how a small group of soldiers could take power.
The film is the first to pass 10 million viewers this year.
It has prompted renewed interest in the history of military rule among students, teachers said.

@ entertainment | Netflix confirms Squid Game season two, more violent games promised
Netflix on Sunday confirmed a second season of Squid Game, the Korean survival drama that became the streaming service's most-watched series.
Creator Hwang Dong-hyuk said the new episodes would bring back Lee Jung-jae as Seong Gi-hun, the winner of the deadly games.
The first season followed 456 debt-ridden contestants who compete in children's games in which the losers are shot dead.
Hwang said he had lost six teeth from the stress of making the first season.
The series won six Emmy awards, including best actor for Lee.
Production is expected to begin next year, with filming at studios outside Seoul.
The company did not give a release date, but analysts at Korean brokerages said the announcement lifted shares of local production houses and of the studio behind the show.
Squid Game helped drive a boom in Korean content on streaming platforms, and Netflix has pledged to invest billions of dollars in Korean films and series.

@ protest | Candlelight crowds with K-pop light sticks celebrate Yoon's impeachment
Hundreds of thousands of people waving K-pop light sticks and candles cheered outside the National Assembly in Seoul on Saturday as lawmakers voted to impeach President Yoon Suk Yeol.
Protesters sang girl group songs and danced in freezing temperatures, and some wept as the result was announced on giant screens.
Police estimated the crowd at about 200,000, while organizers said it was more than a million.
A rally of Yoon supporters in Gwanghwamun drew tens of thousands of people, and police kept the two groups apart.
No violence was reported, and volunteers collected litter after the rallies ended.
The vote passed with 204 lawmakers in favor, suspending Yoon from office pending a ruling by the Constitutional Court.

@ protest | Sit-in at Henoko enters its 10th year as landfill work continues
Protesters opposed to the construction of a US military base at Henoko in Nago, Okinawa, marked the 10th year of their daily sit-in outside the gate of Camp Schwab on Sunday.
About 1,000 people held a rally, singing Okinawan folk songs and holding placards reading "No new base."
Riot police removed elderly protesters who were sitting in front of trucks carrying soil to the site, as they have every day.
The central government resumed landfill work in the bay after the Supreme Court rejected Okinawa's lawsuit.
Governor Denny Tamaki said the people of Okinawa had repeatedly rejected the project at the ballot box.
The relocation of the Futenma air station is not expected to be completed until the mid-2030s.

@ protest | Fishermen protest as Fukushima treated water release begins
Fishermen and residents held protests in Fukushima and Seoul on Thursday as the operator of the crippled Fukushima Daiichi nuclear plant began releasing treated radioactive water into the Pacific Ocean.
About 100 people gathered outside the plant operator's headquarters in Tokyo, holding signs reading "Don't pollute the sea."
In Seoul, police detained 16 students who entered the building housing the Japanese Embassy, Yonhap said.
Tokyo Electric Power Company said the water had been diluted so that tritium levels were well below safety standards.
China banned all imports of Japanese seafood in response, dealing a blow to scallop exporters in Hokkaido.
The International Atomic Energy Agency has said the release meets international standards.

@ health | MERS outbreak: South Korea closes schools as cases reach 35
South Korea closed more than 700 schools on Thursday as the number of people infected with Middle East respiratory syndrome rose to 35, the health ministry said.
Two patients have died and about 1,600 people have been isolated at home or in medical facilities, officials said.
The outbreak began when a man returning from the Middle East was treated at several hospitals before being diagnosed.
Many of the infections occurred inside hospitals, and the government has been criticized for refusing to name them.
Sales of masks have soared, and some tourists from China and Hong Kong have canceled trips to Seoul.
The World Health Organization said it would send a team to assess the situation, and Hong Kong issued a red travel alert for South Korea.

@ other | Bank of Japan ends negative rates in first hike in 17 years
The Bank of Japan raised interest rates for the first time in 17 years on Tuesday, ending eight years of negative rates and other elements of its unconventional policy.
The central bank said it would guide the short-term rate to a range of 0 to 0.1 percent, from minus 0.1 percent.
Governor Kazuo Ueda said wage increases agreed at this year's spring labor talks had given the bank confidence that inflation would stay around its 2 percent target.
The yen weakened after the decision, as investors judged the bank would raise rates only slowly.
Economists said the move marked the end of an era of monetary easing that began under former Prime Minister Shinzo Abe.
Japan's largest banks said they would raise interest on ordinary savings accounts.

@ other | Han Kang becomes first South Korean to win Nobel Prize in literature
Novelist Han Kang won the Nobel Prize in literature on Thursday, becoming the first South Korean writer and the first Asian woman to receive the award.
The Swedish Academy praised her "intense poetic prose that confronts historical traumas and exposes the fragility of human life."
Her novels, including The Vegetarian and Human Acts, which deals with the Gwangju uprising of 1980, have been translated into dozens of languages.
Bookstores in Seoul ran out of copies of her works within hours of the announcement.
Han's father, also a novelist, said she had told him she would not hold a news conference because of the wars in Ukraine and Gaza.
President Yoon Suk Yeol called the award "a great achievement in the history of Korean literature."

@ other | Japan's population falls by record 900,000 as births hit new low
Japan's population of Japanese nationals fell by about 908,000 last year, the largest drop since the government began keeping records in 1968, the internal affairs ministry said.
The number of births fell to around 687,000, the lowest on record, while deaths reached about 1.6 million.
All 47 prefectures saw a fall in the number of Japanese residents for the first time, officials said.
The number of foreign residents rose by about 10 percent to a record 3.7 million, helping to offset some of the decline.
The government has pledged to spend billions of yen on child care and support for young families.
Demographers said the decline was unlikely to slow for decades, as the number of women in their 20s and 30s continues to shrink and more young people stay single.
"""

NEGATIVES = negatives(DATA)
