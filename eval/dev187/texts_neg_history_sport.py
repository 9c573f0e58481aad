"""dev187 negatives: remembrance and the history of old wars (6), sport (5)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Poppies, silences and bells: 100 years since the guns fell silent",
        "People across the UK have been remembering the end of the First World War, which "
        "finished exactly 100 years ago. At 11 o'clock on 11 November 1918, the guns stopped "
        "firing along the Western Front, after more than four years of fighting. This was "
        "called the Armistice, an agreement between the two sides to stop the war. Around 10 "
        "million soldiers were killed in the war, many of them in muddy trenches in France "
        "and Belgium. On Sunday, the Queen and other members of the royal family watched as "
        "wreaths of poppies were laid at the Cenotaph in London. Across the country, people "
        "stood still for a two-minute silence, and church bells rang out in the afternoon, "
        "just as they did in 1918. Why poppies? Red poppies grew on the battlefields after "
        "the fighting, and they have become a symbol of remembrance. Pupils at one school in "
        "Leeds made 1,000 poppies out of plastic bottles. What will you do to remember?",
        "history",
    ),
    (
        "Anzac Day: thousands gather at dawn to remember Gallipoli",
        "Thousands of people got up before sunrise on Friday for Anzac Day dawn services "
        "around Australia and New Zealand. This year marks 110 years since Anzac soldiers "
        "landed on the beaches of Gallipoli, in what is now Turkey, during the First World "
        "War. Anzac stands for Australian and New Zealand Army Corps. The soldiers came "
        "ashore in the dark on 25 April 1915 and faced steep cliffs and heavy fire from "
        "Ottoman troops above them. The campaign lasted eight months, and more than 8,000 "
        "Australians died before the soldiers were taken away by sea. At the Australian War "
        "Memorial in Canberra, a bugler played the Last Post as the sun came up. Later in "
        "the day, veterans and their families marched through city streets, and some "
        "children wore their great-grandparents' medals on the right side of their chests. "
        "Many people also play a game called two-up on Anzac Day, which soldiers played in "
        "the trenches. Lest we forget.",
        "history",
    ),
    (
        "D-Day veterans return to Normandy beaches 80 years on",
        "A small group of veterans, most of them aged about 100, have returned to the "
        "beaches of Normandy in France to mark 80 years since D-Day. On 6 June 1944, more "
        "than 150,000 soldiers from the UK, the US, Canada and other countries crossed the "
        "English Channel in ships and landed on five beaches. It was the biggest attack from "
        "the sea in history, and it helped to end the Second World War in Europe the "
        "following year. Thousands of soldiers were killed on the first day alone. At a "
        "ceremony above Gold Beach, King Charles thanked the veterans and said the country "
        "owed them a debt it could never fully repay. Some of the veterans were pushed along "
        "the sand in wheelchairs, and one of them, Bernard, said he was thinking of the "
        "friends who never came home. Schoolchildren from France handed out flowers to the "
        "veterans. A Spitfire and other wartime planes flew overhead. Around the world, "
        "there are now very few people left who fought in the Second World War. The youngest "
        "D-Day veterans are now in their late nineties. A new memorial in Normandy lists the "
        "names of more than 22,000 people under British command who died in the battle for "
        "Normandy. Have you ever asked your grandparents about what their own grandparents "
        "did in the war?",
        "history",
    ),
    (
        "Paper cranes and a bell for peace as Hiroshima remembers",
        "Tens of thousands of people gathered in Hiroshima, in Japan, on Wednesday to "
        "remember the day an atomic bomb destroyed the city 80 years ago. On 6 August 1945, "
        "near the end of the Second World War, a US plane dropped the bomb, and around "
        "140,000 people had died by the end of that year. Three days later, a second bomb "
        "was dropped on the city of Nagasaki. At 8:15 in the morning, the exact time the "
        "bomb exploded, a peace bell was rung and people bowed their heads in silence. "
        "Children hung strings of colourful paper cranes at the Children's Peace Monument. "
        "The cranes are there because of Sadako Sasaki, a girl who became ill after the bomb "
        "and folded paper cranes, hoping to get better. Survivors of the bombings are called "
        "hibakusha, and their average age is now more than 86. Last year, a group of "
        "survivors won the Nobel Peace Prize for their work to stop nuclear weapons from "
        "ever being used again. Could you fold a paper crane?",
        "history",
    ),
    (
        "Ten thousand people leave homes as wartime bomb is found in garden",
        "About 10,000 people in Plymouth had to leave their homes after an unexploded bomb "
        "from the Second World War was found in a back garden. A man digging in his garden "
        "in the St Michael's Avenue area discovered the bomb on Tuesday and called the "
        "police. Army bomb disposal experts arrived and put a cordon around the area, which "
        "means nobody was allowed in. Families packed bags and stayed with friends or at a "
        "leisure centre, and a school and a train line were closed. On Friday, the bomb, "
        "which weighed around 500 kilograms, was carried through the city on a military "
        "lorry with a police escort. It was then taken out to sea by boat and blown up "
        "safely, sending a huge spout of water into the air. Plymouth was bombed many times "
        'during the war because it had a big naval base. One girl said it was "a bit scary '
        'but also quite exciting" to watch the lorry go past. Residents were allowed to go '
        "back to their homes on Friday evening.",
        "history",
    ),
    (
        "Auschwitz survivors return 75 years after the camp was freed",
        "Survivors of the Holocaust have returned to Auschwitz, in Poland, to mark 75 years "
        "since the camp was freed. The Holocaust was when six million Jewish people, as well "
        "as many others, were murdered by Nazi Germany during the Second World War. "
        "Auschwitz was the biggest of the camps where this happened, and more than a million "
        "people died there. Soviet soldiers arrived at the camp on 27 January 1945 and found "
        "around 7,000 prisoners still alive. On Monday, about 200 survivors, some of whom "
        "were children when they were held there, sat in a large tent at the entrance to the "
        "camp. One of them, who was 13 when she arrived, said young people must never let "
        "the world forget. The day is now marked every year as Holocaust Memorial Day. In "
        "the UK, schools are lighting candles and learning about the stories of people who "
        "survived. Why is it important to remember events from so long ago?",
        "history",
    ),
    (
        "Lionesses are champions of Europe after extra-time thriller",
        "England's women have won the European Championship for the first time, beating "
        "Germany 2-1 in the final at Wembley. A record crowd of more than 87,000 people "
        "watched the match. Ella Toone gave England the lead in the second half with a "
        "brilliant chip over the goalkeeper. Germany hit back when Lina Magull fired a shot "
        "into the net, and the game went to extra time. Then, with just ten minutes left, "
        "Chloe Kelly poked the ball home after a scramble in the box. England's defence held "
        "firm through a nervous last few minutes of German attacks. When the final whistle "
        "went, the players danced on the pitch and sang along to Sweet Caroline with the "
        "fans. It is the first major trophy won by any England football team since the men "
        "won the World Cup in 1966. Coach Sarina Wiegman said she hoped the win would "
        "inspire girls everywhere to play football. Do you play football at school?",
        "sport",
    ),
    (
        "Refugee Olympic Team wins its first ever medal",
        "Boxer Cindy Ngamba has made history by winning the first ever Olympic medal for the "
        "Refugee Olympic Team. The 25-year-old won bronze in the women's 75kg boxing "
        "competition at the Paris Olympics. Cindy was born in Cameroon and moved to the UK "
        "when she was 11. She is not allowed to compete for Cameroon or for Britain, so she "
        "fights for the refugee team. The team is made up of 37 athletes who have had to "
        "leave their home countries, for example to escape war or because they were not safe "
        "there. They come from countries including Afghanistan, Syria, Sudan, Iran and South "
        "Sudan. The team was first created for the Rio Olympics in 2016 to give refugee "
        'athletes a chance to compete. "I want to show other refugees that they can do it '
        'too," Cindy said after her fight. Her quarter-final win was full of quick punches, '
        "and the crowd chanted her name. The Refugee team also takes part in the "
        "Paralympics.",
        "sport",
    ),
    (
        "Springboks win Rugby World Cup in nail-biting final",
        "South Africa have won the Rugby World Cup for a record fourth time after beating "
        "New Zealand 12-11 in a tense final in Paris. The match was a real battle, with both "
        "teams' defences making tackle after tackle in the rain. South Africa scored all of "
        "their points from kicks, thanks to fly-half Handre Pollard. New Zealand scored the "
        "only try of the match, but missed a kick that could have won it. The All Blacks "
        "also played most of the game with 14 players after their captain, Sam Cane, was "
        "shown a red card. South Africa's captain, Siya Kolisi, lifted the trophy, just like "
        "he did four years ago. He is the first black captain of the Springboks and grew up "
        'in a poor township near the city of Gqeberha. "We have shown what a country can do '
        'when it works together," he said. Back home, fans partied in the streets through '
        "the night. Which sport would you most like to win a World Cup in?",
        "sport",
    ),
    (
        "Matildas through to semi-final after epic penalty shootout",
        "The Matildas, Australia's women's football team, are through to the semi-finals of "
        "the Women's World Cup for the first time after a penalty shootout against France. "
        "The quarter-final in Brisbane finished 0-0 after 120 minutes of football. Both "
        "teams had chances, with France hitting the post and Australia's striker Sam Kerr "
        "coming off the bench to add some firepower. Then came the shootout, which became "
        "one of the longest in World Cup history. Goalkeeper Mackenzie Arnold saved three "
        "penalties, and Cortnee Vine scored the winning kick to make it 7-6. Fans watching "
        "on big screens across the country jumped and screamed, and more than seven million "
        "people watched on TV. The Prime Minister even suggested a public holiday if the "
        "team won the tournament. A penalty shootout is used to decide a game that is still "
        "tied after extra time. Next up for the Matildas is England. Who do you think will "
        "win?",
        "sport",
    ),
    (
        "Winter Olympics open in Milan and Cortina with a call for peace",
        "The Winter Olympics have begun in Italy, with the opening ceremony held at the San "
        "Siro stadium in Milan. For the first time, the Games are being held in two main "
        "places, the city of Milan and the mountain town of Cortina d'Ampezzo, which are "
        "more than 400km apart. Around 2,900 athletes from about 90 countries will compete "
        "in sports such as skiing, snowboarding, ice hockey and curling. A new sport, ski "
        "mountaineering, is also being added, where athletes race up mountains on skis and "
        "then ski back down. During the ceremony, the organisers asked the world to respect "
        "the Olympic Truce. This is an old tradition from ancient Greece, when people "
        "stopped their fights so that athletes and fans could travel safely to the Games. "
        "Today, the United Nations asks all countries to put down their weapons during the "
        "Olympics and Paralympics. Italy's flag bearers carried the flag into the stadium to "
        "huge cheers. Team GB is hoping to win medals in curling and snowboarding. Which "
        "winter sport would you like to try?",
        "sport",
    ),
]
