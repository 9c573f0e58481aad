"""dev167 negatives: peaceful protests misrepresented (hard_negative_protest_peaceful), health
hoaxes (hard_negative_health), market-moving fakes (hard_negative_economy), and platform, election
and tech-desk items (negative_other)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "'No Kings' protests: viral videos of burning police cars are from 2020, not "
        "Saturday's marches",
        "Millions of people took part in No Kings demonstrations against President "
        "Donald Trump in cities and towns across the United States on Saturday, and "
        "organisers and local police reported that the marches were overwhelmingly "
        "peaceful. Videos shared on X and Facebook with captions such as 'This is what "
        "No Kings looks like' tell a different story, showing police cars burning and "
        "crowds smashing shop windows. The most widely shared of these clips was "
        "filmed in Minneapolis in May 2020, after the murder of George Floyd, and "
        "another shows a riot in Portland, Oregon, the same year. We traced both to "
        "news reports from 2020 using reverse image searches of keyframes. Police in "
        "New York, Chicago, Los Angeles and Philadelphia said they made no "
        "protest-related arrests, and there were no reports of significant property "
        "damage in any of the cities we checked. Some of the accounts sharing the old "
        "videos had also posted them in June, during an earlier round of protests. "
        "PolitiFact rated the claim False.",
        "protest",
    ),
    (
        "Aerial photos of Munich rally against the far right are not AI-generated, "
        "despite claims online",
        "Organisers say about 250,000 people joined a demonstration against right-wing "
        "extremism in Munich on Sunday, one of dozens of rallies held across Germany "
        "since reports that members of the Alternative for Germany attended a meeting "
        "where mass deportations were discussed. Police ended the rally early because "
        "the area around the Siegestor had become dangerously crowded, but reported no "
        "violence. Posts on X and Telegram claimed that aerial photographs of the "
        "crowd were generated with artificial intelligence or taken at a different "
        "event. We found no evidence for either claim. The photos were taken by a "
        "professional photographer from a crane and distributed by several news "
        "agencies, and the buildings and street layout match the Ludwigstraße. Other "
        "images from the same vantage point show the same banners and the same stage. "
        "Police put the attendance at about 100,000 at its peak, lower than the "
        "organisers' figure but still among the largest demonstrations in the city in "
        "decades. Correctiv, whose report on the Potsdam meeting set off the protests, "
        "said it had been the target of coordinated online attacks since its "
        "publication.",
        "protest",
    ),
    (
        "Edited video falsely shows climate protesters attacking a lorry driver on the M25",
        "A video shared on Facebook and X appears to show climate activists dragging a "
        "lorry driver from his cab on the M25 and punching him, with captions calling "
        "the protesters eco-terrorists. The clip has been edited. The full footage, "
        "posted by a driver who filmed the protest near junction 30 in Essex, shows a "
        "group of Just Stop Oil activists sitting in the road holding a banner while a "
        "lorry driver gets out and pulls one of them to the side of the carriageway. "
        "No protester can be seen hitting anyone. Essex Police said officers arrived "
        "within minutes and arrested nine people on suspicion of causing a public "
        "nuisance; no one was injured. The shorter clip reverses the order of two "
        "scenes and cuts out the moment the driver leaves his cab. Full Fact asked the "
        "account that first posted the edited version to correct it but has had no "
        "reply. The group has staged dozens of road-blocking protests over the past "
        "two years, and several of its members have been jailed for conspiring to "
        "cause a public nuisance.",
        "protest",
    ),
    (
        "Teachers' march in Bogotá was peaceful; clip of clashes at the Plaza de "
        "Bolívar is from the 2021 strike",
        "Tens of thousands of teachers marched through Bogotá on Wednesday against a "
        "reform of the education law, in a demonstration that the city government and "
        "police described as peaceful. A video of hooded youths throwing stones at "
        "riot police in front of the Capitol, shared on X and TikTok as footage of the "
        "teachers' march, was filmed on 28 April 2021, during the national strike "
        "against a tax reform. We found the same video in a news report from that day, "
        "and the weather in the clip, with wet streets under a grey sky, does not "
        "match Wednesday's sunny afternoon. The Fecode union said the march ended with "
        "speeches in the Plaza de Bolívar and that no one was arrested. The mayor's "
        "office said traffic was diverted from the Carrera Séptima for several hours "
        "but that there were no incidents. Colombiacheck rated the claim false. The "
        "union has called a further day of action for next week if the bill is not "
        "withdrawn.",
        "protest",
    ),
    (
        "Uganda Ebola outbreak: no, the vaccine trial is not infecting volunteers with the virus",
        "Since Uganda declared an outbreak of Sudan virus disease, a type of Ebola, in "
        "Kampala in late January, voice notes and posts on TikTok have claimed that "
        "the vaccine trial launched by the health ministry is deliberately infecting "
        "volunteers. The claim is false. The candidate vaccine being tested does not "
        "contain live Sudan virus; it uses a weakened animal virus engineered to carry "
        "a single protein of the Sudan virus, which cannot cause Ebola disease, the "
        "World Health Organization said. The trial is offered to contacts of confirmed "
        "cases under a ring vaccination design, and volunteers give their consent. "
        "Another widely shared post claims the outbreak was invented to secure donor "
        "funding, but laboratory testing has confirmed cases and the health ministry "
        "publishes regular situation reports. Health officials said the rumours had "
        "led some contacts to hide from tracing teams. PesaCheck rated the posts false "
        "and misleading.",
        "health",
    ),
    (
        "No, the Wolbachia mosquitoes released in Brazilian cities do not cause dengue "
        "or skin disease",
        "Posts on Instagram and WhatsApp claim that mosquitoes carrying the Wolbachia "
        "bacterium, released in several Brazilian cities as part of the fight against "
        "dengue, are genetically modified insects that spread a skin disease and a new "
        "strain of dengue. These claims are false. Wolbachia is a bacterium found "
        "naturally in about half of all insect species, and mosquitoes carrying it are "
        "not genetically modified, according to the World Mosquito Program and "
        "Fiocruz, the public health foundation that runs the project in Brazil. When "
        "Aedes aegypti mosquitoes carry Wolbachia, they are much less able to transmit "
        "the dengue, Zika and chikungunya viruses. Studies in Niterói and in "
        "Yogyakarta in Indonesia found large falls in dengue cases in areas where the "
        "mosquitoes were released. A photograph shared with the claim, showing a child "
        "with a severe rash, is of a case of hand, foot and mouth disease published in "
        "a medical journal in 2012. Brazil recorded more than 6.5 million probable "
        "dengue cases in 2024, a record. Lupa, the Brazilian fact-checking agency, "
        "rated the claims false.",
        "health",
    ),
    (
        "AI-generated image of an 'explosion near the Pentagon' briefly shakes US stocks",
        "An image that appeared to show a large plume of black smoke next to a "
        "building near the Pentagon spread on Twitter on Monday morning, shared by "
        "several accounts with blue verification ticks, including one posing as the "
        "Bloomberg news service. There was no explosion. The Arlington County Fire "
        "Department said there was no explosion or incident at or near the Pentagon "
        "reservation and no immediate danger to the public. Experts said the image "
        "bore the marks of an AI generator, including a fence that merges into the "
        "pavement and a building whose columns are of different widths. The S&P 500 "
        "dipped about 0.3% in the minutes after the image was shared by accounts "
        "including Russia's state-backed RT, before recovering once the fake was "
        "identified. Treasury yields and gold prices also moved briefly. The episode "
        "has renewed calls for rules on AI-generated content and for changes to "
        "Twitter's paid verification system.",
        "economy",
    ),
    (
        "Stocks swing on false report of a 90-day tariff pause as White House calls it 'fake news'",
        "US stocks swung wildly on Monday morning after a false report that President "
        "Donald Trump was considering a 90-day pause on tariffs for all countries "
        "except China spread on social media and was picked up by some news outlets. "
        "The claim appears to have started with a post on X by an account that misread "
        "remarks by the White House economic adviser Kevin Hassett in a television "
        "interview, in which he was asked about a pause and did not say one was under "
        "consideration. The S&P 500 briefly jumped more than 7% from its low, adding "
        "trillions of dollars in market value within minutes, before falling back when "
        "the White House described the report as fake news. The episode showed how "
        "jittery markets had become in the trade war set off by the administration's "
        "sweeping tariff announcement the previous week. Several outlets that reported "
        "the claim later issued corrections. Two days later, Trump did announce a "
        "90-day pause for most countries, while raising tariffs on Chinese goods.",
        "economy",
    ),
    (
        "Meta to end third-party fact-checking in the US and move to community notes",
        "Meta will stop working with independent fact-checking organisations in the "
        "United States and replace them with a system of user-written community notes "
        "similar to the one used by X, chief executive Mark Zuckerberg said on "
        "Tuesday. In a video posted on his platforms, Zuckerberg said the "
        "fact-checkers had been too politically biased and that the company's "
        "moderation systems had made too many mistakes. The programme, launched in "
        "2016 after criticism of the role of false news on Facebook during that year's "
        "US election, paid certified fact-checkers to review viral posts, which were "
        "then labelled and shown less often. Meta said the change would apply first in "
        "the United States and that it had no immediate plans to end the programme "
        "elsewhere, including in the European Union, where the Digital Services Act "
        "imposes obligations on large platforms. The International Fact-Checking "
        "Network called the decision a step backward and rejected the charge of bias. "
        "Several fact-checking outlets rely on Meta's payments for a large share of "
        "their budgets. The company also said it would move its trust and safety teams "
        "from California to Texas. The announcement came two weeks before the "
        "presidential inauguration, and Zuckerberg said the election had felt like a "
        "cultural tipping point towards prioritising speech. Research on X's community "
        "notes has found that the notes are usually accurate but that many false posts "
        "never receive one, or receive it only after they have been widely seen. Meta "
        "said it would phase in community notes over the coming months and that the "
        "company itself would not write them.",
        "other",
    ),
    (
        "Meta removes thousands of accounts in China-based 'Spamouflage' influence network",
        "Meta said on Tuesday it had removed about 7,700 Facebook accounts, 950 pages "
        "and 15 Instagram accounts linked to a China-based influence operation known "
        "as Spamouflage, which it described as the largest cross-platform covert "
        "influence operation it had ever disrupted. The network posted praise for "
        "China and its policies in Xinjiang and attacked critics of Beijing, including "
        "journalists and researchers, across more than 50 platforms and forums, "
        "according to the company's quarterly threat report. Meta said it had linked "
        "the operation to individuals associated with Chinese law enforcement. Despite "
        "its size, the network attracted little genuine engagement, and many of its "
        "posts were liked only by other fake accounts. Some of its accounts had moved "
        "to smaller platforms such as Medium, Reddit and Vimeo after earlier "
        "takedowns. China's foreign ministry has previously rejected accusations that "
        "it runs online influence campaigns. The report also detailed a Russian "
        "operation that imitated the websites of European newspapers.",
        "other",
    ),
    (
        "Robocall imitating Biden's voice urged New Hampshire Democrats not to vote in the primary",
        "New Hampshire's attorney general is investigating a robocall that used an "
        "apparently AI-generated imitation of President Joe Biden's voice to urge "
        "Democrats not to vote in Tuesday's primary. The message, which opened with "
        "one of Biden's favourite expressions, told voters that casting a ballot in "
        "the primary would only help Republicans and that they should save their vote "
        "for the November election. Voting in the primary does not stop anyone from "
        "voting in the general election. The calls appeared to come from the number of "
        "a former state Democratic Party chair who supports a write-in campaign for "
        "Biden. Audio experts said the voice had the characteristics of a synthetic "
        "clone, including a flat delivery and unnatural breathing. The Federal "
        "Communications Commission has since moved to ban unsolicited robocalls that "
        "use AI-generated voices. A political consultant later admitted commissioning "
        "the calls.",
        "other",
    ),
    (
        "Audio of Slovak party leader 'discussing vote rigging' is likely "
        "AI-generated, fact-checkers say",
        "Two days before Slovakia's parliamentary election, an audio recording in "
        "which Michal Šimečka, leader of the liberal Progressive Slovakia party, "
        "appears to discuss buying votes from the Roma minority with a journalist "
        "spread on Facebook, Telegram and TikTok. Both Šimečka and the journalist, "
        "Monika Tódová of the daily Denník N, said the recording was fake. AFP's "
        "fact-checking team consulted audio experts, who found signs of AI synthesis, "
        "including unnatural intonation and breaks in the background noise. The "
        "recording was released during the 48-hour moratorium before the vote, when "
        "the media and politicians are barred from commenting on the campaign, which "
        "made it harder to rebut. Another fake recording, in which Šimečka appears to "
        "announce plans to double the price of beer, circulated earlier in the week. "
        "Meta's policy on manipulated media covered only video at the time, not audio. "
        "Progressive Slovakia finished second behind Robert Fico's Smer. Fact-checkers "
        "said the election was one of the first in Europe in which AI-generated audio "
        "played a visible role. Police said they were examining the recordings, and "
        "the platforms removed some of the posts after the vote.",
        "other",
    ),
    (
        "Study: AI chatbots asked to verify viral images gave wrong answers in more "
        "than half of cases",
        "When researchers asked five popular AI chatbots to say where and when viral "
        "images had been taken, the tools gave incorrect or unsupported answers in "
        "more than half of the tests, according to a study published on Thursday by a "
        "journalism research centre. The researchers used 200 images that professional "
        "fact-checkers had already traced, including protest photographs, pictures of "
        "floods and screenshots from video games that had been passed off as real "
        "events. The chatbots frequently invented locations, dates and photographers, "
        "and several confidently described AI-generated images as authentic. In some "
        "cases they gave different answers to the same question when it was asked "
        "twice. The study found that the tools did better on widely reported images, "
        "suggesting that they draw on news coverage rather than analysing the pictures "
        "themselves. The companies behind the chatbots said their products warned "
        "users that answers might be inaccurate. Fact-checkers said they had seen a "
        "sharp rise in users on X and other platforms asking chatbots to verify posts, "
        "and then sharing the answers as proof. In one test, a chatbot identified a "
        "photograph of the 2023 floods in Libya as a picture of Gaza, and in another "
        "it described a screenshot from a flight simulator as genuine footage of an "
        "air battle. The researchers said the problem was most serious during breaking "
        "news, when the tools have the least reliable information to draw on. They "
        "recommended that platforms stop presenting chatbot answers as if they were "
        "fact-checks.",
        "other",
    ),
    (
        "From a refugee camp in Jordan to running one of Syria's first independent "
        "fact-checking newsrooms",
        "When Rania Haddad arrived at the Zaatari camp in northern Jordan in 2013, "
        "aged 17, she spent her evenings helping other refugees work out which of the "
        "rumours spreading on their phones were true. Twelve years later she runs a "
        "team of 14 fact-checkers from an office in Amman, and this month she opened a "
        "small bureau in Damascus. The newsroom, which began as a Facebook page, now "
        "publishes in Arabic and English and works with several international "
        "platforms. Haddad studied journalism at a university in Amman on a "
        "scholarship for refugees and trained with fact-checkers in Beirut and Tunis. "
        "Most of the claims her team now checks concern prices, electricity cuts, "
        "property documents and the paperwork for going home, rather than news from "
        "the front lines. She said the hardest part of the job was persuading her own "
        "relatives not to forward voice notes. The team is funded by grants from two "
        "European foundations and is seeking support from Syrian businesses.",
        "other",
    ),
]
