"""dev167 hard negatives: deepfakes, state propaganda and claims checked on the politics desk
(hard_negative_politics), exercises, parades, tests and defence budgets (hard_negative_military),
and fabricated truces, prisoner exchanges and talks (hard_negative_peace)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Deepfake of Zelensky telling Ukrainian troops to lay down their arms removed "
        "by Meta and YouTube",
        "A manipulated video in which Ukrainian President Volodymyr Zelensky appears "
        "to tell his soldiers to surrender to Russia was posted on a hacked Ukrainian "
        "news website on Wednesday and spread on social media. The video is a "
        "deepfake. Zelensky's head looks too large for his body, his voice is deeper "
        "than usual and his face barely moves as he speaks, and he quickly posted a "
        "video on Instagram saying he was not surrendering. Ukraine's Centre for "
        "Strategic Communications had warned two weeks earlier that Russia might use a "
        "deepfake of the president to persuade soldiers to give up. Meta's head of "
        "security policy said the company had identified and removed the video for "
        "breaking its rules on misleading manipulated media, and YouTube also took it "
        "down. A news ticker on the hacked Ukraine 24 television channel displayed the "
        "same false message before the station said it had been hacked. Researchers "
        "said the video was crude and unlikely to fool many Ukrainians, but warned "
        "that better fakes could follow. The fake appeared three weeks into Russia's "
        "full-scale invasion, as officials in Kyiv warned of a flood of hostile "
        "information operations. Experts in synthetic media noted that the lighting on "
        "the face did not match the rest of the frame and that the video had been "
        "heavily compressed, which can hide signs of manipulation. The channel's "
        "ticker was corrected within an hour.",
        "politics",
    ),
    (
        "Fact-check: Is the southern border under 'invasion'? What the numbers and the courts say",
        "In a speech on Tuesday, the governor repeated his claim that Texas is under "
        "invasion at the southern border and that the state has the constitutional "
        "right to defend itself as if at war. The Constitution allows states to engage "
        "in war without the consent of Congress if they are actually invaded. Legal "
        "scholars we contacted said that clause has historically been understood to "
        "refer to armed attacks by a foreign power or hostile force, not to migration. "
        "A federal judge ruled last year that the state's floating barrier in the Rio "
        "Grande could not be justified under the invasion clause, and the question is "
        "now before an appeals court. Border Patrol recorded about 2 million "
        "encounters with migrants at the southern border in fiscal year 2023, a "
        "record, but the number has fallen sharply since. Most of those encountered "
        "were families and single adults who turned themselves in to agents to seek "
        "asylum rather than trying to evade them. The governor's office pointed to "
        "fentanyl seizures and cartel activity as evidence of an attack on the state. "
        "We rate the claim that Texas is being invaded False. The state's border "
        "mission, launched in 2021, has sent thousands of National Guard troops and "
        "state police to the border at a cost of billions of dollars. Critics say it "
        "has had little effect on crossings, which depend largely on federal policy "
        "and conditions in migrants' home countries. Several other Republican "
        "governors have backed the governor's stance, while the White House has called "
        "it a political stunt.",
        "politics",
    ),
    (
        "Fabricated 'news report' about Ukrainian refugees vandalising a French church "
        "traced to Russian network",
        "A video made to look like a report by a French regional broadcaster, claiming "
        "that Ukrainian refugees vandalised a church in Normandy and covered it in "
        "pro-Ukrainian graffiti, has been viewed more than a million times on X and "
        "Telegram. The broadcaster said it had never produced the report, and the "
        "mayor of the town it names said no church had been damaged. Viginum, the "
        "French agency that tracks foreign digital interference, attributed the video "
        "to a Russian-linked operation known as Storm-1516, which has previously used "
        "fake news reports and paid actors to spread false stories about Ukraine and "
        "its allies. The narrator's voice appears to have been cloned with AI from "
        "that of a real journalist at the station. The video first appeared on an "
        "obscure website registered last month and was then pushed by a cluster of "
        "accounts that mainly post about cryptocurrency. France's foreign ministry "
        "denounced what it called a new Russian information manipulation campaign. "
        "Viginum says it has identified more than 70 such fabricated stories since "
        "2023.",
        "politics",
    ),
    (
        "Full Fact: minister's claim that the government is 'winning the battle' on "
        "waiting lists needs context",
        "Speaking on a Sunday morning programme, the health secretary said the "
        "government was winning the battle against NHS waiting lists, citing a fall of "
        "more than 200,000 since the summer. The figure is correct as far as it goes, "
        "but it leaves out important context. According to NHS England data, the "
        "waiting list for routine hospital treatment in England fell from 7.64 million "
        "cases in July to 7.42 million in December, a drop of about 220,000. The list "
        "has fallen in most months since the summer, but it remains far longer than "
        "before the pandemic, when it stood at about 4.6 million. Part of the fall "
        "reflects a validation exercise in which hospitals contacted patients to check "
        "whether they still needed treatment and removed those who did not. The "
        "government has promised that 92% of patients will wait no longer than 18 "
        "weeks by the end of this parliament; at present the figure is about 59%. The "
        "Department of Health did not respond to our request for a breakdown of how "
        "much of the fall came from validation.",
        "politics",
    ),
    (
        "Fabricated quote has Brazil's president declaring 'war on agribusiness'; no "
        "such speech exists",
        "A graphic bearing a photograph of President Luiz Inácio Lula da Silva and the "
        "quote 'We will declare war on agribusiness until the last landowner "
        "surrenders his land' has been shared tens of thousands of times on Facebook "
        "and WhatsApp in Brazil. There is no record of Lula saying this. We searched "
        "the transcripts of his speeches and interviews published by the presidential "
        "palace, as well as news coverage, and found no such statement or anything "
        "like it. The photograph was taken at a rally of the Landless Workers' "
        "Movement in 2017, during an earlier presidential campaign. The government's "
        "communications secretariat said the quote was fabricated, and Lula has often "
        "praised agribusiness exports in public. Similar graphics, with the quote "
        "attributed to other left-wing politicians, have circulated since at least "
        "2018, according to Aos Fatos, which has checked several versions. The version "
        "shared this week appeared as farm lobby groups and the government clashed in "
        "Congress over a bill on land titles.",
        "politics",
    ),
    (
        "No sign of a troop build-up: claims that Moldova is preparing to attack "
        "Transnistria are unfounded",
        "Russian state television and Telegram channels have claimed this week that "
        "Moldova, with help from Ukraine and NATO, is preparing to launch an attack on "
        "the breakaway region of Transnistria, and that Moldovan troops are massing "
        "along the Dniester. No evidence has been offered for the claim. Satellite "
        "images of the area around the main crossings, taken on Monday and Tuesday and "
        "reviewed by our team, show no unusual concentration of vehicles or equipment. "
        "Moldova's government called the reports a classic disinformation operation "
        "designed to sow panic before the elections, and the OSCE mission in the "
        "country said it had observed no military movements. Moldova's armed forces "
        "number around 6,000 soldiers and have no heavy armour or combat aircraft. "
        "Similar claims of an imminent provocation were made in February 2023, when "
        "Moscow also accused Kyiv of planning an invasion of the region; nothing "
        "happened. StopFake and the Moldovan platform Stop Fals have documented dozens "
        "of variants of the story since then. Russia keeps around 1,500 troops in "
        "Transnistria, some of them guarding a huge Soviet-era ammunition depot at "
        "Cobasna. Moldova's intelligence service said the story was part of a wider "
        "campaign that also involved payments to voters.",
        "politics",
    ),
    (
        "Video of NATO tanks on a train is from an exercise in Romania, not a "
        "deployment to Ukraine",
        "A video of a freight train carrying dozens of tanks and armoured vehicles "
        "painted in desert colours has been shared on TikTok and Telegram with claims "
        "that NATO has begun sending troops into Ukraine through Romania. The footage "
        "shows US Army Abrams tanks and Bradley fighting vehicles being moved to the "
        "Cincu training area in central Romania for a multinational exercise, "
        "according to the US Army's command in Europe, which published photos of the "
        "same train. We matched the station buildings and signs in the video to the "
        "railway station at Făgăraș, about 30 kilometres from Cincu. NATO's "
        "spokesperson said the alliance had no plans to deploy troops to Ukraine, and "
        "Romania's defence ministry said the equipment was taking part in an annual "
        "exercise and would return to its bases afterwards. Posts with the video have "
        "been viewed more than five million times, and some of the most widely shared "
        "came from accounts that regularly relay Russian state media. Exercises of "
        "this kind have grown in size since 2022.",
        "military",
    ),
    (
        "Armoured vehicles in Abidjan were rehearsing for the independence parade, not "
        "staging a coup",
        "Videos of armoured vehicles and soldiers moving through the Plateau business "
        "district of Abidjan at night spread rapidly on Facebook and WhatsApp on "
        "Sunday, with captions claiming that a coup was under way in Côte d'Ivoire. "
        "The footage shows rehearsals for the 7 August independence day parade, the "
        "army's general staff said in a statement, adding that residents had been told "
        "of the road closures in advance. We matched the vehicles' route to the "
        "boulevard where the parade is held and found a notice about the rehearsals, "
        "dated the previous week, on the website of the district authority. "
        "Journalists in Abidjan reported that the city was calm on Monday, and the "
        "president appeared in public at a ceremony the same morning. Coup rumours "
        "spread quickly in West Africa, where soldiers have seized power in Mali, "
        "Burkina Faso, Niger and Guinea since 2020. The government has warned that it "
        "will prosecute people who spread false information about the security forces. "
        "Africa Check said several accounts that shared the video had also posted "
        "claims that the president had fled the country.",
        "military",
    ),
    (
        "North Korean launch video recycled as a 'missile strike on Japan'; the "
        "missile landed in the sea",
        "A video of a ballistic missile lifting off in a column of fire has been "
        "shared on X and Facebook with the claim that North Korea fired a missile that "
        "hit Japan on Thursday. The missile did not hit Japan. Japan's defence "
        "ministry said it fell into the sea inside Japan's exclusive economic zone, "
        "about 200 kilometres west of Okushiri island, and that there were no reports "
        "of damage to ships or aircraft. The video itself is from a North Korean state "
        "television broadcast of a Hwasong-17 launch in November 2022, not from this "
        "week's test. South Korea's Joint Chiefs of Staff said the missile flew about "
        "1,000 kilometres on a lofted trajectory. North Korea's state news agency said "
        "the launch tested a new solid-fuel engine and posed no threat to neighbouring "
        "countries. Japanese authorities briefly issued an alert to residents of "
        "Hokkaido, which was lifted after the missile came down. The United States, "
        "Japan and South Korea condemned the test as a violation of UN Security "
        "Council resolutions.",
        "military",
    ),
    (
        "Full Fact: is the UK really spending 2.5% of GDP on defence? It depends what you count",
        "The prime minister told MPs on Wednesday that the UK would spend 2.5% of GDP "
        "on defence from April 2027, and a minister later described this as the "
        "biggest sustained increase in defence spending since the end of the Cold War. "
        "The first claim is a commitment, not something that has already happened. "
        "According to NATO figures, the UK spent about 2.3% of GDP on defence in 2024. "
        "Part of the increase to 2.5% will be funded by cutting the aid budget from "
        "0.5% to 0.3% of national income. The government has also said it wants to "
        "count spending on the intelligence agencies towards the total from 2027, "
        "which would add about 0.1 percentage points without any extra money going to "
        "the armed forces. Whether the increase is the biggest since the Cold War "
        "depends on the baseline: in cash terms it is large, but as a share of GDP the "
        "UK spent more on defence in the early 1990s. The Ministry of Defence said the "
        "figures would be set out in the spending review.",
        "military",
    ),
    (
        "Document claiming Sudan's warring parties signed a ceasefire in Jeddah is fabricated",
        "A document bearing the logos of Saudi Arabia and the United States, presented "
        "as a ceasefire agreement signed in Jeddah by Sudan's army and the Rapid "
        "Support Forces, has been shared widely on Facebook and X since Monday. Both "
        "mediators and both parties say no such agreement was signed. The document's "
        "Arabic text contains grammatical errors, dates that do not match its own "
        "preamble and the signature of an army general who retired last year. The US "
        "State Department said talks had not resumed and that it continued to urge "
        "both parties to return to negotiations. The army's spokesman called the "
        "document a fabrication by the militia's media, while an adviser to the RSF "
        "called it a forgery intended to confuse the public. Sudan's war, now in its "
        "third year, has produced a steady stream of false claims about talks and "
        "truces. Beam Reports, a platform that monitors Sudanese social media, said "
        "earlier versions of the same document circulated in 2024 with different "
        "dates.",
        "peace",
    ),
    (
        "Photo shared as prisoners freed in this week's exchange shows the 2019 swap "
        "between Kyiv and Moscow",
        "A photograph of men in military fatigues embracing on a tarmac beside a bus "
        "has been shared by Ukrainian and Russian accounts as an image of Saturday's "
        "exchange of prisoners of war between the two countries. The photo was taken "
        "in September 2019, when Ukraine and Russia exchanged 35 prisoners each in a "
        "swap that included the film director Oleh Sentsov and Ukrainian sailors "
        "seized near the Kerch Strait in 2018. We found it in the archive of a news "
        "agency, with the original caption and date. Saturday's exchange, mediated by "
        "the United Arab Emirates, involved 150 prisoners on each side, according to "
        "the Ukrainian presidency and the Russian defence ministry. Images released by "
        "Ukraine's coordination headquarters for prisoners of war show the returning "
        "men wrapped in flags near the border with Belarus. Families of the missing "
        "often scour exchange images for their relatives, which makes mislabelled "
        "pictures particularly painful. The post with the 2019 photo had been shared "
        "more than 8,000 times by Sunday.",
        "peace",
    ),
    (
        "No, a Cyprus reunification deal was not signed in Geneva; the meeting was an "
        "informal UN gathering",
        "Posts on Facebook and X claiming that the leaders of the Greek Cypriot and "
        "Turkish Cypriot communities signed a reunification agreement in Geneva on "
        "Tuesday are false. The meeting, convened by UN Secretary General António "
        "Guterres, was an informal gathering in an enlarged format that also included "
        "Greece, Türkiye and the United Kingdom, the island's guarantor powers. The UN "
        "said the participants agreed on confidence-building measures, including new "
        "crossing points along the buffer zone and demining projects, and would meet "
        "again later in the year. No agreement on a settlement was reached, and "
        "neither leader has claimed otherwise. A photograph shared with the claim, "
        "showing the two leaders shaking hands over a signed document, was taken in "
        "2015, when their predecessors signed a joint statement on missing persons. "
        "The island has been divided since 1974, when Turkey invaded in response to a "
        "coup backed by the military government in Athens. UN-led reunification talks "
        "collapsed in 2017 at Crans-Montana.",
        "peace",
    ),
]
