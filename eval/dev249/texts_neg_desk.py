"""dev249 negatives: school shootings years on, soldiers' wellbeing without fighting, sport's
"battles", films and books about trauma, and healing programmes after peace deals.
(title, text, kind code)."""

NEGATIVES = [
    (
        "Two years after Uvalde, survivors’ families say the healing has barely begun",
        "Two years after a gunman killed 19 children and two teachers at Robb Elementary School in "
        "Uvalde, Texas, families say the children who survived are still struggling to sleep, to "
        "sit in classrooms and to hear fire alarms. The school has been closed and a new one is "
        "being built on the edge of town. The Texas Education Agency funded counsellors for the "
        "district, but parents say therapists come and go and many children have had to start over "
        "with new ones. “My son still asks if the bad man can come back,” said the mother of a "
        "fourth-grader who hid under a desk. A Justice Department review found that police had "
        "waited more than an hour before confronting the 18-year-old gunman, whose motive remains "
        "unclear. Families marked the anniversary with a candlelight vigil in the town square. "
        "Two former school police officers face charges of child endangerment. "
        "A state fund for victims’ families has paid for therapy, but some parents say the forms "
        "alone took months.",
        "crime",
    ),
    (
        "Parkland survivors, now in their twenties, talk openly about therapy",
        "Survivors of the 2018 shooting at Marjory Stoneman Douglas High School in Parkland, "
        "Florida, have become some of the most vocal advocates for mental health care among young "
        "Americans. Many are now finishing college, and several have written about years of "
        "therapy for post-traumatic stress. A former student who killed 17 people at the school was "
        "sentenced to life in prison in 2022 after a jury failed to agree on a death sentence. "
        "“I used to think therapy was for people who were broken. Now I think it is for people who "
        "want to stay whole,” said one survivor, who now trains as a social worker. Two survivors "
        "took their own lives in 2019, a loss that pushed local schools to expand counselling. A "
        "Broward County fund still pays for therapy for students and staff. The school building "
        "where the shooting happened has been demolished. "
        "Some of them now run peer-support groups for students who have lived through shootings "
        "elsewhere.",
        "crime",
    ),
    (
        "A year after the Belgrade school shooting, a city still learning to talk about it",
        "A year after a 13-year-old boy shot dead nine pupils and a security guard at the Vladislav "
        "Ribnikar primary school in Belgrade, psychologists say Serbia is still learning to talk "
        "about the trauma. The shooting was followed a day later by a mass shooting near Mladenovac, "
        "and together they prompted the country’s largest peaceful protests in years. A team of "
        "psychologists has worked at the school since it reopened, and parents say some children "
        "have changed schools. “We had no tradition of talking about mental health, and suddenly "
        "a whole country needed it,” said a psychologist at the Institute of Mental Health. The "
        "boy was too young to be prosecuted and is in a psychiatric facility. The government "
        "launched a gun amnesty in which tens of thousands of weapons were handed in. "
        "A memorial service was held at the school on Friday, attended by pupils, parents and "
        "teachers. The education ministry has promised a psychologist in every school by next "
        "year.",
        "crime",
    ),
    (
        "Sandy Hook families mark a decade with a push for children’s mental health",
        "Ten years after the shooting at Sandy Hook Elementary School in Newtown, Connecticut, "
        "families of the 20 children and six staff killed are marking the anniversary with a call "
        "for more mental health support in schools. Sandy Hook Promise, founded by some of the "
        "parents, says its programmes have trained millions of pupils to spot warning signs in "
        "their peers. “We cannot bring our children back, but we can change what happens to "
        "someone else’s,” said one of the founders, whose six-year-old son died. The town "
        "has built a new school on the same site, with a memorial nearby. Counsellors who worked "
        "with the surviving pupils say many are now at university. A vigil will be held at the "
        "town’s Catholic church. "
        "Researchers at Yale who followed the town’s children say those who had early and steady "
        "counselling have fared best. The families have asked that the day be kept quiet.",
        "crime",
    ),
    (
        "Marines to be taught mindfulness to cope with stress of combat",
        "The US Marine Corps is expanding a mindfulness training programme after a study found "
        "that troops who learned meditation recovered faster from stressful training exercises. "
        "The pilot at Camp Pendleton in California taught infantry Marines eight weeks of "
        "breathing and attention drills before a mock village exercise. Researchers from the "
        "University of California, San Diego, said the Marines showed lower heart rates and "
        "recovered more quickly afterwards. “This is not about making them softer. It is "
        "about making them sharper,” said a retired officer who helped design the course. Some "
        "veterans’ groups said it was no substitute for proper treatment for post-traumatic stress. "
        "The Corps plans to offer the course to several battalions next year. "
        "Navy researchers are running a similar trial with sailors on long deployments at sea.",
        "military",
    ),
    (
        "South Korea orders review after conscript suicides at army bases",
        "South Korea’s defence ministry has ordered a review of mental health screening for "
        "conscripts after a series of suicides at army bases this year. All able-bodied Korean men "
        "must serve about 18 months, and rights groups have long criticised bullying and "
        "hazing in barracks. The ministry said it would place more counsellors in frontline units "
        "and allow conscripts to use mobile phones in the evenings to stay in touch with family. "
        "“Many young men arrive already struggling, and the first months are the hardest,” said "
        "a military psychiatrist at the Armed Forces Capital Hospital. Parents of a private who "
        "died in Gangwon province have accused officers of ignoring warnings. The National Assembly’s "
        "defence committee will hold a hearing next week. "
        "The ministry also said it would bring in outside psychologists to assess recruits during "
        "basic training.",
        "military",
    ),
    (
        "British Army expands peer support to tackle mental health stigma",
        "The British Army is doubling the number of soldiers trained in trauma risk management, a "
        "peer-support scheme meant to spot colleagues who are struggling before problems become "
        "serious. The Ministry of Defence said the move was part of a new mental health strategy "
        "that also includes a 24-hour helpline and faster access to specialist care. “Soldiers "
        "will talk to a mate before they talk to a doctor,” said a sergeant major who trains "
        "practitioners at Catterick Garrison. Figures published last year showed that the rate "
        "of mental health problems among serving personnel had risen over a decade. Critics say "
        "waiting times at military mental health centres are still too long. The scheme will "
        "also be offered to reservists. "
        "Commanders will be assessed on how many of their soldiers have completed the training. "
        "The Royal Navy and the RAF are running similar schemes.",
        "military",
    ),
    (
        "Australian royal commission into veteran suicide delivers final report",
        "Australia’s royal commission into defence and veteran suicide has delivered its final "
        "report, calling for a new independent body to oversee the wellbeing of serving and former "
        "personnel. The commission heard from thousands of people over three years and found that "
        "ex-serving men were far more likely to die by suicide than other Australian men. "
        "“Veterans told us they were treated as a number while they served and as a nuisance "
        "when they left,” the commissioners wrote. Many witnesses described long fights with the "
        "Department of Veterans’ Affairs over compensation claims. The government said it "
        "would respond within months. The Defence Force said it had already begun to change how "
        "it supports people leaving the military. "
        "Veterans’ groups welcomed the report but said they had seen earlier inquiries gather "
        "dust. The report makes more than 120 recommendations.",
        "military",
    ),
    (
        "Indian Army brings yoga and counsellors to high-altitude posts",
        "The Indian Army has begun posting counsellors at battalion level and running daily yoga "
        "sessions at high-altitude posts in Ladakh, in an effort to reduce stress, sleeplessness "
        "and cases of fratricide among troops. An army officer said the measures followed a study "
        "by the Defence Institute of Psychological Research that linked long deployments away "
        "from family to depression. Soldiers at some posts spend months in temperatures far below "
        "freezing. “A soldier who cannot speak to his family for weeks carries that worry on "
        "duty,” the officer said. The army also plans to expand leave and improve satellite phone "
        "access. The defence minister told parliament that suicides in the armed forces had "
        "declined over five years. "
        "Retired officers welcomed the move but said shortages of officers meant young captains "
        "were stretched thin. Families of soldiers have long asked for more frequent leave.",
        "military",
    ),
    (
        "Striker opens up about his ‘long battle’ with depression",
        "The Celtic striker Liam Donnelly has spoken for the first time about what he called a long "
        "battle with depression, saying he had considered quitting football at the height of his "
        "career. In an interview with BBC Scotland, the 29-year-old described scoring a hat-trick "
        "and then sitting in his car for two hours, unable to go home. “Everyone thinks you are "
        "living the dream. Inside I was under siege,” he said. Donnelly said therapy and the support "
        "of the club’s sports psychologist had helped him return to the starting line-up. The "
        "Professional Footballers’ Association said calls to its wellbeing service had risen "
        "sharply in recent seasons. Donnelly will be an ambassador for a mental health charity’s "
        "campaign in Scottish schools. "
        "The club said it was proud of him for speaking out and that its door was open to any "
        "player who needed help.",
        "sport",
    ),
    (
        "Maxwell takes indefinite break from cricket to look after his mental health",
        "Australian all-rounder Glenn Maxwell is taking an indefinite break from cricket to deal "
        "with mental health issues, Cricket Australia said on Thursday, days before a series "
        "against Pakistan. The team’s psychologist said Maxwell had been experiencing some "
        "difficulties and had been proactive in seeking help. Teammates praised him for his "
        "honesty, and coach Justin Langer said the player’s welfare came first. “He has been "
        "fighting a battle for a while and we will back him all the way,” the coach said. "
        "Former players said the relentless touring schedule took a heavy toll. D’Arcy Short will "
        "replace him in the Twenty20 squad. Maxwell is expected to return for the Big Bash. "
        "Cricket Australia said it would not comment further and asked for the player’s privacy "
        "to be respected. Several other international players have since spoken about their own "
        "struggles.",
        "sport",
    ),
    (
        "Osaka’s withdrawal from Roland Garros sparks debate on athletes’ mental health",
        "Naomi Osaka’s withdrawal from the French Open after she refused to give post-match press "
        "conferences has sparked a wider debate about mental health in elite sport. The "
        "four-time grand slam champion said she had suffered long bouts of depression since "
        "winning the US Open in 2018 and felt huge waves of anxiety before speaking to the media. "
        "Tournament organisers had fined her $15,000 and threatened to default her. “I never "
        "wanted to be a distraction,” Osaka wrote on social media. Fellow players, sponsors and "
        "mental health charities rallied behind her, while some commentators said news "
        "conferences were part of the job. The four grand slam tournaments issued a joint "
        "statement promising to work with players on their wellbeing. "
        "Osaka also withdrew from Wimbledon, saying she would take some time away from the court. "
        "She later returned to play at the Tokyo Olympics, where she lit the cauldron at the "
        "opening ceremony.",
        "sport",
    ),
    (
        "Biles says she had ‘the twisties’ after pulling out of Olympic final",
        "Simone Biles has said she withdrew from the team final at the Tokyo Olympics because she "
        "had lost her sense of where she was in the air, a condition gymnasts call “the twisties”. "
        "The American, widely regarded as the greatest gymnast of all time, said she also needed "
        "to protect her mental health after years of pressure and the abuse scandal involving "
        "the former team doctor. “We are not just athletes. We are people at the end of the "
        "day,” she said. Teammates went on to win silver. Sports psychologists said her decision "
        "could change how coaches treat young athletes. Biles returned to win bronze on the "
        "balance beam a week later. "
        "Her decision drew some criticism on talk radio, but far more support from fellow "
        "Olympians and fans. The US gymnastics federation said it was proud of her. She has since "
        "spoken at schools about therapy and about learning to say no.",
        "sport",
    ),
    (
        "‘Shell Shock’ review: a quiet film about a loud war",
        "The new British film Shell Shock follows a young officer sent home from the trenches in "
        "1917 to Craiglockhart War Hospital, where he is treated by a doctor with unorthodox "
        "ideas about talking cures. Director Hannah Oduya resists the temptation to restage the "
        "battlefield; the Western Front appears only as sound, a low rumble that never quite "
        "stops. The lead performance is extraordinary in its restraint. The film borrows from the "
        "real case histories of the hospital, where the poets Siegfried Sassoon and Wilfred Owen "
        "were patients. “Nobody in 1917 had the words for what these men had,” Oduya said in an "
        "interview. At 134 minutes it asks a lot of its audience, but rewards it. Shell Shock "
        "opens in cinemas on Friday. "
        "It is the director’s second feature, after a documentary about a psychiatric hospital in "
        "Glasgow.",
        "entertainment",
    ),
    (
        "War photographer’s memoir of burnout wins nonfiction prize",
        "A memoir by the Spanish photographer Lucía Ferrer about the breakdown she suffered after "
        "two decades covering wars has won this year’s Orwell prize for political writing. Ferrer "
        "worked in Iraq, Libya and Syria before collapsing at a Madrid airport in 2019, an episode "
        "she describes in the opening chapter. The judges praised the book’s honesty about "
        "addiction and about the guilt of walking away. “I had spent my life documenting other "
        "people’s trauma and never noticed my own,” Ferrer said at the ceremony. The book has been "
        "translated into nine languages. She now teaches photojournalism and runs workshops on "
        "trauma for young reporters. "
        "Ferrer has said she wrote much of it in the waiting rooms of the clinic where she was "
        "treated. The prize committee said the book would change how newsrooms think about the "
        "people they send abroad. Her publisher plans an English edition next spring.",
        "entertainment",
    ),
    (
        "Veterans take the stage in a play about coming home",
        "A play written and performed by former soldiers about the difficulty of returning to "
        "civilian life has opened at the Edinburgh Festival Fringe to strong reviews. The cast of "
        "seven, who served in Afghanistan and Iraq, developed the script in workshops run by a "
        "veterans’ theatre company. Scenes move between a patrol base and a job centre, and one of "
        "the most powerful involves a man trying to explain a panic attack to a supermarket "
        "manager. “It is the first time I have talked about any of this, and I am doing it in "
        "front of 200 strangers,” said one actor, a former lance bombardier. The production "
        "will tour barracks and prisons in the autumn. Tickets for the Fringe run are sold out. "
        "The company was set up by a former army officer who found drama helped his own recovery. "
        "A documentary crew has followed the cast for a year. Its founder hopes to take the show "
        "to London next year.",
        "entertainment",
    ),
    (
        "Colombia’s peace deal funds trauma healing in former Farc areas",
        "Colombia’s government has expanded a psychosocial programme for victims of the armed "
        "conflict in areas once controlled by the Farc, under the terms of the 2016 peace agreement. "
        "The programme, known as Papsivi, sends teams of psychologists and community workers to "
        "rural municipalities in Meta, Caquetá and Cauca. Many participants lost relatives to "
        "massacres or disappearances decades ago and have never been offered care. “For years "
        "they were told to forget. We are asking them to remember safely,” said a psychologist "
        "in La Macarena. Former guerrillas in reintegration zones are also being offered "
        "counselling. The truth commission’s final report recommended making the programme "
        "permanent. Victims’ groups say funding is still far below what was promised. "
        "The health ministry says more than 300,000 people have taken part since the programme "
        "began.",
        "peace",
    ),
    (
        "Bangsamoro launches healing programme for former combatants",
        "The Bangsamoro government in the southern Philippines has launched a mental health and "
        "healing programme for former fighters of the Moro Islamic Liberation Front as thousands "
        "of them go through the decommissioning process agreed in the 2014 peace deal. Ex-combatants "
        "who hand in their weapons receive cash, training and now access to counsellors. "
        "“Some of these men have carried guns since they were boys. Laying them down is the "
        "beginning, not the end,” said a regional health official in Cotabato City. The programme "
        "also offers sessions to wives and children. International donors, including the European "
        "Union, are funding the first phase. Officials hope to reach every decommissioned "
        "combatant by next year. "
        "Women’s groups have asked that the programme include widows of fighters who did not "
        "survive to see the peace deal. Counsellors say alcohol use and domestic violence are "
        "among the problems they expect to find.",
        "peace",
    ),
    (
        "After Pretoria deal, Tigray turns to counselling for demobilised fighters",
        "Regional authorities in Tigray have begun offering counselling to former fighters being "
        "demobilised under the Pretoria agreement that ended the war with the federal government. "
        "The first groups have handed in weapons at camps near Mekelle, where they receive "
        "registration, medical checks and sessions with psychologists trained by the "
        "International Organization for Migration. “Many of them went straight from school to the "
        "front,” said a counsellor at one of the camps. The programme aims to process tens of "
        "thousands of former combatants. Officials said funding covered only a fraction of that "
        "number. The African Union, which brokered the agreement, said the process was going "
        "well. "
        "Counsellors say many of the former fighters want above all to go back to school or to "
        "farming. Donors have been asked to help fund the remaining phases. Some have already "
        "returned to their families, officials said.",
        "peace",
    ),
]
