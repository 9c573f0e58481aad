"""dev356 negatives, part C: anniversaries, peace deals, films, sport, science."""

NEGATIVES = [
    (
        "Sirens sound across Nanjing as China marks National Memorial Day for massacre victims",
        "Air raid sirens sounded across Nanjing at 10 am on Friday as China held a national memorial ceremony for the victims of the Nanjing Massacre, committed by Japanese invaders in 1937. Cars stopped and pedestrians stood in silence for one minute in the city's streets, Xinhua reported. About 8,000 people attended the ceremony at the Memorial Hall of the Victims in the Nanjing Massacre by Japanese Invaders, where wreaths were laid. More than 300,000 Chinese civilians and unarmed soldiers were killed during the six weeks of the massacre, according to Chinese historians. Only 32 registered survivors are still alive, the memorial hall said. Students read a peace declaration, and doves were released. A senior official said the Chinese people would remember history in order to cherish peace.",
        "history",
    ),
    (
        "Remains of 43 Chinese People's Volunteers return from South Korea",
        "The remains of 43 soldiers of the Chinese People's Volunteers who died in the War to Resist US Aggression and Aid Korea were flown home from South Korea on Thursday, Xinhua reported. A Y-20 transport plane escorted by two J-20 fighter jets landed at Shenyang Taoxian International Airport, where a welcoming ceremony was held with a military guard of honour. The remains were handed over at Incheon airport earlier in the day, together with 365 personal items. It was the 11th such handover since 2014, bringing the total number of volunteers' remains returned to 981. The soldiers will be buried at the martyrs' cemetery in Shenyang. Veterans' affairs officials said DNA testing had identified several of the soldiers' relatives. People lined the roads as the hearse convoy passed.",
        "history",
    ),
    (
        "China commemorates 88th anniversary of Lugou Bridge Incident",
        "A ceremony was held at the Museum of the War of Chinese People's Resistance Against Japanese Aggression in Beijing on Monday to mark the 88th anniversary of the Lugou Bridge Incident, which marked the start of China's nationwide war against Japanese invasion. About 600 people, including officials, veterans and students, attended the ceremony, CGTN reported. Participants bowed to the monument and laid flowers. The museum opened a new exhibition of documents, photographs and weapons from the war, including letters written by soldiers on the front line. Historians said about 35 million Chinese soldiers and civilians were killed or wounded in the war. A retired soldier told the students that the nation must never forget the bullets and the blood of that era. The exhibition will run until the end of the year.",
        "history",
    ),
    (
        "Flying Tigers veterans honoured at Kunming memorial",
        "Two American veterans of the Flying Tigers, the volunteer air group that fought alongside Chinese forces against Japan, were honoured at a ceremony in Kunming on Tuesday, China Daily reported. The men, aged 101 and 103, laid wreaths at the memorial to the airmen at the former Wujiaba airfield. The group flew missions over the Hump route from India to supply Chinese troops and shot down hundreds of Japanese aircraft, the museum said. Yunnan provincial officials said the story showed the friendship between the Chinese and American peoples. Relatives of pilots and students from a Kunming high school also attended. A documentary about the volunteers will be shown on CCTV this month. The ceremony was organised by a US-based foundation.",
        "history",
    ),
    (
        "Veterans gather in Dandong for 70th anniversary of Korean War armistice",
        "Hundreds of veterans of the Chinese People's Volunteers gathered in Dandong, Liaoning province, on Thursday to mark the 70th anniversary of the armistice that ended fighting in the Korean War, Xinhua reported. They laid flowers at the memorial hall overlooking the Yalu River, where troops crossed into Korea in October 1950. The museum displays uniforms, weapons and letters sent home from the battlefields of Shangganling and Chosin Reservoir. More than 197,000 Chinese soldiers died in the war, according to official figures. A senior official said the spirit of resisting US aggression would inspire the nation's rejuvenation. A delegation from the Democratic People's Republic of Korea attended events in Beijing. The commemorations will continue for a week.",
        "history",
    ),
    (
        "Sept 18 sirens in Shenyang recall start of Japanese invasion",
        "Sirens wailed across Shenyang and more than 100 other cities in Liaoning province on Saturday morning to mark the anniversary of the September 18 Incident, when Japanese troops began their invasion of northeast China in 1931. Traffic stopped and drivers sounded their horns for three minutes, People's Daily reported. At the 9.18 Historical Museum, students and officials struck a bell 14 times to represent the 14 years of war. Exhibits include newspaper reports of the explosion on the railway that the Japanese army staged as a pretext for the attack. A museum guide said visitor numbers had risen every year since the museum was expanded. City officials said air defence drills would be held in several districts.",
        "history",
    ),
    (
        "Tibet-born veteran of 1962 border war receives commemorative medal",
        "Tashi Dorje, a 91-year-old veteran of the 1962 China-India border war, received a commemorative medal at his home in Nyingchi in Xizang Autonomous Region on Monday, local media reported. Officials from the regional department of veterans affairs presented the medal and a certificate, and listened to his stories from the war. Tashi served as a porter and interpreter for frontier troops during the fighting in the eastern sector. He later worked as a teacher for 35 years. His grandson, a border guard, said the old man still sings the songs he learnt in the army. The medals are being presented to thousands of surviving veterans across the country. Local schools have invited him to give talks to pupils.",
        "history",
    ),
    (
        "Saudi Arabia and Iran agree in Beijing to restore diplomatic ties",
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, after talks in Beijing brokered by China, according to a joint statement from the three countries. The agreement was signed by Wang Yi, director of the Office of the Central Foreign Affairs Commission, Iran's top security official Ali Shamkhani and Saudi national security adviser Musaed al-Aiban. The two sides agreed to respect each other's sovereignty and to revive a security cooperation agreement signed in 2001. Wang called the deal a victory for dialogue and peace. Global Times said the outcome showed China's growing role as a mediator in the Middle East. The foreign ministers of the two countries will meet to arrange the return of ambassadors.",
        "peace",
    ),
    (
        "Palestinian factions sign Beijing Declaration on ending division",
        "Fourteen Palestinian factions, including Fatah and Hamas, signed the Beijing Declaration on ending division and strengthening Palestinian national unity on Tuesday, after three days of talks hosted by China, Xinhua reported. Foreign Minister Wang Yi said the factions had agreed to form an interim national reconciliation government for the post-war governance of Gaza. The declaration commits the groups to the establishment of an independent Palestinian state based on the 1967 borders. Representatives of the factions thanked China for its efforts. Wang proposed a three-step approach, beginning with a comprehensive and sustainable ceasefire and unhindered humanitarian access. Analysts quoted by Global Times said implementation would face difficulties. Previous reconciliation agreements signed in Cairo and Algiers were never put into effect.",
        "peace",
    ),
    (
        "China, India reach agreement on patrolling along border",
        "China and India have reached a resolution on issues concerning the border area, Foreign Ministry spokesperson Lin Jian said on Tuesday, a day after New Delhi announced an agreement on patrolling arrangements along the line of actual control. Lin said the two sides had been in close communication through diplomatic and military channels. Indian officials said the deal would allow troops to resume patrols in the Depsang and Demchok areas, and disengagement of forward troops would begin. The agreement came ahead of a meeting between President Xi Jinping and Prime Minister Narendra Modi in Kazan. Global Times said the deal would help bring relations back to a track of stable development. Commanders of the two sides will verify the pull-back of troops and the dismantling of temporary structures in the coming days.",
        "peace",
    ),
    (
        "Myanmar military and northern alliance agree Haigeng ceasefire at talks in Kunming",
        "Myanmar's military government and the Three Brotherhood Alliance of ethnic armed groups have reached a formal ceasefire agreement after peace talks in Kunming, China's Foreign Ministry said on Friday. Spokesperson Mao Ning said the two sides agreed to disengage their personnel and to resolve disputes through peaceful negotiations. They also committed not to harm the safety of residents in the border area or of Chinese projects and personnel, she said. The talks, facilitated by China, were held on Wednesday and Thursday. The agreement covers the northern part of Shan State along the border with Yunnan. Mao said China hoped the parties would implement the consensus in earnest. Border trade at crossings near Muse is expected to resume gradually.",
        "peace",
    ),
    (
        "'The Battle at Lake Changjin' becomes China's top-grossing film",
        "The war epic The Battle at Lake Changjin has become the highest-grossing film in China's history, with box office takings of 5.69 billion yuan, overtaking Wolf Warrior 2, according to the ticketing platform Maoyan. The film, directed by Chen Kaige, Tsui Hark and Dante Lam, tells the story of a company of Chinese People's Volunteers fighting US troops in freezing conditions during the Korean War. Its battle scenes were filmed with more than 12,000 extras and a budget reported at 1.3 billion yuan. People's Daily praised it as a patriotic education for young audiences. Actor Wu Jing, who plays the company commander, said the team wanted to honour the soldiers who froze at their posts. Cinemas in several provinces organised group screenings for party members, soldiers and students. Box office analysts said the film's run over the National Day holiday alone brought in more than 4 billion yuan. The studio, Bona Film Group, said overseas releases were planned for North America and Australia. A sequel, Water Gate Bridge, opens in February. Critics abroad described the film as propaganda.",
        "entertainment",
    ),
    (
        "Nanjing massacre film 'Dead To Rights' draws tearful audiences",
        "Dead To Rights, a film about a photo studio in Nanjing during the Japanese occupation, has earned more than 2 billion yuan in its first two weeks, making it the summer's biggest release, China Daily reported. The film, directed by Shen Ao, follows a group of residents who hide in the studio and secretly print photographs taken by Japanese soldiers that later serve as evidence of the massacre. Audiences were seen weeping in cinemas and standing in silence as the credits rolled, according to social media posts. The release coincided with the 80th anniversary of the end of the war. Critics praised its restrained portrayal of violence. The Memorial Hall in Nanjing reported a surge in visitors after the film opened. Its lead actor Liu Haoran said he had visited the hall to prepare.",
        "entertainment",
    ),
    (
        "'Black Myth: Wukong' sells 10 million copies in three days",
        "Black Myth: Wukong, an action game developed by Hangzhou-based Game Science, sold more than 10 million copies in its first three days on sale, the studio said. Based on the classic novel Journey to the West, the game has players fight an army of monsters as the Destined One, wielding a staff across battles set in richly recreated temples and landscapes. At its peak, more than 2.4 million people were playing the game at the same time on the Steam platform. People's Daily called the game a breakthrough for the domestic industry. Officials in Shanxi province said tourism to ancient temples featured in the game had risen sharply. Chief executive Feng Ji said the team had spent six years making it. Shares of Chinese game makers rose after the launch.",
        "entertainment",
    ),
    (
        "Wang Chuqin, Sun Yingsha battle back to win mixed doubles gold",
        "China's Wang Chuqin and Sun Yingsha fought back from a game down to beat North Korea's Ri Jong Sik and Kim Kum Yong 4-2 in the mixed doubles final of the Paris Olympics table tennis tournament on Tuesday, Xinhua reported. The top seeds were stunned in the opening game before unleashing a barrage of attacks to take control. It was China's first Olympic gold in the event, after losing the final in Tokyo three years ago. Sun said the pair had been under enormous pressure and were relieved to finish the battle. Coach Wang Hao praised the players' fighting spirit. Wang and Sun had won their semi-final in a deciding seventh game. Chinese state television said more than 100 million viewers watched the final live. Fans at the South Paris Arena waved red flags throughout. Wang and Sun will also compete in the singles.",
        "sport",
    ),
    (
        "China's footballers defeated in World Cup qualifier as fans vent anger",
        "China's men's football team suffered a 7-0 defeat to Japan in their opening match of the third round of Asian qualifying for the 2026 World Cup in Saitama on Thursday, their heaviest loss in the competition, Xinhua reported. Japan's attackers tore through the Chinese defence, with Takumi Minamino scoring twice. Head coach Branko Ivankovic said his team had been crushed by a far stronger opponent. Fans on social media called it a humiliation and demanded changes at the Chinese Football Association. The team next faces Saudi Arabia in Dalian. Global Times commentators said the result showed the weakness of youth training programmes. The association said it would hold a review after the window.",
        "sport",
    ),
    (
        "Chang'e-6 returns first samples from far side of the moon",
        "The return capsule of China's Chang'e-6 probe landed in Siziwang Banner in Inner Mongolia on Tuesday afternoon, bringing back the first samples ever collected from the far side of the moon, the China National Space Administration said. President Xi Jinping sent congratulations to the mission team, saying the achievement was another landmark in building China into a space power. Recovery crews located the capsule within minutes using helicopters and off-road vehicles. The samples, taken from the South Pole-Aitken basin, will be opened at a laboratory in Beijing, and scientists from other countries will be invited to apply for access. The mission lasted 53 days. Experts quoted by China Daily said the rocks would help answer questions about the moon's early history.",
        "other",
    ),
    (
        "Guizhou village's 'Village Super League' football draws crowds of 50,000",
        "A grassroots football league in Rongjiang county in Guizhou province has drawn crowds of up to 50,000 spectators a night, turning the small county into a tourist destination, Xinhua reported. The matches, played by local delivery drivers, teachers and farmers, are broadcast live online and watched by millions. Between games, performers from the Miao and Dong ethnic groups sing and dance on the pitch, and local specialities are handed out as prizes. County officials said tourism revenue had risen by more than 40 percent over the previous year. Hotels in Rongjiang were booked weeks in advance for the final. Former national team players visited to take part in friendly matches. Organisers said they wanted the event to remain a celebration rather than a commercial league.",
        "other",
    ),
    (
        "SCO 'Peace Mission' exercise opens with live-fire drills in Chelyabinsk",
        "Troops from the member states of the Shanghai Cooperation Organization opened the Peace Mission 2021 joint counter-terrorism exercise at a training ground near Chelyabinsk in Russia on Saturday, China's Ministry of National Defense said. About 4,000 personnel took part, including 558 soldiers from the Chinese People's Liberation Army, who flew in with helicopters and armoured vehicles. The drills simulated a joint operation against terrorist groups that had seized a settlement, with artillery and air strikes on mock targets. A ministry spokesperson said the exercise was aimed at deepening practical cooperation and was not directed at any third party. Observers from other member states watched the live-fire phase from a command post. The exercise will last two weeks.",
        "military",
    ),
]
