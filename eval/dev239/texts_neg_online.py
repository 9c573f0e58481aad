"""dev239 negatives, online: flame wars, console wars, platform wars, trolls, deepfakes."""

NEGATIVES = [
    (
        "Console war reignites as leaked benchmark videos flood X",
        "Videos purporting to show the same racing game running side by side on the two new "
        "consoles were viewed more than 30m times on X over the weekend, reigniting one of "
        "the internet's oldest feuds. Fans of both machines posted frame-by-frame "
        "comparisons, accused each other of doctoring the footage and bombarded developers "
        "with abuse. Digital Foundry, which tests hardware for a living, said the clips were "
        'captured from pre-release builds and were "essentially meaningless". Sony and '
        "Microsoft declined to comment. The console war has outlasted four hardware "
        "generations, said Keza MacDonald, video games editor at the Guardian, and has become"
        " as much about identity as about pixels. One studio said it had hidden replies on "
        "its account after staff received threats. Both consoles go on sale in November at "
        "$499.",
        "entertainment",
    ),
    (
        "K-pop fandoms' streaming war crashes music chart site",
        "Fans of two rival K-pop groups were blamed for crashing the servers of South Korea's"
        " biggest music chart on Wednesday, after a week-long streaming war over which "
        "comeback single would top the daily ranking. Videos posted to TikTok show fans "
        "running dozens of phones at once on rented shelving, each playing the same track on "
        'mute. The chart operator said it had detected "abnormal streaming patterns" and '
        'would remove 1.4m plays. Both agencies asked fans to stop what one called "attacks" '
        "on the other group's members in comment sections. The feud began when a fan account "
        "accused one group of copying the other's choreography. Neither single has been "
        "disqualified. The Korea Communications Standards Commission said it was reviewing "
        "harassment complaints.",
        "entertainment",
    ),
    (
        "Diss track war between two rappers tops YouTube trending in Nigeria",
        "The feud between two of Nigeria's biggest rappers escalated on Monday when the "
        "second diss track in four days went straight to the top of YouTube's trending list "
        "in Lagos. The song, released at midnight, has been viewed more than 4m times and "
        "attacks its target's record sales, his label and his hairline. Fans have been "
        "trading insults under the hashtag of each artist, and memes of the pair as boxers "
        "have been shared hundreds of thousands of times. Music executives said the war of "
        "words was good for business: streams of both artists' catalogues have risen by more "
        "than 60%. The rappers were once collaborators and toured together in 2019. Neither "
        "has said whether he plans a third response. A promoter has already offered to stage "
        "a joint concert.",
        "entertainment",
    ),
    (
        "Beauty influencers' feud costs one star 2m followers in a week",
        "A feud between two of the best-known beauty influencers in the Philippines has "
        "dominated Filipino social media for a week, after one accused the other of copying "
        'her make-up line and posted a 40-minute video titled "The Receipts". The video has '
        "been watched 9m times. Her rival lost about 2m followers across Instagram and "
        "TikTok, according to the analytics firm Social Blade, and two brands have paused "
        'partnerships with her. She said in a tearful livestream that she had been "attacked '
        'from all sides" and had received death threats. Fans of both have been '
        "mass-reporting each other's accounts. A lawyer for one of the pair said a cyber "
        "libel complaint was being prepared. Rappler counted more than 600 reaction videos "
        "about the feud on YouTube alone.",
        "entertainment",
    ),
    (
        "Trailer for war epic becomes meme after viewers spot a wristwatch",
        "The first trailer for a big-budget war film set in 1944 has been viewed 28m times in"
        " two days, though not for the reasons the studio hoped. Viewers on Reddit and TikTok"
        " spotted what appears to be a digital wristwatch on an extra storming a beach, and "
        "the frame has become the internet's meme of the week. The studio said the shot would"
        " be fixed before release. Clips edited to show the extra checking his watch during "
        "explosions and battle scenes have been shared hundreds of thousands of times. "
        "Historians also criticised the trailer's depiction of the landings. The film, which "
        "cost a reported $180m, opens in July. The director posted a photo of the watch with "
        'the caption "time flies". The studio\'s social media team later joined in with a '
        "countdown clock graphic.",
        "entertainment",
    ),
    (
        "Ministers trade insults in late-night flame war on X",
        "Two cabinet ministers traded insults on X late on Sunday in a public flame war that "
        "the opposition called an embarrassment for the government. The row began when the "
        "finance minister posted a chart attacking the health department's spending, and the "
        "health minister replied with a video clip of his colleague falling asleep in "
        "parliament. By the morning the exchange ran to 37 posts and had been viewed more "
        "than 5m times. The prime minister's office said both had been told to \"take it "
        'offline". Political scientists said the episode showed how platforms reward '
        "conflict. One of the ministers deleted her posts on Monday and apologised. The other"
        " said he stood by every word. A parliamentary committee will question both next week"
        " on the budget.",
        "politics",
    ),
    (
        "Deepfake audio of party leader spread two days before Slovak vote",
        "An audio recording that appeared to capture a Slovak party leader discussing how to "
        "rig the election with a journalist spread on Facebook and Telegram two days before "
        "Saturday's vote. Fact-checkers at AFP said the clip showed signs of being generated "
        "by artificial intelligence, including unnatural pauses and a flat intonation. Both "
        "people in the recording denied it was real. Because it appeared during the "
        "pre-election moratorium, when media and politicians must stay silent, it was hard to"
        " rebut. Meta said manipulated audio was not covered by its policy on deepfakes at "
        "the time. Researchers said the clip was shared thousands of times. Analysts are "
        "divided on whether it changed any votes. Regulators in Brussels said it showed the "
        "need for rules on synthetic media.",
        "politics",
    ),
    (
        "Troll farm attack on election monitor traced to marketing company",
        "A coordinated campaign of posts attacking an independent election monitor in Kenya "
        "has been traced to a Nairobi marketing company, researchers said on Thursday. The "
        "Mozilla Foundation said it identified more than 3,700 accounts that posted identical"
        " hashtags within minutes of each other, calling the monitor a foreign agent. "
        "Influencers with large followings were paid about $15 a day to post, three of them "
        "told researchers. X suspended about 400 accounts after being shown the findings. The"
        " marketing company denied involvement. The monitor's director said staff had been "
        "doxxed and had their phone numbers posted online. Kenya's data commissioner said she"
        " would investigate. The company's website lists political parties and two mobile "
        "operators among its clients.",
        "politics",
    ),
    (
        "Supreme Court allows TikTok ban law to stand",
        "The US Supreme Court on Friday upheld a law requiring TikTok's Chinese owner to sell"
        " the app or see it banned, a blow to the 170m Americans the company says use it. The"
        " justices ruled unanimously that national security concerns justified the law. "
        "TikTok's chief executive posted a video thanking users and the president-elect, who "
        "has said he wants to save the app. Creators posted tearful farewell videos and "
        "hundreds of thousands migrated to a Chinese app called RedNote. Lawmakers who "
        "championed the law said the company had had years to comply. The White House said "
        "enforcement would be left to the next administration. Analysts said a deal with a US"
        " buyer remained possible. The app went dark for about 14 hours on Sunday before "
        "service was restored.",
        "politics",
    ),
    (
        "Brazil's Supreme Court orders X blocked after Musk defies rulings",
        "A Brazilian Supreme Court justice ordered the suspension of X across the country on "
        "Friday, after the company failed to name a legal representative in Brazil by a "
        "deadline. Justice Alexandre de Moraes had ordered the platform to remove accounts "
        "accused of spreading disinformation about the 2022 election. Elon Musk called the "
        "justice a dictator and posted a stream of memes attacking him. Internet providers "
        "began blocking the service overnight, and users who access it through VPNs face "
        "fines of about $9,000 a day. Bluesky said it gained 1m Brazilian users in three "
        "days. The ruling was upheld by a panel of the court on Monday. X later complied and "
        "the block was lifted in October. Brazil is one of the platform's largest markets, "
        "with an estimated 22m users.",
        "politics",
    ),
    (
        "Brussels fines platform over failure to curb illegal content",
        "The European Commission fined a social media platform €120m on Tuesday for breaching"
        " the Digital Services Act, the first penalty under the law. Officials said the "
        "company had misled users with its paid verification checkmarks, failed to give "
        "researchers access to data and kept an incomplete advertising library. The company "
        "called the decision an attack on free speech and said it would appeal. Commission "
        'vice-president Henna Virkkunen said the rules were "not about censorship". The fine '
        "is far below the maximum of 6% of global turnover. Investigations into the "
        "platform's handling of illegal content and its recommender systems continue. US "
        "officials criticised the decision, and a trade row is expected.",
        "politics",
    ),
    (
        "Short-video war heats up as YouTube doubles Shorts payouts",
        "YouTube said on Wednesday it would double the share of advertising revenue it pays "
        "creators of Shorts for six months, the latest shot in the short-video war with "
        "TikTok and Instagram Reels. The company said Shorts now get 70bn daily views. "
        "Analysts at Bernstein said the move was aimed at poaching the biggest TikTok "
        "creators, who earn as little as $0.02 per 1,000 views on that app. TikTok said its "
        'creator fund remained "the most generous in the industry". Meta is expected to '
        "respond with new bonuses for Reels. Several top creators said they would start "
        "posting on all three platforms. Shares in Alphabet rose 2% in New York. The payouts "
        "will be reviewed in the summer, a YouTube spokesperson said, and may be extended if "
        "the numbers hold up.",
        "economy",
    ),
    (
        "Threads signs up 100m users in five days in battle with X",
        "Meta's Threads app passed 100m sign-ups in five days, the company said, the fastest "
        "launch of any consumer app and an opening salvo in a battle for the users of X. Mark"
        " Zuckerberg posted a meme of two men pointing at each other, widely read as a jab at"
        " Elon Musk. X's lawyers sent Meta a letter threatening legal action over trade "
        "secrets. Daily use of Threads fell sharply within weeks, according to the data firm "
        "Sensor Tower. Advertisers said they would wait before moving budgets. Musk "
        "challenged Zuckerberg to a cage fight, which never took place. Meta's shares rose 3%"
        " on the week. Instagram's chief executive said the app was built in about six months"
        " by a small team. He said Threads would not promote news or politics.",
        "economy",
    ),
    (
        "Creator economy price war: agencies slash fees as brands cut budgets",
        "Influencer marketing agencies in Indonesia are cutting their fees by up to 40% as "
        "brands trim budgets, in what industry executives describe as a price war. The number"
        " of agencies registered in Jakarta has tripled since 2021, according to the "
        "Indonesian Digital Association. Mid-sized creators with about 100,000 followers now "
        "earn around $150 a post, half what they were paid two years ago. Some agencies are "
        "offering brands free videos in exchange for longer contracts. Creators said they "
        "were being asked to do more for less. The market is still growing about 15% a year. "
        "Analysts expect several agencies to merge or close by the end of the year. One "
        "agency founder said she had lost three of her five biggest clients since January.",
        "economy",
    ),
    (
        "Musk completes hostile takeover of Twitter and fires top executives",
        "Elon Musk completed his $44bn takeover of Twitter on Thursday and immediately fired "
        "its chief executive, finance chief and head of legal policy, ending a months-long "
        "battle with the board. Musk, who had tried to pull out of the deal, walked into the "
        "company's headquarters earlier in the week carrying a sink and posted the video with"
        ' the caption "let that sink in". He said he wanted to make the platform a digital '
        "town square. Advertisers, worried about a rise in hate speech, began pausing "
        "campaigns. Employees braced for layoffs. The shares were delisted from the New York "
        "Stock Exchange on Friday. Within a week he had announced a monthly fee of $8 for "
        "blue verification ticks. About half the company's 7,500 staff were laid off the "
        "following week.",
        "economy",
    ),
    (
        "Streamer attacked by troll network files police complaint over threats",
        "A Brazilian gaming streamer with 3m followers has filed a police complaint after "
        "what she described as months of coordinated attacks by a network of anonymous "
        "accounts. The accounts posted her home address, sent rape and death threats and "
        "flooded her live chats with slurs, she said in a video that was viewed more than 6m "
        "times. Police in São Paulo said a cybercrime unit had identified two suspects, both "
        "men in their twenties, and searched their homes on Tuesday. Twitch said it had "
        "banned dozens of accounts. Women streamers said such campaigns were common and "
        "platforms slow to act. The streamer said she would take a break from broadcasting. "
        "The suspects could face charges of stalking and incitement.",
        "crime",
    ),
    (
        "Swatting of YouTuber during livestream leads to arrest of teenager",
        "A 17-year-old in Ohio was arrested on Wednesday over a hoax call that sent armed "
        "police to the home of a YouTuber in Washington state while he was livestreaming. "
        "Viewers watched officers enter the room with guns drawn and order the creator to the"
        " floor. No one was hurt. The caller had falsely told a dispatcher that a man had "
        "shot his family and was holding a hostage. Investigators traced the call through a "
        "Discord account. The teenager faces charges including making false reports and "
        "swatting, which Washington made a specific offence last year. The creator said he "
        "had been swatted twice before. Streaming platforms hide viewers' locations, but "
        "addresses are often found through old posts. The clip of the raid has since been "
        "watched more than 2m times.",
        "crime",
    ),
    (
        "Sextortion gang used deepfake nudes to blackmail hundreds of teenagers",
        "Police in Spain and Nigeria have arrested eight people accused of using AI-generated"
        " nude images to blackmail more than 300 teenagers across Europe, Europol said on "
        "Friday. The gang took photos from victims' public Instagram accounts, created fake "
        "explicit images and demanded payments in gift cards. At least two victims tried to "
        "harm themselves, investigators said. The suspects were detained in Madrid and Lagos "
        "after a joint investigation. Officers seized phones, laptops and about €50,000 in "
        "cryptocurrency. Europol said cases of sextortion using deepfakes had risen sharply. "
        "Charities urged parents to talk to children about what to do if they are targeted. "
        "The suspects will appear before judges in both countries next week.",
        "crime",
    ),
    (
        "Pistachio dessert tops TikTok trending for third week as shops run out",
        "A Dubai chocolate bar filled with pistachio cream and shredded pastry has topped "
        "TikTok's food trends for a third week, and shops from London to Seoul say they "
        "cannot keep it in stock. Videos of people breaking the bar in half to show the "
        "filling have been viewed more than 1bn times. The original maker, a small "
        "chocolatier in Dubai, says it sells out within minutes of opening its online orders "
        "each day. Supermarkets have launched copies. Pistachio prices have risen about 20% "
        "this year, which traders partly blame on the craze. Food writers predict the trend "
        "will fade by summer. A bakery in Berlin now sells a pistachio croissant version. A "
        "queue outside a London confectioner on Saturday stretched around the block.",
        "other",
    ),
    (
        "Influencers must label paid posts under new advertising code",
        "Influencers in the Netherlands who earn money from posts will have to register with "
        "the media regulator and clearly label advertising, under rules that took effect on "
        "Monday. The code applies to anyone with more than 500,000 followers who posts "
        "regularly and makes money from it. About 200 creators are expected to fall under it."
        " The regulator said it would start with warnings before handing out fines. Some "
        "creators said the rules were unclear about gifted products. Consumer groups welcomed"
        " the change. Similar rules already apply in France, where influencers are banned "
        "from promoting cosmetic surgery. The regulator will publish a list of registered "
        "influencers on its website from the spring, and a helpline has been set up for "
        "questions.",
        "other",
    ),
]
