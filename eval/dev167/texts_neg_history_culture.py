"""dev167 hard negatives: old war footage, past tolls and reenactments passed off as new
(hard_negative_history), and game clips, films, TV dramas and film sets passed off as combat
(hard_negative_entertainment); no current violence is reported."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Video of night-time artillery barrage is from the 2020 Karabakh war, not new "
        "clashes on Armenia's border",
        "A video showing rockets streaking across a night sky and explosions on a "
        "hillside has been shared thousands of times on Facebook and Telegram with "
        "captions claiming that Azerbaijan attacked Armenian positions near Jermuk "
        "this week. The claim is false. The footage was first posted on YouTube in "
        "October 2020, during the six-week war between Armenia and Azerbaijan over "
        "Nagorno-Karabakh, and was broadcast at the time by an Azerbaijani news "
        "channel. A reverse image search of keyframes led us to the original upload, "
        "which has the same audio and the same watermark in the corner. Armenia's "
        "defence ministry said on Tuesday that the situation on the border was stable "
        "and that no shooting had been recorded in the Jermuk direction. Azerbaijan's "
        "defence ministry also denied any exchange of fire. The two countries "
        "initialled a peace agreement in Washington in August, and several of the "
        "accounts that shared the video have previously spread false claims about the "
        "talks. Verdict: False. The video is almost five years old and does not show a "
        "new attack.",
        "history",
    ),
    (
        "No, this video does not show post-election violence in Kisumu – it dates from 2008",
        "As Kenyans waited for the results of the 9 August presidential election, a "
        "video of a burning street, crowds running and police firing tear gas was "
        "shared on WhatsApp and Facebook with the caption 'Kisumu on fire right now'. "
        "Africa Check traced the footage to a news report broadcast in January 2008, "
        "during the violence that followed the disputed 2007 election, in which more "
        "than 1,100 people were killed and hundreds of thousands were forced from "
        "their homes. The original report, still available on a broadcaster's YouTube "
        "channel, shows the same burning kiosk and the same petrol station sign. "
        "Police in Kisumu told us the town was calm on the day the video was posted, "
        "and our correspondent there saw shops open and traffic moving normally. The "
        "electoral commission has asked the public to rely on official channels for "
        "results. Recycled footage of past violence is a common feature of election "
        "misinformation in the region, fact-checkers say, because it spreads fear "
        "quickly and is hard to disprove on a small phone screen. This claim is "
        "incorrect.",
        "history",
    ),
    (
        "Tanks on the Bosphorus Bridge: the footage is from the 2016 coup attempt, not "
        "a new uprising",
        "Posts on X and TikTok claiming that a military coup is under way in Turkey "
        "have been viewed millions of times since Tuesday evening. They are "
        "accompanied by footage of tanks on a bridge in Istanbul, soldiers blocking "
        "traffic and crowds climbing onto armoured vehicles. All of it is from the "
        "night of 15 July 2016, when a faction of the army tried to overthrow "
        "President Recep Tayyip Erdoğan; more than 250 people were killed before the "
        "attempt was put down. Several of the clips still carry the logos of Turkish "
        "channels that broadcast them live that night. There is no sign of any "
        "military movement in Istanbul or Ankara this week: traffic cameras on the "
        "bridge, since renamed the 15 July Martyrs Bridge, show normal traffic, and "
        "the government's Centre for Combating Disinformation has called the claims "
        "baseless. The posts began circulating as the opposition held rallies over the "
        "arrest of Istanbul's mayor, Ekrem İmamoğlu. Some of the accounts that shared "
        "them were created in the past month. The fact-checking platform Teyit rated "
        "the claim false.",
        "history",
    ),
    (
        "'Russian missile' found in a Polish field is a German aircraft bomb from the "
        "Second World War",
        "Photos of a rusted cylindrical object lying in a ploughed field near Zamość "
        "have been shared on Facebook and Telegram since Sunday with claims that a "
        "Russian missile fell in eastern Poland overnight. The object is an unexploded "
        "German aerial bomb dropped during the Second World War, according to police "
        "in the Lublin region. A farmer found it while ploughing, and about 300 "
        "residents of two nearby villages were evacuated for several hours on Monday "
        "while army sappers took it to a military range, where it was destroyed in a "
        "controlled detonation. Polish sappers remove thousands of wartime explosives "
        "every year. The armed forces' operational command said no violation of Polish "
        "airspace had been recorded in the region that night. The false posts appeared "
        "after a week in which Polish jets were scrambled several times, which has "
        "left people in the eastern border regions anxious about stray missiles and "
        "drones. Demagog, a Polish fact-checking organisation, said several of the "
        "accounts that shared the claim had also spread false stories about Ukrainian "
        "refugees.",
        "history",
    ),
    (
        "Video of 'missiles hitting Taipei' shows the NATO bombing of Belgrade in 1999",
        "A night-time video of anti-aircraft tracer fire and explosions lighting up a "
        "city skyline has been shared on Weibo, Douyin and X with claims that it shows "
        "People's Liberation Army missiles striking Taipei. The footage was filmed in "
        "Belgrade in 1999, during NATO's 78-day air campaign against what was then "
        "Yugoslavia, and it appears in several documentaries about the war. We found "
        "an earlier copy uploaded to YouTube in 2009 with a Serbian title, and the "
        "outline of the Avala tower can be seen on the horizon in both versions. No "
        "attack on Taiwan has taken place. The posts spread on the second day of "
        "Chinese military exercises around the island, in which warships and aircraft "
        "practised blockading its ports. Taiwan's defence ministry said it was "
        "monitoring the drills and warned the public about what it called cognitive "
        "warfare. Taiwan FactCheck Center rated the claim false.",
        "history",
    ),
    (
        "Benue 'church attack' photos were taken after the 2018 Mbalom killings; "
        "police report no new incident",
        "A Facebook post claiming that gunmen attacked a Catholic church in Benue "
        "state during Sunday mass this week and killed more than 40 worshippers has "
        "been shared more than 9,000 times. The post is illustrated with four "
        "photographs of coffins and mourners. A reverse image search shows the "
        "pictures were published in May 2018 by Nigerian newspapers reporting on the "
        "funeral of two priests and 17 parishioners killed at St Ignatius church in "
        "Mbalom. The diocese's communications office told us there had been no attack "
        "on any of its parishes this month, and Benue state police said no such "
        "incident had been reported. The name of the church in the post does not match "
        "any parish in the local government area it mentions. Posts of this kind often "
        "resurface at times of tension over grazing routes in the Middle Belt, and the "
        "account that first shared this one has posted similar claims before. Our "
        "verdict: false. The images are seven years old, and no attack took place.",
        "history",
    ),
    (
        "Claim that the Iraq war killed 'over a million civilians' goes further than "
        "the studies behind it",
        "During a televised debate on Sunday, a congressional candidate said that the "
        "2003 invasion of Iraq and the war that followed killed over a million "
        "civilians. Estimates of the Iraq war's death toll vary widely, and none of "
        "the most cited studies supports that figure for civilians. The Iraq Body "
        "Count project, which records deaths reported in the media and by official "
        "sources, counts between about 186,000 and 210,000 civilian deaths from "
        "violence between 2003 and 2023. A 2006 survey published in The Lancet "
        "estimated around 655,000 excess deaths by mid-2006, but that figure includes "
        "combatants and deaths from indirect causes, and its methods were criticised. "
        "A 2007 poll by a British firm, Opinion Research Business, put the figure at "
        "more than a million deaths, a number several statisticians have called "
        "implausible. A later academic survey estimated about 405,000 excess deaths "
        "from 2003 to 2011. When we asked for a source, the candidate's campaign "
        "pointed us to the polling firm's estimate. Researchers we spoke to said it "
        "was fair to say hundreds of thousands of Iraqis died as a result of the war, "
        "but not that a million of them were civilians killed by violence. We rate "
        "this claim Mostly False. The authors of the Lancet study have defended their "
        "methods, which relied on household interviews in randomly selected clusters. "
        "Surveys of this kind can capture deaths that are never reported to hospitals "
        "or the media, but their results depend heavily on how representative the "
        "sampled households are. The Iraqi government has never published a "
        "comprehensive count. Researchers also noted that the number of Iraqis who "
        "died from indirect causes, such as the collapse of health services, is even "
        "harder to estimate than deaths from violence.",
        "history",
    ),
    (
        "Photo shared as migrants 'invading' Europe shows Kosovo refugees at a border "
        "crossing in 1999",
        "A black-and-white photograph of hundreds of people crowding against a fence, "
        "some carrying children and bundles, was posted by a far-right politician in "
        "Italy on Thursday with the caption 'The invasion is already here'. The photo "
        "was taken in April 1999 at the Blace crossing between Kosovo and what is now "
        "North Macedonia, where tens of thousands of ethnic Albanians fleeing Serbian "
        "forces were stranded during the Kosovo war. It is held in the archive of a "
        "major photo agency, whose caption gives the photographer's name, the place "
        "and the date. The politician's post has been shared more than 20,000 times "
        "and has since been labelled by X's Community Notes. Italy's interior ministry "
        "data show that irregular arrivals by sea were lower in the first half of this "
        "year than in the same period last year. The politician did not respond to our "
        "request for comment, and the post was still online on Friday. Facta, an "
        "Italian fact-checking site, rated it misleading.",
        "history",
    ),
    (
        "No terror attack in Hammamet: video of tourists fleeing a beach dates from "
        "the 2015 Sousse attack",
        "A video showing tourists running along a beach and ducking behind sun "
        "loungers as shots ring out has been shared on TikTok and Facebook with the "
        "claim that a gunman opened fire on holidaymakers in Hammamet on Saturday. The "
        "claim is false. The clip was filmed in June 2015 at Port El Kantaoui near "
        "Sousse, where a gunman killed 38 people, most of them British tourists, in an "
        "attack claimed by the Islamic State group. We found the same footage in news "
        "reports published the day after that attack. Tunisia's interior ministry said "
        "on Sunday that no security incident had been recorded in Hammamet or anywhere "
        "else on the coast, and called the posts an attempt to damage the tourist "
        "season. Hotel staff we reached by phone said the weekend had been quiet. "
        "Several of the accounts that shared the clip have also promoted cheap holiday "
        "packages to competing destinations. Misbar has classified the video as "
        "misleading.",
        "history",
    ),
    (
        "Soldiers in Wehrmacht uniforms were photographed at a Czech reenactment, not "
        "marching in Lviv",
        "Pro-Kremlin Telegram channels have shared photographs of men in Second World "
        "War German uniforms marching past a church, claiming they show a neo-Nazi "
        "parade in Lviv on Saturday. The images were taken at a historical reenactment "
        "in the Czech town of Slavkov in 2019, where clubs restage battles from the "
        "Napoleonic and world wars every year. We found the original photos in an "
        "album posted by one of the participating clubs, and the church in the "
        "background matches the Church of the Resurrection in Slavkov, not any "
        "building in Lviv. Lviv city council said no march had taken place and "
        "described the claim as Russian propaganda. The narrative that Ukraine is run "
        "by Nazis has been a staple of Russian state media since 2014 and was one of "
        "the justifications given for the 2022 invasion. StopFake, which first flagged "
        "the posts, said the same photographs had been used in 2021 with a caption "
        "about Latvia. The channels that shared them have a combined audience of more "
        "than two million subscribers.",
        "history",
    ),
    (
        "Video of 'Moroccan jets downed over the border' comes from the video game Arma 3",
        "A video showing anti-aircraft guns firing tracer rounds at low-flying jets, "
        "one of which bursts into flames, has been shared widely on Facebook and X "
        "with claims that Algerian air defences shot down two Moroccan fighter jets "
        "near the border this week. The footage comes from Arma 3, a military "
        "simulation game released in 2013 whose realistic graphics have made it a "
        "favourite source of fake combat videos. We found the same clip on a YouTube "
        "channel that posts Arma 3 gameplay, where it was uploaded in 2021 with a "
        "title describing it as a simulation of an air defence system. Neither "
        "country's armed forces has reported any incident, and there have been no "
        "reports from the border region of any aircraft being shot down. Bohemia "
        "Interactive, the Czech studio that makes the game, has previously asked "
        "players to report misleading videos to the platforms. Tensions between "
        "Algeria and Morocco have been high since the two countries cut diplomatic "
        "ties in 2021. Tell-tale signs of game footage include unnaturally smooth "
        "camera movement, identical explosions and a lack of ambient sound.",
        "entertainment",
    ),
    (
        "Clip of gunmen herding schoolgirls into the bush is from a Nollywood film, "
        "not a new abduction in Katsina",
        "A video showing armed men in camouflage forcing girls in school uniforms into "
        "a line and marching them into the bush has been shared on WhatsApp and "
        "Facebook with claims that bandits kidnapped dozens of pupils from a school in "
        "Katsina state on Monday. The clip is a scene from a Nollywood drama released "
        "on YouTube in 2022, which tells the story of a mass abduction and its "
        "aftermath. We matched the scene, including the actors, the costumes and the "
        "blue school building, to the film, which has more than a million views on its "
        "producer's channel. Katsina state police and the state education ministry "
        "both said no pupils had been abducted from any school in the state this week. "
        "Nigeria has seen several mass school kidnappings since 2014, which has made "
        "parents fearful and such videos easy to believe. The film's producer told us "
        "he was saddened that his work was being used to spread panic and that he had "
        "asked viewers to report the reposts. Dubawa rated the claim false.",
        "entertainment",
    ),
    (
        "Images of troops firing in Washington streets come from the film 'Civil War', "
        "not the capital this week",
        "Images of armoured vehicles in front of the Lincoln Memorial and soldiers "
        "firing from behind a barricade in a Washington street have been shared on "
        "Instagram and TikTok with captions such as 'This is happening in DC right "
        "now, the media won't show you'. They are stills and promotional images from "
        "'Civil War', the 2024 film by Alex Garland set in a near future in which "
        "secessionist forces fight their way to the capital. Several of the images "
        "carry the logo of the film's distributor, A24, cropped at the edge of the "
        "frame. Others appear to have been made with an AI image generator using the "
        "film's posters as a starting point; one shows a soldier with six fingers on "
        "one hand. The posts spread as National Guard troops were deployed to patrol "
        "the capital, a deployment that has so far involved no armed confrontation. "
        "The Metropolitan Police Department said there had been no unusual incidents "
        "in the city over the weekend. PolitiFact rated the claim Pants on Fire.",
        "entertainment",
    ),
    (
        "'Russian MiG shot down over Estonia': the video comes from the flight simulator DCS World",
        "Accounts on X and Telegram have shared a video they say shows a NATO fighter "
        "shooting down a Russian MiG-31 over the Gulf of Finland after it entered "
        "Estonian airspace. The video, which shows a missile fired from one jet "
        "hitting another, comes from DCS World, a combat flight simulator, and was "
        "posted on a gaming forum in 2023. We identified it through a watermark in the "
        "lower right corner of the original, which has been cropped from the reposts. "
        "Estonia's defence forces said three Russian jets had violated the country's "
        "airspace for about 12 minutes on Friday and had been escorted out by Italian "
        "F-35s flying NATO's Baltic air policing mission. No weapons were fired, the "
        "alliance said. Estonia has requested consultations with its allies under "
        "Article 4 of the NATO treaty. The clip has been viewed more than three "
        "million times, and some of the posts carrying it have been labelled by X's "
        "Community Notes.",
        "entertainment",
    ),
    (
        "Footage of North Korean soldiers storming a guard post is a scene from a "
        "South Korean TV drama",
        "A video showing soldiers in North Korean uniforms running across a snowy "
        "field, cutting through a fence and opening fire on a guard post has been "
        "shared on YouTube Shorts and Facebook with the claim that North Korea "
        "launched an attack across the demilitarised zone. The footage is from a South "
        "Korean military drama first broadcast by a cable channel in 2019, and the "
        "same scene appears in its official trailer. Some versions of the clip have "
        "been flipped horizontally and overlaid with a fake news ticker, apparently to "
        "make them harder to trace. South Korea's Joint Chiefs of Staff said there had "
        "been no unusual activity along the border, beyond North Korea's continuing "
        "work to build walls and lay mines on its own side. The reposted clips "
        "appeared after North Korea fired several short-range ballistic missiles into "
        "the sea off its east coast on Wednesday. The missiles flew about 350 "
        "kilometres before falling into the water, the Joint Chiefs said. The "
        "fact-checking team of the broadcaster YTN rated the claim false.",
        "entertainment",
    ),
    (
        "Burned-out trams and rubble in central Budapest are a film set, not the "
        "aftermath of an explosion",
        "Photos of overturned trams, rubble and blackened building fronts on a street "
        "in central Budapest spread on Facebook and TikTok over the weekend with "
        "claims that a bomb had exploded in the city. The scene is a film set. A "
        "production company shooting a Second World War drama about the siege of "
        "Budapest in 1944 and 1945 dressed two blocks of the Józsefváros district to "
        "look like the war-damaged city, and the district council had announced road "
        "closures for the shoot weeks in advance. Notices posted on the street, "
        "visible in one of the viral photographs, warn residents about special effects "
        "and simulated explosions. Budapest police said they had received dozens of "
        "calls from worried residents but that no incident had occurred. The Hungarian "
        "capital is a frequent location for international productions because of its "
        "tax incentives and its well-preserved pre-war architecture. Lakmusz, a "
        "Hungarian fact-checking site, said the posts had been shared more than 15,000 "
        "times. The district council said it had sent letters to every household in "
        "the affected streets and posted notices in several languages. A spokesperson "
        "for the production company said filming would continue until the end of the "
        "month and that scenes involving pyrotechnics would be announced in advance. "
        "Several of the posts added an invented claim that the blast had been caused "
        "by a Ukrainian drone.",
        "entertainment",
    ),
]
