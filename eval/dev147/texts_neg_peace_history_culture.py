"""dev147 hard negatives: peace talks and settlements, anniversaries and war relics, and films
about war (kinds peace, history, entertainment)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Peace dialogue with BRN resumes in Kuala Lumpur after a year's hiatus",
        "The government and the Barisan Revolusi Nasional (BRN) resumed formal peace "
        "talks in Kuala Lumpur yesterday, the first meeting in more than a year, and "
        "agreed to work on a joint plan to reduce violence and hold public "
        "consultations in the southern border provinces. The Thai delegation was led "
        "by Chatchai Bangchuad, the new chief negotiator and deputy secretary-general "
        "of the National Security Council, while the BRN team was headed by Anas "
        "Abdulrahman. Malaysian facilitator Gen Zulkifli Zainal Abidin said both sides "
        'had agreed "in principle" on the Joint Comprehensive Plan Towards Peace '
        "(JCPP), which covers reducing violence, public consultation and political "
        'solutions. "The atmosphere was positive and constructive," he said after '
        "the meeting. The talks have been on hold since last year amid the general "
        "election and a change of government in Bangkok. The next round is expected to "
        "be held within two months, Chatchai said.",
        "peace",
    ),
    (
        (
            "Bougainville, PNG agree on independent moderator to break deadlock over "
            "referendum result"
        ),
        "The Autonomous Bougainville Government and the National Government have "
        "agreed to appoint an independent moderator to help resolve their differences "
        "over the 2019 independence referendum, in which 97.7 per cent of "
        "Bougainvilleans voted for independence. The agreement was reached at a "
        "meeting of the Joint Supervisory Body in Port Moresby after two days of talks "
        "led by Prime Minister James Marape and Bougainville President Ishmael "
        "Toroama. The two sides remain divided over how the result should be ratified "
        "by Parliament, with Bougainville insisting on a simple majority and the "
        "National Government arguing that a two-thirds majority is required under the "
        "Constitution. Former New Zealand governor-general Sir Jerry Mateparae has "
        "been named as the moderator, and he will consult both sides over the coming "
        'months. President Toroama said Bougainville would not accept "any further '
        'delays" and that his government was preparing to declare independence by '
        "2027. Mr Marape said the National Government respected the Bougainville Peace "
        "Agreement and would work with the ABG in good faith. The Bougainville Peace "
        "Agreement of 2001 ended a decade-long civil war and provided for the "
        "referendum. Community leaders in Buka said they hoped the moderator would "
        "bring the process to a conclusion.",
        "peace",
    ),
    (
        ("Warring Enga clans exchange pigs and cash to seal peace after years of fighting"),
        "Two clans in Enga's Kandep district have ended years of tribal fighting with "
        "a peace ceremony in which more than 600 pigs and K500,000 in cash were "
        "exchanged as compensation for lives lost on both sides. Hundreds of people "
        "gathered at a football field near Kandep station on Saturday to witness the "
        "ceremony, which was organised by the provincial government, church leaders "
        "and the local police. Leaders of the two clans shook hands and broke arrows "
        "in front of the crowd as a sign that the fighting was over, and a number of "
        "homemade guns were handed over to police. Enga Governor Sir Peter Ipatas, who "
        "attended the ceremony, said the province had spent large sums on peace and "
        "reconciliation and urged young men to put their energy into business and "
        'education. "There is no winner in a tribal fight, only widows and orphans," '
        "he said. The two clans had been in dispute over land and the death of a young "
        "man in 2016, and the fighting had closed schools and the district health "
        "centre for long periods. A church pastor said the next step was to rebuild "
        "houses and gardens and to help families return to their land. Police said "
        "officers would continue to patrol the area to make sure the peace held.",
        "peace",
    ),
    (
        "Hiroshima marks 80 years since atomic bombing as survivors' numbers dwindle",
        "HIROSHIMA - Hiroshima marked the 80th anniversary of the US atomic bombing of "
        "the city on Wednesday, with Mayor Kazumi Matsui warning that the world was "
        "moving toward accepting nuclear weapons as a means of defense. About 55,000 "
        "people, including representatives of a record 120 countries and regions, "
        "attended the annual ceremony at the Peace Memorial Park, observing a minute "
        'of silence at 8:15 a.m., the time the bomb exploded in 1945. "Leaders around '
        "the world are accelerating military buildups and increasingly asserting the "
        'need for nuclear weapons," Matsui said in his Peace Declaration, calling on '
        "the Japanese government to join the Treaty on the Prohibition of Nuclear "
        "Weapons. Prime Minister Shigeru Ishiba said Japan would continue to lead "
        "efforts toward a world without nuclear weapons but did not mention the "
        "treaty. The number of hibakusha, or atomic bomb survivors, fell below 100,000 "
        "for the first time this year, and their average age has passed 86, according "
        "to the health ministry. The bombing killed an estimated 140,000 people by the "
        "end of 1945, and Nagasaki was hit three days later. Nihon Hidankyo, the "
        "survivors' group that received the Nobel Peace Prize last year, said it would "
        "keep telling its story to younger generations. Several survivors said it "
        "might be the last major anniversary they would live to see.",
        "history",
    ),
    (
        "Moon apologizes to victims of Jeju April 3 massacre at 70th anniversary",
        "President Moon Jae-in on Tuesday offered a state apology to the victims of "
        "the April 3 Jeju Uprising and the military and police crackdown that "
        "followed, pledging to fully uncover the truth about one of the darkest "
        'chapters of modern Korean history. "As president, I once again offer my '
        "apology to the victims and bereaved families for the injustice of state "
        'violence," Moon said at a memorial ceremony at Jeju April 3 Peace Park, '
        "attended by some 15,000 people. Moon is the first president in 12 years to "
        "attend the annual ceremony. Up to 30,000 people, about a tenth of the "
        "island's population at the time, are believed to have been killed between "
        "1947 and 1954, after an uprising by leftist islanders against the division of "
        "the peninsula triggered a brutal counterinsurgency campaign. For decades the "
        "killings were a taboo subject, and survivors and relatives were branded "
        "communists. Moon promised to push for legislation to compensate victims and "
        "to resume the excavation of remains. Family members laid white chrysanthemums "
        "in front of memorial stones carrying the names of more than 14,000 victims. "
        "Across the island, residents observed a minute of silence as sirens sounded "
        "at 10 a.m.",
        "history",
    ),
    (
        ("Centenary of Villers-Bretonneux brings Anzac Day crowds to France and Canberra"),
        "Prime Minister Malcolm Turnbull and Prince Charles joined thousands of "
        "Australians at a dawn service in Villers-Bretonneux in northern France on "
        "Wednesday, marking 100 years since Australian troops recaptured the village "
        "from German forces on Anzac Day 1918. About 2,400 Australian soldiers were "
        "killed or wounded in the night-time counterattack, which helped halt the "
        "German spring offensive on the Western Front. The service was held at the "
        "Australian National Memorial, where the new Sir John Monash Centre, an "
        "interpretive museum telling the story of Australians on the Western Front, "
        'was opened later in the day. "We stand here because they stood here," Mr '
        "Turnbull told the crowd. In Canberra, an estimated 38,000 people gathered at "
        "the Australian War Memorial for the national dawn service, while marches were "
        "held in capital cities and country towns across Australia. Veterans of more "
        "recent conflicts, including Afghanistan and Iraq, marched alongside "
        "descendants carrying medals of family members who served in the world wars. "
        "In Villers-Bretonneux, where a school was rebuilt with donations from "
        "Victorian children after the war, signs in the playground still read "
        '"N\'oublions jamais l\'Australie", or "Never forget Australia". Organisers '
        "said it was one of the largest Anzac Day gatherings held outside Australia.",
        "history",
    ),
    (
        "Police bomb squad destroys WWII ordnance found at Honiara construction site",
        "The Royal Solomon Islands Police Force's Explosive Ordnance Disposal (EOD) "
        "team has destroyed more than 40 World War Two bombs and shells that were "
        "found during excavation work at a construction site in east Honiara last "
        "week. Residents living near the site at Kukum were asked to leave their homes "
        "for several hours on Friday while the team carried out a controlled "
        "detonation at the Hells Point disposal range. EOD commander Inspector Clement "
        "Maetia said the items included American artillery shells, mortar rounds and a "
        "Japanese aircraft bomb, some of them still live after more than 75 years in "
        'the ground. "These items are still dangerous and members of the public must '
        'not touch them," he said, urging people to report any suspicious objects to '
        "the nearest police station. Guadalcanal was the site of fierce fighting "
        "between Allied and Japanese forces in 1942 and 1943, and unexploded ordnance "
        "is still found regularly in gardens, rivers and building sites. The EOD team "
        "is supported by Australian and US specialists, who have trained local "
        "officers in safe disposal. Last year two men died in Honiara when a bomb "
        "exploded while they were cooking over a fire built on top of it. Police "
        "thanked the construction company for reporting the find promptly.",
        "history",
    ),
    (
        ("'12.12: The Day' passes 10 million viewers as young audiences flock to coup drama"),
        '"12.12: The Day," a film about the military coup of Dec. 12, 1979, drew its '
        "10 millionth viewer on Sunday, becoming the first Korean film this year to "
        "pass the mark and the 22nd local film ever to do so, according to the Korean "
        "Film Council. Directed by Kim Sung-su, the film follows the nine hours in "
        "which Maj. Gen. Chun Doo-hwan, renamed Chun Doo-kwang in the film and played "
        "by Hwang Jung-min, and his allies in the military's secret Hanahoe club "
        "seized power, and the commander of the Capital Garrison Command who tried to "
        "stop them, played by Jung Woo-sung. Industry watchers say the film's success "
        "has been driven by viewers in their 20s and 30s, many of whom knew little "
        'about the coup before seeing it. A "stress-level challenge," in which '
        "viewers post their heart rate readings from smartwatches after the film, went "
        'viral on social media. "People leave the theater angry, and then they go '
        'home and read about what really happened," said one film critic. The film '
        "has also revived debate about the legacy of Chun, who died in 2021 without "
        "apologizing for the bloody suppression of the Gwangju pro-democracy uprising "
        'the following year. Kim said he wanted to show "how a small group of people '
        'can change history when good people hesitate." The film is set to be '
        "released in North America next month.",
        "entertainment",
    ),
    (
        "'Godzilla Minus One' wins Oscar for visual effects in first for Japanese film",
        '"Godzilla Minus One" won the Academy Award for best visual effects on '
        "Sunday in Los Angeles, the first time a Japanese film has won in the category "
        "and the first Oscar for the 70-year-old monster franchise. Director Takashi "
        "Yamazaki, who also supervised the film's effects, accepted the statuette with "
        "his team of VFX artists, holding up miniature Godzilla figures as they walked "
        'on stage. "The distance from Hollywood seemed beyond reach, even to dream of '
        'standing on this stage," he said. The film, set in the ruins of postwar '
        "Tokyo, follows a former kamikaze pilot who deserted his mission and is "
        "haunted by survivor's guilt when Godzilla attacks Japan. It was made on a "
        "budget of around $15 million, a fraction of the cost of Hollywood "
        "blockbusters, by a team of about 35 effects artists at Tokyo-based studio "
        "Shirogumi. The film grossed more than $100 million worldwide and became the "
        "highest-grossing Japanese live-action film ever released in the United "
        'States. Hayao Miyazaki\'s "The Boy and the Heron" also won the Oscar for '
        "best animated feature on the same night, making it a rare double celebration "
        "for Japanese cinema. Yamazaki said he hoped the award would encourage young "
        "Japanese creators to aim for the world stage.",
        "entertainment",
    ),
    (
        ("'The Battle at Lake Changjin' becomes China's highest-grossing film of all time"),
        'Korean War epic "The Battle at Lake Changjin" has become the '
        "highest-grossing film in Chinese box office history, overtaking the 2017 "
        'action film "Wolf Warrior 2" with earnings of 5.69 billion yuan (US$890 '
        "million), according to ticketing platform Maoyan. The nearly three-hour film, "
        "co-directed by Chen Kaige, Tsui Hark and Dante Lam, tells the story of a "
        "company of Chinese People's Volunteers who fought US troops in freezing "
        "conditions near the Chosin Reservoir in 1950. It was commissioned by the "
        "Communist Party's propaganda department to mark the centenary of the party's "
        'founding, and was released during the National Day "golden week" holiday. '
        "Cinemas across the country held special screenings for schools, companies and "
        "government work units. State media praised the film for promoting patriotism, "
        "while a few critics on social media said it glorified war and simplified "
        "history. A well-known former journalist was detained after he mocked the "
        'soldiers depicted in the film on Weibo, under a law against defaming "heroes '
        'and martyrs." With a reported budget of 1.3 billion yuan, it is also the '
        'most expensive Chinese film ever made. A sequel, "Water Gate Bridge," is '
        "due in cinemas early next year.",
        "entertainment",
    ),
]
