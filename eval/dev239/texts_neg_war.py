"""dev239 negatives, war words: old and fake war clips, platform rules, parades, peace, history."""

NEGATIVES = [
    (
        "Clip of 'British warship firing off Falklands' is from 1982, fact-checkers say",
        "A video shared hundreds of thousands of times this week as footage of a British "
        "warship firing on Argentine positions near the Falkland Islands was filmed during "
        "the 1982 war, fact-checkers at Chequeado said on Wednesday. The clip spread on X and"
        " TikTok after a diplomatic row over fishing licences in the South Atlantic, with "
        "captions claiming fighting had broken out again. Chequeado matched it to a BBC "
        "documentary broadcast in 2007, which used archive film of HMS Glamorgan. Britain's "
        "Ministry of Defence and Argentina's foreign ministry both said there had been no "
        "military incident. The accounts that first posted the video had previously shared "
        "conspiracy theories about the islands. Several posts were labelled with community "
        "notes. One of the most shared versions had added the sound of air raid sirens.",
        "history",
    ),
    (
        "'Belgrade bombing' video shared as new is 1999 NATO footage",
        "A video that circulated in Serbian Telegram channels on Monday, captioned as an "
        'attack on Belgrade "tonight", shows the 1999 NATO bombing of the city, fact-checkers'
        " at Raskrikavanje said. The footage, showing anti-aircraft tracer fire and a burning"
        " building, was first broadcast by Radio Television of Serbia during the 78-day "
        "campaign. It was reposted on the 26th anniversary of the start of the bombing, when "
        "many Serbian users share archive images in remembrance. Some reposts dropped the "
        "date and added alarming captions, and the clip reached more than 1m views. Belgrade "
        "police said they had received dozens of calls from worried residents. The channel "
        "that posted it first said it had been misunderstood. Raskrikavanje said it was the "
        "fourth year running that the clip had been misread.",
        "history",
    ),
    (
        "Footage of 'tanks entering Moldova' is from Crimea in 2014",
        "A video that claims to show Russian tanks rolling into Moldova's breakaway region of"
        " Transnistria was filmed in Crimea in March 2014, according to an analysis by the "
        "fact-checking site StopFals. The clip, which spread on TikTok and Facebook groups in"
        " Moldova on Sunday, shows a column of armoured vehicles on a coastal road with "
        "Cyrillic road signs. StopFals matched the road to a highway near Sevastopol and "
        "found the same video on YouTube dated 2014. Moldova's government said there was no "
        "movement of foreign troops and urged people not to panic. Officials described the "
        "posts as part of a disinformation campaign ahead of the presidential election. "
        "TikTok said it had removed the video from several accounts. Moldova's intelligence "
        "service said the accounts had been created in the past month.",
        "history",
    ),
    (
        "D-Day veterans' TikToks draw millions ahead of anniversary",
        "A 99-year-old British veteran who landed on Gold Beach in June 1944 has become one "
        "of TikTok's unlikeliest stars, with videos of him describing the landings watched "
        "more than 20m times. His great-granddaughter films him answering questions from "
        "viewers, such as what he ate on the landing craft and whether he was scared. Dozens "
        "of veterans are travelling to Normandy this week for the 80th anniversary "
        "commemorations, most of them over 98. Historians said the videos were reaching young"
        " people who would never open a history book. The Royal British Legion said it had "
        "received a surge of donations. He plans to lay a wreath at Bayeux on Thursday. His "
        "most popular video, in which he sings a wartime song he learned on the ship, has "
        "been turned into a remix. He says he does not understand the fuss but enjoys reading"
        " the comments.",
        "history",
    ),
    (
        "Livestream of WWII bomb disposal watched by 400,000 in Poland",
        "More than 400,000 people watched a livestream on Sunday as army sappers in Wroclaw "
        "defused a 500kg Second World War bomb found by builders at a housing site near the "
        "river Oder. About 11,000 residents were evacuated from their homes within a 1km "
        "radius while the operation took place. The city's press office streamed the work "
        "from a drone and answered questions from viewers in the chat. The bomb, dropped by "
        "Soviet aircraft during the siege of the city in 1945, was taken to a military range "
        "and destroyed. Residents were allowed back after about six hours. Unexploded "
        "ordnance is still found regularly in Polish cities. Last year sappers in the city "
        "dealt with more than 20 such finds. Some viewers asked whether the operators were "
        "paid extra for the live broadcast; the army said they were not.",
        "history",
    ),
    (
        "AI-colourised Holocaust videos removed after outcry",
        "TikTok and Instagram removed dozens of AI-generated videos that used colourised "
        "archive footage and synthetic voices to make Holocaust victims appear to tell their "
        "own stories, after complaints from memorial groups. The Auschwitz Memorial said the "
        "videos, some viewed millions of times, distorted history and put invented words in "
        "the mouths of real people. Their creators said they were trying to make the past "
        "accessible to young audiences. Historians said several videos mixed up dates and "
        "places. The memorial said it would publish guidance on the use of AI with archive "
        "material. Some accounts had been earning money from advertising on the videos. A "
        "German museum said it had seen school pupils quote the invented testimony in class. "
        "TikTok said the videos broke its rules on misleading synthetic media.",
        "history",
    ),
    (
        "Air battle 'over Caribbean' viral clip is from video game Arma 3",
        "A clip shared as footage of Venezuelan fighter jets shooting down an American drone "
        "over the Caribbean was taken from the military simulation game Arma 3, fact-checkers"
        " at AFP said on Tuesday. The video, which had more than 6m views on X and Facebook, "
        "shows tracer fire arcing across a night sky and an aircraft exploding. Its "
        "developer, Bohemia Interactive, said footage of the game was regularly passed off as"
        " real war and urged people to check the source. The Pentagon and Venezuela's defence"
        " ministry said no such incident had occurred. Arma 3 clips have been misrepresented "
        "as combat footage from more than a dozen countries, AFP said. Accounts sharing the "
        'clip had added flags and the word "breaking". X added a community note to the post '
        "after about 12 hours.",
        "entertainment",
    ),
    (
        "'Chinese jet downs Taiwanese fighter' video is War Thunder gameplay",
        "A video claiming to show a Chinese fighter shooting down a Taiwanese jet over the "
        "Taiwan Strait is gameplay from the online game War Thunder, Taiwan's FactCheck "
        "Center said. The clip, posted on Weibo and then reshared on Facebook and LINE, shows"
        " a cockpit view and a missile hitting an aircraft, with Mandarin commentary. "
        "Taiwan's defence ministry said there had been no such incident and that all its "
        "aircraft were accounted for. The FactCheck Center found the original on a gaming "
        "channel uploaded three years ago. The game's developer has asked players not to "
        "share footage without context. Taiwan has warned of rising disinformation from "
        "across the strait. The original uploader said he was surprised to see his clip "
        "described as news. By Monday the Weibo post had been deleted, but copies were still "
        "circulating on LINE groups.",
        "entertainment",
    ),
    (
        "Influencers invited to Army birthday parade in Washington",
        "Dozens of social media influencers were given front-row seats at the US Army's 250th"
        " birthday parade in Washington on Saturday, where 6,600 soldiers, 150 vehicles "
        "including Abrams tanks, and 50 aircraft passed along Constitution Avenue. The Army "
        "said the creators, who have a combined following of more than 40m, were invited to "
        '"tell the Army\'s story" to younger audiences. Videos of tanks rolling past the '
        "Lincoln Memorial trended on TikTok through the evening. Critics said the parade, "
        "estimated to cost up to $45m, was a waste of money. Some veterans' groups welcomed "
        "it. The day also marked the president's birthday, and protests were held in hundreds"
        " of cities. Several of the invited creators posted behind-the-scenes videos from the"
        " staging area on the National Mall.",
        "military",
    ),
    (
        "Foreign vloggers film Beijing parade from VIP stands",
        "Foreign vloggers with millions of followers filmed China's military parade in "
        "Beijing on Wednesday from seats in the VIP stands, in what analysts described as a "
        "new effort to reach audiences abroad. The parade, marking 80 years since the end of "
        "the Second World War, featured new intercontinental missiles, laser weapons and "
        "underwater drones. One British YouTuber's video of the flypast was viewed 3m times "
        "within hours. Chinese state media shared the creators' clips widely. Rights groups "
        "said some had been paid for their trips. The leaders of Russia and North Korea "
        "watched from the Tiananmen rostrum. Defence analysts pored over the footage to "
        "identify new systems. A Malaysian travel vlogger said she had not been paid and "
        "simply wanted to see the event. Her video of goose-stepping troops has 1.2m likes.",
        "military",
    ),
    (
        "Han Kuang drill videos of tanks in Taipei streets go viral",
        "Videos of tanks and armoured vehicles driving through the streets of Taipei during "
        "Taiwan's annual Han Kuang military exercises have been viewed millions of times, "
        "many by users in mainland China. The ten-day drills, the longest yet, involve some "
        "22,000 reservists and simulate an invasion, with live-fire exercises on beaches and "
        "air raid drills in cities. Residents filmed Himars rocket launchers parked beside "
        "convenience stores. Taiwan's defence ministry posted its own clips on Instagram. "
        "Chinese state media mocked the drills as a show. The exercises end on Friday. "
        "Officials said the aim was to make the public familiar with what to do in a crisis. "
        "A clip of a tank stopping at a red light was the most shared of all. One user in "
        'Shanghai called it "the politest tank in the world", and the comment was liked '
        "200,000 times.",
        "military",
    ),
    (
        "Army recruitment drive on TikTok hits targets for first time in years",
        "The British Army said on Friday it had met its annual recruitment target for the "
        "first time in a decade, crediting a campaign of short videos on TikTok and "
        "Instagram. The videos, featuring serving soldiers describing training, meals and "
        "pay, have been viewed more than 100m times. Applications rose by about 25% on the "
        "previous year. Critics said the campaign played down the realities of service and "
        "targeted teenagers. The Ministry of Defence said all applicants must be at least 16 "
        "and that parental consent is needed for under-18s. The Royal Navy and the RAF are "
        "planning similar campaigns. The campaign cost about £3m, according to figures "
        "released under freedom of information rules. Its most watched video, of a soldier "
        "cooking breakfast in a field, has been viewed 14m times. The Army plans to hire more"
        " serving soldiers as presenters next year.",
        "military",
    ),
    (
        "State media video shows missile launch into sea off Korean peninsula",
        "North Korea's state media released a video on Thursday showing the launch of a new "
        "solid-fuel ballistic missile, which South Korea's military said flew about 1,000km "
        "before landing in the sea east of the peninsula. The footage, in which leader Kim "
        "Jong Un watches with his daughter, was widely shared on social media in South Korea "
        "and Japan. Japan's coast guard said the missile fell outside its exclusive economic "
        "zone. The United States, South Korea and Japan condemned the test. Analysts said "
        "parts of the video appeared to have been edited. It was the third launch this year. "
        "Seoul's defence ministry said it had tracked the missile from launch. Ships and "
        "aircraft in the area were warned in advance by Japan. North Korea said the test was "
        "routine and posed no threat to neighbouring countries.",
        "military",
    ),
    (
        "YouTube's removal of graphic war videos erases evidence, archivists warn",
        "Human rights archivists have accused YouTube of deleting evidence of war crimes by "
        "automatically removing graphic footage from conflict zones. Mnemonic, a Berlin-based"
        " group, said that about a fifth of the 1.7m videos it had preserved from the Syrian "
        "civil war were no longer online. The company said its rules banned violent content "
        "posted to shock but allowed educational and documentary material. Machine-learning "
        "systems remove most such videos before anyone sees them. Investigators at the "
        "International Criminal Court have used online footage in several cases. The "
        'archivists want platforms to keep removed videos in an "evidence locker" that courts'
        " can access. YouTube said it had restored some channels after appeals.",
        "politics",
    ),
    (
        "Oversight Board tells Meta to use warning screens, not removals, for war footage",
        "Meta's Oversight Board said on Tuesday that the company should place warning screens"
        " on graphic footage from armed conflicts rather than remove it, in a ruling that "
        "could affect millions of posts. The board said removing such videos hurt the ability"
        " of the public and investigators to understand what happens in wars. It examined two"
        " cases in which users had posted footage with captions condemning the violence. Meta"
        " has 60 days to respond to the recommendations. Free speech groups welcomed the "
        "ruling. Child safety groups said graphic videos should be kept from young users. The"
        " board is funded by Meta but says it is independent. Its decisions on individual "
        "posts are binding, while its policy recommendations are not. Meta removed more than "
        "7m pieces of violent content in the last quarter, according to its own report.",
        "politics",
    ),
    (
        "Handshake video of Armenian and Azerbaijani leaders trends in both countries",
        "A video of the leaders of Armenia and Azerbaijan shaking hands at the White House "
        "after initialling a peace agreement trended in both countries on Saturday. The deal "
        "commits the two neighbours to recognising each other's borders and opening transport"
        " links. Armenian users shared the clip with a mix of hope and mistrust, while "
        "Azerbaijani accounts celebrated it as a victory. Analysts said the agreement still "
        "had to be signed and ratified. The US president, who hosted the ceremony, said the "
        "two countries had agreed to live in peace. Armenia must change its constitution "
        "before the treaty is signed, Baku says. A clip of the two leaders laughing together "
        "was the most viewed video on Azerbaijani Instagram that day. In Yerevan, small "
        "groups gathered outside the government building, some to welcome the deal and some "
        "to denounce it.",
        "peace",
    ),
    (
        "Reunion videos flood social media as Ethiopia-Eritrea border reopens",
        "Videos of families embracing at the Zalambessa crossing flooded Facebook and Twitter"
        " on Tuesday as the border between Ethiopia and Eritrea reopened for the first time "
        "in 20 years. Prime Minister Abiy Ahmed and President Isaias Afwerki walked across "
        "together to mark the Ethiopian new year. Some of those pictured had not seen "
        "relatives since the start of the 1998 war. Traders began crossing with goods within "
        "hours. The two leaders signed a peace declaration in July, ending a state of war "
        "that had lasted since 2000. Ethiopian Airlines flights to Asmara resumed in the "
        "summer. Residents said buses were already full for the coming week. Phone lines "
        "between the countries were restored in July, and the first calls were celebrated on "
        "radio.",
        "peace",
    ),
    (
        "Students' silent marches spread from TikTok to Serbian town squares",
        "Tens of thousands of people stood in silence for 15 minutes in towns across Serbia "
        "on Friday, in the latest of weekly vigils for the victims of a railway station "
        "canopy collapse in Novi Sad. The vigils began as a student campaign on TikTok and "
        "Instagram, and are organised almost entirely through social media. Traffic was "
        "brought to a halt in Belgrade, Nis and Kragujevac. Police reported no incidents. "
        "Students are demanding the publication of documents on the station's renovation. "
        "Farmers drove their tractors into Novi Sad in support. The government said it had "
        "already released the documents. Organisers said the vigils would go on every Friday "
        "until their demands are met. A student in Kragujevac said their TikTok account had "
        "gained 300,000 followers in a month. Teachers and lawyers joined the students in "
        "several towns.",
        "protest",
    ),
    (
        "Dashcam captures moment chemical plant blast shakes Jiangsu city",
        "Dashcam and security camera videos filmed in the eastern Chinese city of Yancheng on"
        " Thursday show a huge fireball rising from a chemical plant, shattering windows "
        "several kilometres away. State media said at least 47 people were killed and more "
        "than 600 injured in the explosion at the pesticide factory. Rescuers pulled workers "
        "from collapsed buildings into the night. The blast registered as a magnitude 2.2 "
        "tremor. Censors removed some of the more graphic clips from Weibo. Residents within "
        "3km were evacuated as a precaution against toxic fumes. The company had been fined "
        "for environmental violations before. Police detained several managers. Schools near "
        "the plant were closed for a week. The provincial government ordered safety checks at"
        " every chemical park in Jiangsu.",
        "accident",
    ),
]
