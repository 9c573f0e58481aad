"""dev372 negatives: what borders political violence without being it: peaceful protests, peace
deals, commemorations and court cases over past killings, and the military at rest or in
training. (title, text, kind code)"""

NEGATIVES = [
    (
        "Tens of thousands march on Invasion Day as rallies held in every capital",
        "Tens of thousands of people marched through Sydney, Melbourne and Brisbane on January 26 in "
        "Invasion Day rallies calling for a treaty with First Nations people and an end to "
        "Aboriginal deaths in custody. In Sydney, the crowd filled Belmore Park and walked to "
        'Victoria Park, chanting "always was, always will be" as police directed traffic around '
        "them. Organisers estimated the Melbourne crowd at 30,000 people. Elders led the marches and "
        "smoking ceremonies were held before the speeches. Police in several cities said the "
        "rallies had been peaceful and there were no arrests. Meanwhile, citizenship ceremonies and "
        "Australia Day breakfasts went ahead in most council areas, although a number of councils "
        "have moved their ceremonies to other dates. A poll released last week found most Australians "
        "did not want the date changed, though support for a change was higher among younger voters. "
        "In Brisbane, organisers said the crowd was the largest since the pandemic. Musicians performed at Victoria Park in Sydney after the march. Several councils have hosted events recognising Aboriginal history on the day.",
        "protest",
    ),
    (
        "Rising Tide protesters arrested after paddling into Newcastle shipping channel",
        "Police have arrested more than 170 climate protesters who stayed in the shipping channel "
        "of the world's largest coal port in Newcastle after a 30-hour permit for their blockade "
        "expired. Thousands of people in kayaks, canoes and on paddleboards had taken part in the "
        'Rising Tide "Protestival" over the weekend, forcing coal ships to wait at sea. Most left '
        "the water when the permit ended on Sunday afternoon, but those who remained were picked up "
        "by water police and issued with court attendance notices. NSW Police said the protest had "
        "been peaceful and that no one was injured. Among those arrested was a 97-year-old retired "
        "minister. Rising Tide spokesman Zack Schofield said the group wanted an end to new "
        "fossil fuel projects. The Port of Newcastle said several vessels had been delayed. "
        "The group held a similar blockade last year. Some protesters will appear in Newcastle Local Court next month. A few coal ships remained anchored off the coast on Monday. Organisers said they would be back next year.",
        "protest",
    ),
    (
        "Hikoi mo te Tiriti: 42,000 converge on Parliament to oppose Treaty Principles Bill",
        "An estimated 42,000 people marched to Parliament in Wellington on Tuesday in one of the "
        "largest protests the capital has seen, the culmination of a nine-day hikoi against the "
        "Treaty Principles Bill. The crowd, many dressed in black and carrying tino rangatiratanga "
        "flags, filled the grounds and spilled onto the streets around the Beehive. Marchers had "
        "set off from the top of the North Island a week earlier, gathering supporters through towns "
        "along the way. Police said the event was peaceful and that no arrests were made. The ACT "
        "Party's bill would redefine the principles of the Treaty of Waitangi, and its critics say it "
        "would erode Maori rights. Prime Minister Christopher Luxon has said National will not support "
        "it beyond a second reading. Te Pati Maori MPs addressed the crowd from the forecourt. "
        "Marchers sang and performed haka as they entered the grounds. The bill's author, ACT leader David Seymour, said he respected the right to protest. Trains into the city were packed from early morning. The petition delivered to Parliament carried more than 200,000 names.",
        "protest",
    ),
    (
        "March for Humanity: rain-soaked crowd crosses Sydney Harbour Bridge for Gaza",
        "Tens of thousands of people walked across the Sydney Harbour Bridge in pouring rain on "
        "Sunday to call for a ceasefire in Gaza and for aid to be allowed into the territory. NSW "
        "Police estimated the crowd at about 90,000, while organisers from the Palestine Action Group "
        "claimed far more. The march went ahead after the Supreme Court refused a police bid to "
        "block it on Saturday. People carried umbrellas, flags and pots and pans to symbolise hunger. "
        "Police said the protest was peaceful and that no arrests were made, although the crowd was "
        "told to stop and turn around at the northern end because of the numbers. Premier Chris Minns "
        "said he had been worried about a crush. Among the marchers was former foreign minister Bob "
        "Carr. Trains and buses were packed for hours afterwards. "
        "Several MPs joined the march. The bridge was closed to traffic for several hours. Organisers said more rallies would be held across the country.",
        "protest",
    ),
    (
        "Convoy protesters dig in on Parliament lawn as Speaker turns on sprinklers",
        "Hundreds of protesters against Covid-19 vaccine mandates remained camped on the lawn of "
        "Parliament on Saturday, despite Speaker Trevor Mallard turning on the sprinklers overnight "
        "and playing Barry Manilow songs and the Macarena on a loop. The convoy arrived in Wellington "
        "on Tuesday, and its numbers have grown as cars and campervans block streets around the "
        "precinct. Protesters responded to the rain and sprinklers by digging drainage trenches and "
        "laying down straw. Police said the gathering was largely peaceful on Saturday, and officers "
        "were focused on traffic and on talking with organisers. Earlier in the week, more than 120 "
        "people were arrested for trespass as police tried to clear a section of the grounds. "
        "Local businesses say customers are staying away. The protesters say they will not leave "
        "until mandates end.",
        "protest",
    ),
    (
        "Bougainville and PNG sign agreement on path to independence vote ratification",
        "The Papua New Guinea government and the Autonomous Bougainville Government have signed an "
        "agreement setting out how the result of the 2019 independence referendum will be put before "
        "the national Parliament. Bougainville voted by 97.7 per cent for independence, but the vote "
        "is not binding and must be ratified in Port Moresby. President Ishmael Toroama said the "
        'agreement was "a step closer to the destiny our people chose". Prime Minister James Marape '
        "said the process would respect the Bougainville Peace Agreement signed in 2001 after a "
        "decade of civil war. New Zealand, which helped broker the original truce, has offered to "
        "provide a moderator for future talks. Observers said the timetable remained unclear. The "
        "signing took place in Wellington and was followed by a traditional ceremony. "
        "Bougainville's leaders want independence by 2027. Some members of the national Parliament have suggested a two-thirds majority should be needed. Toroama said his people had waited long enough. The agreement will be tabled in both legislatures.",
        "peace",
    ),
    (
        "Gaza ceasefire takes effect as Australian families wait for news of relatives",
        "A ceasefire between Israel and Hamas took effect at midday local time on Friday, and "
        "Australians with family in Gaza and in Israel spent the night glued to their phones. Under "
        "the deal, Hamas is to release all remaining living hostages within 72 hours in exchange for "
        "nearly 2,000 Palestinian prisoners and detainees. Israeli troops began pulling back to "
        "agreed lines inside the territory, the Israeli military said. Prime Minister Anthony "
        "Albanese welcomed the agreement and said Australia would contribute to humanitarian and "
        "rebuilding efforts. In Lakemba, a Palestinian-Australian community leader said people were "
        '"hopeful but cautious". The Executive Council of Australian Jewry said it prayed for the '
        "hostages' safe return. Aid agencies said hundreds of trucks were ready at the crossings "
        "to enter once permitted. Foreign Minister Penny Wong said Australia would press for the "
        "truce to hold.",
        "peace",
    ),
    (
        "Hela clans exchange pigs and kina to seal peace after years of feuding",
        "Two clans in Papua New Guinea's Hela province have held a peace ceremony near Tari, "
        "exchanging hundreds of pigs and thousands of kina in compensation to bring an end to a "
        "long-running feud. Church leaders, provincial officials and police attended the ceremony, "
        "where leaders from both sides broke arrows and shook hands in front of a crowd of several "
        "thousand. The Hela provincial administrator said the agreement would allow schools and a "
        "health centre to reopen. Both sides have agreed to hand in weapons to police under a "
        "programme supported by Australia and the United Nations. Women's groups, who helped broker "
        "the talks, said the peace had to be protected. A follow-up meeting is planned in six months. "
        "Police in the province say they will keep officers in the area. "
        "The fighting between the two clans had killed dozens of people over several years, according to church leaders. Many families who had moved away say they will wait to see if the peace holds before returning. The provincial government has promised funding for a new police post. A choir from the local Catholic parish opened the ceremony.",
        "peace",
    ),
    (
        "Anzac Day: thousands at Gallipoli dawn service as last of a generation remembered",
        "Thousands of Australians and New Zealanders gathered at Anzac Cove on Friday for the dawn "
        "service marking 110 years since the landing at Gallipoli, standing in the dark as the Last "
        "Post rang out over the water. Veterans' Affairs Minister Matt Keogh told the crowd the young "
        'men who scrambled up the cliffs in 1915 had "shaped who we are". More than 8,700 Australians '
        "and some 2,700 New Zealanders died in the eight-month campaign. At home, hundreds of "
        "thousands attended services in cities and towns, from Kings Park in Perth to the Auckland War "
        "Memorial Museum. At the Australian War Memorial, the crowd was one of the largest in years. "
        "Marches were held in every capital, with descendants wearing their relatives' medals. "
        "Two-up games were played in pubs through the afternoon. "
        "Security at Anzac Cove was tighter than in previous years. Turkish officials attended the service. The service at Chunuk Bair for New Zealanders followed later in the morning.",
        "history",
    ),
    (
        "Christchurch marks five years since mosque attacks with call to remember the 51",
        "Christchurch paused on Friday to remember the 51 people killed in the terror attacks on two "
        "mosques five years ago. Survivors, families and community leaders gathered at the Al Noor "
        "mosque for prayers and then at the memorial at the Botanic Gardens, where the names of the "
        "victims are etched into a curved wall. Prime Minister Christopher Luxon said the attack "
        'remained "a dark chapter in our history". The Muslim Association of Canterbury said many '
        "families were still struggling with the loss and with the costs of long-term care for the "
        "injured. A coronial inquiry into the response to the attack is still underway. Schools held "
        "their own observances, and the city council lit its building in blue. Some survivors said "
        "they preferred to spend the day quietly. "
        "Local MPs from every party attended the service at the Botanic Gardens. Survivors said the community had been strengthened by the way the city responded. A new scholarship was announced in honour of the victims. Flowers were laid outside both mosques during the afternoon.",
        "history",
    ),
    (
        "Ten years on from the Lindt siege, Martin Place memorial draws survivors and strangers",
        "Survivors of the Lindt cafe siege and families of Tori Johnson and Katrina Dawson gathered in "
        "Martin Place on Sunday to mark 10 years since the siege. The permanent memorial, a row of "
        "glass flowers set into the pavement, was covered in fresh bouquets by mid-morning. Former "
        "hostages spoke of the years of therapy and the friendships that had grown out of the "
        'ordeal. NSW Premier Chris Minns said the city would never forget the "two innocent lives '
        "taken\". The state's coroner found in 2017 that police should have gone in sooner, and "
        "reforms followed. The Katrina Dawson Foundation has funded scholarships for young women. "
        "Office workers stopped on their lunch break to read the names, and a candlelit vigil was "
        "held at dusk.",
        "history",
    ),
    (
        "Roberts-Smith loses Full Court appeal over war crimes defamation ruling",
        "Former soldier Ben Roberts-Smith has lost his appeal against a landmark ruling that found "
        "newspaper reports that he murdered unarmed prisoners in Afghanistan were substantially "
        "true. Three Federal Court judges unanimously dismissed the appeal on Friday, upholding the "
        "2023 finding that the Victoria Cross recipient was complicit in the killing of four "
        "Afghans between 2009 and 2012. The decision follows a civil trial that heard from soldiers "
        "who served alongside him in the Special Air Service Regiment. Roberts-Smith has never been "
        "charged with a criminal offence and denies wrongdoing. His lawyers said he would consider "
        "taking the case to the High Court. Nine, which owns the Sydney Morning Herald and The Age, "
        "welcomed the ruling. The case has cost more than $25 million in legal fees. "
        "The judgment ran to more than 100 pages. Roberts-Smith was not in court for the decision. An Office of the Special Investigator continues to examine allegations arising from the Brereton inquiry. The SAS Regiment is based in Perth.",
        "history",
    ),
    (
        "WWII bomb found on Darwin building site safely removed after street evacuated",
        "An unexploded bomb believed to have been dropped on Darwin by Japanese aircraft in 1942 has "
        "been safely removed from a building site in the city's north after nearby streets were "
        "evacuated. Construction workers digging foundations for a block of units in Stuart Park "
        "uncovered the rusted casing on Tuesday morning and called police. About 200 residents were "
        "moved to a community hall while an Australian Defence Force explosive ordnance team worked "
        "on the device. The bomb, about a metre long, was taken to a Defence range to be destroyed. "
        "Northern Territory Police said the public had never been at risk. Historians say hundreds of "
        "bombs fell on Darwin in 64 air raids during the war, and some were never found. Work on the "
        "site is expected to resume on Monday. "
        "Residents were allowed back into their homes by early afternoon. The builder said work had been stopped twice before on the site for smaller finds. Darwin's museum holds a collection of bomb casings recovered over the years. Police said people should never touch suspected ordnance.",
        "history",
    ),
    (
        "Long Tan veterans return to Vietnam rubber plantation for 50th anniversary",
        "A small group of Australian veterans of the Battle of Long Tan returned to the rubber "
        "plantation in southern Vietnam this week to mark 50 years since the fight, after "
        "Vietnamese authorities reversed a last-minute ban on a commemorative service. The veterans, "
        "now in their seventies, laid wreaths at the Long Tan Cross and stood in silence for the 18 "
        "Australians who died. Hundreds of other Australians had travelled for the anniversary, "
        "only to be told at first that the ceremony could not go ahead. Veterans' Affairs Minister "
        "Dan Tehan said he was pleased the two governments had reached an agreement. A larger "
        "service was held in Canberra at the Australian War Memorial. Vietnam's government said it "
        'wanted ceremonies that were "low-key". '
        "The Vietnamese government had earlier told organisers that up to 100 people could take part in a private ceremony. Some veterans said they were hurt by the reversal and then relieved. Tour operators said it had been a chaotic week. A wreath was also laid on behalf of the New Zealanders who fought there.",
        "history",
    ),
    (
        "AUKUS: Australia to spend up to $368bn on nuclear-powered submarines",
        "Australia will spend up to $368 billion over the next three decades to acquire a fleet of "
        "nuclear-powered submarines under the AUKUS pact, Prime Minister Anthony Albanese announced "
        "in San Diego alongside US President Joe Biden and British Prime Minister Rishi Sunak. "
        "Australia will buy at least three Virginia-class submarines from the United States from "
        "the early 2030s, before building a new class of boat, known as SSN-AUKUS, in Adelaide. "
        "The Department of Defence said the program would create about 20,000 jobs. Former prime "
        'minister Paul Keating called the deal "the worst international decision" by a Labor '
        "government since conscription. China's foreign ministry said the pact was on a "
        '"path of error and danger". Defence Minister Richard Marles said the submarines would '
        "not carry nuclear weapons.",
        "military",
    ),
    (
        "Defence budget to rise to 2.4 per cent of GDP as Marles unveils strategy",
        "The federal government will lift defence spending to 2.4 per cent of GDP over the next "
        "decade, Defence Minister Richard Marles announced on Wednesday, as the Army, Navy and Air "
        "Force are reshaped to deter threats in the region. The first National Defence Strategy "
        "promises long-range strike missiles, more drones and an expanded northern base network. "
        "Marles said Australia faced its most complex strategic environment since the Second World "
        "War. Some Army programs, including infantry fighting vehicles, will be cut back to fund "
        "the plans. The Opposition said the increase was too slow and did not match the warnings. "
        "Defence industry groups welcomed certainty, but said workforce shortages remained. The "
        "United States has urged allies to spend more on their militaries.",
        "military",
    ),
    (
        "Talisman Sabre: HIMARS fire first missiles on Australian soil as war games begin",
        "More than 35,000 personnel from 19 countries have begun Exercise Talisman Sabre, the largest "
        "military drills ever held in Australia, with US and Australian forces firing HIMARS rocket "
        "artillery at a range in Queensland. The exercise runs across northern Australia and for the "
        "first time includes live-fire activities in Papua New Guinea. Troops will carry out "
        "amphibious landings at Stanage Bay and airborne drops near Darwin over the coming "
        "fortnight. Defence said the drills would test how allies worked together in a crisis. "
        "A Chinese surveillance ship is expected to shadow the exercise off the Queensland coast, as "
        "in previous years. Locals were warned about noise from low-flying aircraft at night. "
        "Papua New Guinea's defence force is taking part in the drills for the first time as a full partner. Indonesia, India and Japan also have troops involved. The exercise is held every two years. Protesters have set up a peace camp near the Shoalwater Bay training area.",
        "military",
    ),
    (
        "Chinese warships hold live-fire drills in Tasman Sea, forcing flights to divert",
        "A Chinese navy task group has carried out live-fire drills in the Tasman Sea between "
        "Australia and New Zealand, forcing commercial flights to change course, the Australian "
        "Defence Force says. Airservices Australia warned pilots after a Chinese vessel broadcast "
        "over an open radio channel that it would conduct live firing. Virgin Australia and Emirates "
        "said several flights had to divert. The three Chinese ships have been sailing down the "
        "east coast for more than a week, shadowed by an Australian frigate and a P-8 surveillance "
        "aircraft, as well as by a New Zealand ship. Defence Minister Richard Marles said the drills "
        "were legal but that more notice should have been given. China's defence ministry said the "
        "exercises complied with international law. "
        "Beijing told Canberra it had given notice under international rules. Airline pilots said they had been given little time to reroute. The Chinese task group included a cruiser and a supply ship. It was not clear where the ships would head next.",
        "military",
    ),
    (
        "New Zealand unveils $12bn defence plan with new helicopters and missiles",
        "The government has announced a $12 billion plan to rebuild New Zealand's Defence Force over "
        "the next 15 years, including new helicopters for the navy, long-range missiles and drones. "
        "Defence Minister Judith Collins said the plan would lift defence spending to about 2 per cent "
        "of GDP within eight years, roughly double its current level. The Air Force's ageing "
        "Boeing 757s will be replaced, and the Navy's frigates will be upgraded. Collins said New "
        "Zealand could no longer assume it was too far away to be affected by conflicts overseas. "
        "Labour said it supported more investment but wanted to see costings. Analysts said recruitment "
        "and retention of personnel would be the biggest challenge. The plan will be reviewed every "
        "two years. "
        "Collins said the government would also buy drones to patrol the country's vast maritime zone. The Navy has been forced to tie up ships in recent years for lack of crew. Pay rises for uniformed staff were announced last year. The plan will be debated at a select committee.",
        "military",
    ),
]
