"""dev239 negatives, viral: fights on video, stunts and challenges, sport, disasters, health."""

NEGATIVES = [
    (
        "Video of brawl in school corridor leads to three arrests",
        "A video showing a group of teenagers kicking and punching a 14-year-old boy in a "
        "school corridor in Birmingham has been viewed more than 3m times on TikTok and "
        "Snapchat, prompting three arrests. West Midlands Police said two boys aged 15 and a "
        "16-year-old were held on suspicion of assault and released on bail. The victim was "
        "treated in hospital for facial injuries and has since been discharged. The clip "
        "shows other pupils filming and laughing as the attack goes on for almost a minute "
        "before a teacher intervenes. The school said it had excluded the pupils involved and"
        " was working with police. The boy's mother said the video had been shared in a group"
        " chat before anyone told her what had happened. Police urged people to stop sharing "
        "it. The head teacher wrote to parents on Monday evening.",
        "crime",
    ),
    (
        "Passenger filmed punching flight attendant faces federal charges",
        "A passenger who was filmed punching a flight attendant on a flight from Sacramento "
        "to San Diego has been charged with assault and interfering with a flight crew, "
        "prosecutors said on Tuesday. Video recorded by another passenger, which went viral "
        "over the weekend, shows the woman striking the attendant in the face after being "
        "asked to fasten her seatbelt. The attendant lost two teeth. Other passengers "
        "restrained the woman until the plane landed, where police were waiting. The Federal "
        "Aviation Administration said it had received more than 3,000 reports of unruly "
        "passengers this year. The woman's lawyer said she was under stress and regretted her"
        " actions. If convicted, she faces up to 20 years in prison. The airline has banned "
        "her for life. Flight attendants' unions have called for a national no-fly list for "
        "violent passengers.",
        "crime",
    ),
    (
        "Food court fight between rival influencers ends in court",
        "Two Thai influencers who were filmed fighting in a Bangkok shopping mall food court "
        "have been fined by a court for causing a public disturbance, police said. The fight,"
        " which began as a livestreamed argument over a brand deal, was shared widely on "
        "Facebook and TikTok, where one clip has 11m views. The video shows the two women "
        "pulling each other's hair and throwing a bowl of noodles while their camera "
        "operators keep filming. Security guards separated them after about two minutes. Both"
        " were fined 2,000 baht. One of the women later posted an apology video, which her "
        'rival called "fake". Marketing experts said the incident had made both more famous. '
        "The mall said it would ban livestreaming in its food court. Police said both women "
        "had cooperated fully.",
        "crime",
    ),
    (
        "Road-rage attack filmed on dashcam goes viral; driver charged",
        "A driver who was filmed smashing another motorist's windscreen with a steering wheel"
        " lock on a motorway slip road in Melbourne has been charged with criminal damage and"
        " assault. Dashcam footage of the attack has been viewed more than 2m times on "
        "Facebook and Reddit. The video shows the man, 42, stopping his car in front of the "
        "victim's, getting out and attacking the car while the driver, a woman with a child "
        "in the back seat, sounds the horn. Victoria Police said they identified the man from"
        " his number plate within hours. The woman was not hurt. Police said they had seen a "
        "rise in road-rage incidents filmed and posted online. The man will appear in court "
        "next month. He has been released on bail on condition that he does not drive. The "
        "victim's car was written off by her insurer.",
        "crime",
    ),
    (
        "Teenager dies attempting viral 'blackout challenge'",
        "A 12-year-old girl in Palermo died in hospital on Friday after attempting a choking "
        "challenge that circulated on TikTok, prosecutors said. Her family found her "
        "unconscious in the bathroom with her phone, which was filming. Italy's data "
        "protection authority ordered TikTok to block users whose age it could not verify. "
        "TikTok said it had never found evidence of the challenge trending on its platform "
        "and that it removed such content when found. At least 15 children under 12 have died"
        " worldwide attempting similar challenges in the past year, according to a Bloomberg "
        "investigation. Child safety groups called for stronger age checks. Prosecutors have "
        "opened an investigation for incitement to suicide. The girl's organs were donated. "
        "Her school held a minute's silence on Monday.",
        "accident",
    ),
    (
        "Stuntman seriously hurt after rooftop stunt for video goes wrong",
        "A 24-year-old stunt creator with 5m followers was seriously injured on Sunday after "
        "falling from the roof of a building in Hong Kong while filming a video, police said."
        " He fell about eight metres on to a metal canopy during a jump between two rooftops "
        "in Mong Kok. Friends who were filming called an ambulance, and he was taken to "
        "hospital with spinal and head injuries. His condition was described as critical. "
        "Rooftopping videos have been banned from several platforms, but creators continue to"
        " post them under other names. Police said they were investigating whether the group "
        "had entered the building illegally. A similar fall killed a French climber in Hong "
        "Kong in 2023. Fans left messages under his last post. His manager asked people not "
        "to share the footage of the fall.",
        "accident",
    ),
    (
        "Prank gone wrong: YouTuber shot by friend in staged video",
        "A 22-year-old woman in Minnesota was sentenced to six months in jail for killing her"
        " boyfriend in a YouTube stunt in which she fired a handgun at a book he was holding "
        "to his chest. The couple had posted videos of pranks and stunts for months and hoped"
        " the clip would go viral. The bullet went through the book. Their three-year-old "
        "daughter and about 30 spectators were present. The woman, who pleaded guilty to "
        "second-degree manslaughter, said she had been persuaded the book would stop the "
        "bullet. The judge banned her from making money from the case. Prosecutors said the "
        'death was "a tragic case of chasing fame". Her lawyer said she would never forgive '
        'herself. Before the shooting, she had posted that it was "probably one of the most '
        'dangerous videos ever". The channel has since been taken down.',
        "accident",
    ),
    (
        "Livestreamer falls from cliff while filming sunset in Bali",
        "A Chinese livestreamer fell to her death from a cliff in Bali on Thursday while "
        "broadcasting a sunset to her followers, police said. The woman, 31, had climbed over"
        " a safety fence at Kelingking beach on Nusa Penida. Witnesses said she slipped on "
        "loose rocks. Search teams recovered her body from the shore on Friday morning. "
        "Viewers of the stream saw the camera tumble and go dark. Local officials said they "
        "would add more warning signs and guards at the viewpoint, which has become one of "
        "the island's most photographed spots. At least five tourists have died at Kelingking"
        " in the past two years. The woman's family is travelling to Indonesia. Her last "
        "stream had about 8,000 viewers. The platform removed the recording on Friday at the "
        "request of the police, but copies spread on Weibo.",
        "accident",
    ),
    (
        "Fireworks stunt for influencer's wedding video injures guests",
        "Seven guests were injured at a wedding in Jaipur when fireworks set up for an "
        "influencer's wedding video misfired and shot into the crowd, police said. Videos of "
        "the incident, showing guests diving to the ground as rockets fly sideways, were "
        "shared hundreds of thousands of times on Instagram. Two of the injured, including a "
        "child, were treated for burns at Sawai Man Singh hospital. The couple had hired a "
        "crew to film a slow-motion entrance for their reel. Police registered a case against"
        " the fireworks supplier for negligence. The groom apologised in a video on Monday. "
        "District officials said permits for display fireworks would now be checked more "
        "strictly. The reel was never posted, but guests' own clips were. The couple said "
        "they would pay the medical bills of everyone who was hurt.",
        "accident",
    ),
    (
        "Fans wage online war over referee after derby draw",
        "Supporters of two of Istanbul's biggest football clubs spent the weekend attacking "
        "the referee of Saturday's derby online, after a late penalty decision ended the game"
        " 1-1. Videos slowed down to show the contact were viewed millions of times on X and "
        "YouTube. The Turkish Football Federation said the referee and his family had "
        "received threats and that it had filed a criminal complaint. Club officials joined "
        'the war of words, with one president calling the decision "a robbery". Pundits on '
        "television argued over the replay for hours. Police stepped up security at the "
        "referee's home. The federation said it would release the VAR audio. The two clubs "
        "meet again in the cup in March. Both clubs have been warned that fines could follow.",
        "sport",
    ),
    (
        "Striker's bicycle-kick goal becomes most-watched clip of the season",
        "A bicycle kick by a teenage striker in Argentina's second division has become the "
        "most-watched football clip of the season on TikTok, with more than 90m views. The "
        "17-year-old scored in the 93rd minute against a promotion rival, sending his team "
        "into the play-offs. The goal came from a corner after a long spell of attacking "
        "pressure. European scouts were at the stadium for his next match, local media "
        "reported. His coach said the attention had come too early. The club's social media "
        "accounts gained 400,000 followers in two days. The striker said he had practised the"
        " move since he was eight. The clip was also shared by several Premier League "
        "players. His club has already turned down one offer from Spain, according to reports"
        " in the sports daily Olé. He has scored 11 goals in 19 appearances this season.",
        "sport",
    ),
    (
        "Esports final becomes most-streamed battle in tournament's history",
        "The final of the mobile battle royale tournament in Riyadh drew a peak of 5.2m "
        "concurrent viewers on YouTube and Twitch, the most in the event's history. The "
        "Indonesian team came back from two matches down to win on the last map, eliminating "
        "their Brazilian rivals with a grenade in the final circle. Clips of the winning play"
        " were the top trend on X in Indonesia for most of Sunday. The team will share prize "
        "money of $2m. Fans gathered to watch on big screens in Jakarta malls. The organisers"
        " said the event's total viewership exceeded 60m. Brazil's captain congratulated the "
        "winners and said his team would be back. Indonesia's sports minister posted a video "
        "congratulating the players. The team will be received at the presidential palace on "
        "Thursday, and its captain has been invited to speak at a university graduation.",
        "sport",
    ),
    (
        "Cricket fans' trolling war spills into players' accounts",
        "Fans of India and Pakistan traded abuse on Instagram and X for a second day after "
        "Sunday's Asia Cup match in Dubai, and both boards asked supporters to stop attacking"
        " players online. A bowler who dropped a catch in the final over had his comments "
        "flooded with thousands of abusive messages. The International Cricket Council said "
        "it was working with Meta to filter abuse on players' accounts during the tournament."
        " The match itself, won by India by five wickets, was watched by a record streaming "
        "audience. Former captains called for calm. Several fan pages were suspended for hate"
        " speech. The teams could meet again in the final next week. The bowler posted a "
        "short message thanking those who had supported him. His former coach called the "
        'abuse "a disgrace to the game".',
        "sport",
    ),
    (
        "Residents film flash floods sweeping cars through Valencia suburbs",
        "Videos filmed from balconies in the towns south of Valencia on Tuesday night show "
        "torrents of brown water carrying cars and rubbish bins through the streets, after "
        "more rain fell in eight hours than in a normal year. Spain's emergency services said"
        " at least 95 people were killed, most in the Horta Sud district. The army's "
        "emergency unit deployed more than 1,000 soldiers to help search for the missing. "
        "Clips of people clinging to lamp posts and standing on car roofs were shared "
        "millions of times. Regional authorities were criticised for sending a mobile alert "
        "only after the water had risen. Thousands of people spent the night in shelters and "
        "sports halls. Three days of mourning were declared. Forecasters warned of more rain "
        "at the weekend.",
        "disaster",
    ),
    (
        "Old earthquake footage shared as Myanmar quake, fact-checkers warn",
        "Fact-checkers have warned that several videos shared as footage of Friday's "
        "earthquake in Myanmar are from earlier disasters, including the 2023 quakes in "
        "Turkey and a 2015 landslide in China. The magnitude 7.7 earthquake struck near "
        "Mandalay, and the military government said more than 1,600 people were killed. "
        "Genuine footage verified by Reuters shows a high-rise under construction collapsing "
        "in Bangkok, more than 1,000km away, where dozens of workers are missing. Rescuers in"
        " Mandalay said they were digging with their hands. The World Health Organization "
        "declared its highest level of emergency. International teams from China, India and "
        "Russia began arriving on Saturday. Full Fact said one of the misattributed clips had"
        " been viewed 4m times. The Thai authorities said they would investigate the builder "
        "of the collapsed tower.",
        "disaster",
    ),
    (
        "Tornado chasers' livestreams draw millions as storms hit Oklahoma",
        "Storm chasers' livestreams of a tornado tearing through rural Oklahoma on Monday "
        "evening drew more than 3m viewers on YouTube, as the National Weather Service issued"
        " a rare tornado emergency. The twister, rated EF4, destroyed dozens of homes near "
        "the town of Marietta, and the state's emergency management agency said at least four"
        " people were killed. Viewers watched one chaser's car lifted off the ground before "
        "the stream cut out; he later posted that he was unhurt. Meteorologists said the "
        "streams had helped warn residents ahead of official alerts. Shelters opened in three"
        " counties. Power was cut to about 40,000 homes. The governor declared a state of "
        "emergency for 12 counties. Volunteers with chainsaws began clearing roads on Tuesday"
        " morning, and a church in Marietta opened its hall to families who had lost their "
        "homes.",
        "disaster",
    ),
    (
        "Doctor deepfakes selling fake diabetes cure removed from Facebook",
        "Meta removed dozens of videos in which deepfake versions of well-known doctors "
        "appeared to promote a fake diabetes cure, after a complaint by the British Medical "
        "Journal. The videos, which used AI to clone the faces and voices of TV doctors, "
        "directed viewers to a website selling capsules for £49 a bottle. One had been "
        "watched more than 1m times. The doctors said patients had contacted their surgeries "
        "asking whether they should stop taking insulin. The Medicines and Healthcare "
        "products Regulatory Agency said the capsules were not licensed. Researchers said "
        "such scams were growing faster than platforms could remove them. Meta said it was "
        "improving its detection tools. One of the doctors said he had reported the adverts "
        "more than a dozen times.",
        "health",
    ),
    (
        "Vaccine misinformation clip linked to measles outbreak in Romania",
        "A video claiming the measles vaccine causes autism, viewed more than 2m times on "
        "TikTok and Facebook, has been linked by doctors to a drop in vaccination rates in "
        "parts of Romania, where a measles epidemic has killed more than 20 children. The "
        "health ministry said only 62% of children had received both doses of the MMR "
        "vaccine. TikTok removed the video after a complaint from the national public health "
        "institute, but copies continued to circulate. Doctors in Bucharest described "
        "children's wards filled with measles cases. The ministry launched its own TikTok "
        "campaign featuring paediatricians. A mobile vaccination team began visiting villages"
        " in the north-east. The man who made the video, a former nurse, has not responded to"
        " requests for comment. He has 300,000 followers.",
        "health",
    ),
    (
        "Creators down tools for a day in protest at platform's pay cut",
        "Thousands of creators in South Korea stopped posting for 24 hours on Wednesday in "
        "protest at a cut in the share of gift revenue a livestreaming platform pays them. "
        "Organisers said more than 8,000 streamers took part, and many changed their profile "
        "pictures to a black square. A few dozen gathered quietly outside the company's "
        "headquarters in Seongnam with placards. The platform said the change was needed to "
        "cover rising server costs and that most creators would be unaffected. The Korea "
        "Creators Union said it would ask the Fair Trade Commission to look into the "
        "contracts. Viewing figures on the platform fell by about 30% during the day, "
        "according to analytics firms. The company said talks with creators' representatives "
        "would begin next week.",
        "protest",
    ),
]
