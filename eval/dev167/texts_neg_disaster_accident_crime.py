"""dev167 hard negatives: storm, quake, flood and fire damage passed off as attacks or hoaxes
about disaster tolls (hard_negative_disaster), blasts, crashes and crushes misread as attacks
(hard_negative_accident), and crimes, scams and hoax threats misattributed (hard_negative_crime)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Photos of flattened houses on a Philippine island show typhoon damage, not "
        "Chinese shelling",
        "Images of collapsed wooden houses, uprooted coconut trees and a church with "
        "its roof torn off have been shared on Facebook with captions claiming that "
        "Chinese warships shelled a fishing village on the island of Pag-asa in the "
        "South China Sea. The photographs were taken in December 2021 in Dinagat "
        "Islands province after Typhoon Rai, known locally as Odette, which killed "
        "more than 400 people across the central and southern Philippines. We found "
        "the originals in a photo story published by a Philippine news outlet and on "
        "the Facebook page of the provincial government. The Armed Forces of the "
        "Philippines said there had been no attack on Pag-asa, also known as Thitu, "
        "and that the island's residents were safe. The posts appeared amid renewed "
        "tension between Manila and Beijing over disputed shoals, and many of the "
        "accounts sharing them were created within the past two months. Rappler's "
        "fact-check team rated the claim false.",
        "disaster",
    ),
    (
        "No, the Bonaire car park was not full of bodies: how a DANA flood hoax spread "
        "and what the search found",
        "In the days after the floods that devastated parts of the province of "
        "Valencia on 29 October, posts on X, Telegram and TikTok claimed that hundreds "
        "of bodies were being hidden in the underground car park of the Bonaire "
        "shopping centre in Aldaia. Some posts said the government was delaying the "
        "search to cover up the true death toll. Divers from the military emergencies "
        "unit and the Guardia Civil searched the flooded car park, which has space for "
        "about 1,800 cars, after the water was pumped out. They found no bodies, the "
        "government delegation in Valencia said. The hoax was amplified by several "
        "influencers and an online channel with a large following, and at one point a "
        "man presented as a police officer was filmed telling a reporter that there "
        "were bodies there. More than 220 people were killed in the floods, most of "
        "them in towns south of Valencia city. Newtral and Maldita both traced the "
        "rumour to a single post by an account that later deleted it. Relatives of "
        "missing people said the rumours had added to their distress. The regional "
        "government and emergency services have faced strong criticism over the late "
        "alert sent to mobile phones on the evening of the floods, after water had "
        "already entered many homes. A court in Valencia is investigating the "
        "management of the emergency. Other hoaxes about the floods have claimed that "
        "a dam was deliberately opened and that foreign rescue teams were turned away. "
        "Neither is true, according to the river basin authority and the interior "
        "ministry.",
        "disaster",
    ),
    (
        "AI-generated images of the Hollywood sign in flames spread as real wildfires "
        "burn across Los Angeles",
        "As wildfires tore through Pacific Palisades and Altadena this week, images "
        "showing the Hollywood sign engulfed in flames spread on X, Instagram and "
        "Facebook. The sign is not on fire. Live webcam footage from Mount Lee shows "
        "it intact, and the Los Angeles Fire Department said the Sunset fire, which "
        "broke out in the Hollywood Hills on Wednesday evening, had been brought under "
        "control without reaching the sign. Several of the images show telltale signs "
        "of AI generation, such as misshapen letters and palm trees that merge into "
        "each other. At least 10 people have died in the fires and more than 10,000 "
        "structures have been destroyed, officials said, and about 180,000 people are "
        "under evacuation orders. Fire officials have urged residents to follow "
        "official channels for evacuation information. Rumours that firefighters ran "
        "out of water because reservoirs had been diverted to other uses have also "
        "been widely shared; a county official said hydrants in the hills lost "
        "pressure because of extraordinary demand, not because of a policy decision. "
        "Lead Stories and PolitiFact both rated the images fabricated. Other "
        "AI-generated images showed firefighters carrying animals out of burning "
        "houses and the Oscar statuette surrounded by flames. Misinformation "
        "researchers said such images often spread faster than genuine footage because "
        "they are more dramatic.",
        "disaster",
    ),
    (
        "Morocco earthquake: videos from Türkiye and an old Agadir storm shared as "
        "footage of Friday's quake",
        "The magnitude 6.8 earthquake that struck Morocco's High Atlas late on Friday "
        "has killed more than 2,900 people, according to the interior ministry, and "
        "destroyed or damaged thousands of homes in mountain villages south of "
        "Marrakech. Not all the videos being shared as footage of the disaster are "
        "genuine. A clip of a multi-storey building collapsing in a cloud of dust, "
        "viewed millions of times on X, was filmed in Malatya, Türkiye, after the "
        "earthquake there in February. A video showing a wave flooding a seafront "
        "street is from Agadir and was recorded during a storm in 2014. Footage of "
        "rescuers carrying a child from rubble in the village of Moulay Brahim, which "
        "some accounts have claimed is old, is genuine: the building, the mosque "
        "behind it and the rescuers' clothes match images from Saturday published by "
        "Moroccan news sites. The army has deployed helicopters to reach cut-off "
        "villages and set up field hospitals in Amizmiz and Asni. Morocco has accepted "
        "search and rescue teams from Spain, the United Kingdom, Qatar and the United "
        "Arab Emirates. Fact-checkers also flagged a claim that the quake had been "
        "caused by a secret weapon, illustrated with a video of lights in the sky that "
        "was filmed during a storm in Mexico in 2017. Seismologists said it was the "
        "strongest earthquake to hit the area in more than a century.",
        "disaster",
    ),
    (
        "Damaged roofs in a northern Kosovo village were caused by a storm, not by "
        "explosives thrown by police",
        "Photos of houses with roofs torn away, shattered windows and fallen power "
        "lines in a Serb-majority village near Zubin Potok have been shared by Serbian "
        "tabloids and Telegram channels with the claim that Kosovo police threw "
        "explosives at Serb homes overnight. The damage was caused by a severe storm "
        "that swept across northern Kosovo and southern Serbia on Monday evening, "
        "bringing winds of more than 100 kilometres an hour and large hail. Residents "
        "of the village interviewed by a local Serbian-language radio station "
        "described the storm and said no police had been in the area. Kosovo's "
        "emergency management agency reported damage to about 200 houses in the "
        "municipality, and Serbia's weather service had issued a red warning for the "
        "region the same day. Weather radar data show a line of thunderstorms passing "
        "over the area at about eight in the evening. The EU rule of law mission said "
        "it had no reports of any security incident. Raskrikavanje, a Serbian "
        "fact-checking portal, said several outlets had since removed the false claim. "
        "Power was restored to most of the village by Wednesday. The tabloids that "
        "first published the claim did not include any comment from residents or the "
        "police.",
        "disaster",
    ),
    (
        "Shahid Rajaee port blast: no evidence of an attack, and some viral videos "
        "show other explosions",
        "A huge explosion at Shahid Rajaee, Iran's largest container port near Bandar "
        "Abbas, on Saturday killed at least 57 people and injured more than 1,000, "
        "according to Iranian officials. Claims spread quickly on social media that "
        "the port had been hit by an Israeli missile or drone, but Iranian authorities "
        "have attributed the blast to the improper storage of chemicals and have not "
        "suggested any attack. A maritime security firm said the port had received a "
        "shipment of sodium perchlorate, an ingredient of solid rocket fuel, in March. "
        "Videos from the scene show a plume of orange-brown smoke before the blast, "
        "consistent with a chemical fire rather than an incoming projectile. One "
        "widely shared clip presented as the moment of the explosion actually shows "
        "the 2020 blast at Beirut's port, and another shows a fireworks warehouse "
        "explosion in China. Iran's interior minister said those responsible for "
        "negligence would be prosecuted. Firefighters were still battling fires in "
        "parts of the port on Sunday.",
        "accident",
    ),
    (
        "Balasore train collision: station master did not abscond, and claims of a "
        "communal 'conspiracy' are false",
        "Days after three trains collided near Bahanaga Bazar station in Odisha's "
        "Balasore district, killing more than 280 people, posts on Twitter and "
        "Facebook claimed that the station master on duty was a Muslim who had fled "
        "after the crash. The claim is false. The station master at Bahanaga Bazar is "
        "Hindu, South Eastern Railway officials told Alt News, and he has been "
        "questioned along with other staff by the Commissioner of Railway Safety. The "
        "man named in the posts does not work at the station. Other posts falsely "
        "claimed that a white-domed building near the tracks, seen in aerial footage, "
        "was a mosque; it is an ISKCON temple, as its trustees confirmed. The railways "
        "minister has said the accident was caused by a change to the electronic "
        "interlocking system, and the Central Bureau of Investigation is investigating "
        "whether there was any tampering. Odisha Police warned that it would act "
        "against anyone giving the crash a communal colour.",
        "accident",
    ),
    (
        "Fake 'preliminary report' on the Air India crash blames the pilots; the real "
        "one has not been published",
        "A document presented as the preliminary investigation report into the crash "
        "of Air India flight AI171 in Ahmedabad, which killed 260 people, has spread "
        "on WhatsApp and LinkedIn since Monday. It claims the pilots deliberately shut "
        "down both engines. The document is not genuine. India's Aircraft Accident "
        "Investigation Bureau said it had not released any report and that its "
        "preliminary findings would be published within 30 days of the accident, as "
        "international rules require. The fake report contains spelling errors, uses a "
        "logo the bureau stopped using several years ago and describes the aircraft as "
        "a Boeing 787-9, although it was a 787-8. Videos shared as the aircraft's "
        "final moments include one made with an AI video tool, in which the plane's "
        "livery changes colour midway through the clip. Investigators have recovered "
        "both flight recorders. The bureau has appealed to the public not to circulate "
        "unverified material.",
        "accident",
    ),
    (
        "Maha Kumbh crush: what the official toll says, and why a video of bodies in a "
        "river is old",
        "Uttar Pradesh authorities said 30 people were killed and 60 injured in a "
        "crush at the Sangam area of the Maha Kumbh in Prayagraj early on Wednesday, "
        "as millions of pilgrims gathered for a holy dip on Mauni Amavasya. The "
        "official figure was released about 17 hours after the crush, and several news "
        "organisations have since reported accounts from families and hospitals that "
        "suggest the toll may be higher. A video of bodies floating in a river, shared "
        "with the claim that the government is hiding hundreds of deaths at the Kumbh, "
        "is from May 2021, when the bodies of suspected Covid victims were found in "
        "the Ganges in Bihar and Uttar Pradesh. Another video purported to show the "
        "crush is from a stampede at a religious gathering in Hathras last year. "
        "Witnesses said barricades were opened and the crowd surged forward, trampling "
        "people who were waiting on the ground. A judicial commission has been "
        "appointed to investigate. Boom, an Indian fact-checking organisation, found "
        "that several of the posts came from accounts that routinely share political "
        "content.",
        "accident",
    ),
    (
        "Tashkent blast: fire at customs warehouse, not an attack on the airport, officials say",
        "A fire at a customs warehouse near Tashkent's international airport set off a "
        "series of explosions late on Friday that shattered windows across several "
        "districts of the Uzbek capital. Within minutes, videos of a giant fireball "
        "were being shared on Telegram with claims that the airport had been hit by a "
        "missile or that a terrorist attack was under way. Uzbek officials said the "
        "fire was caused by a lightning strike on a warehouse storing lithium "
        "batteries and other goods, and prosecutors have opened a criminal case over "
        "breaches of fire safety rules. Footage from dashboard cameras and residents' "
        "balconies shows a fire burning for some time before the largest explosions, "
        "which is not consistent with a missile strike. Flights were diverted for "
        "several hours, and dozens of people were treated for cuts from broken glass, "
        "the health ministry said. Some of the most widely shared videos were from the "
        "2015 chemical warehouse explosions in Tianjin, China. The airport reopened on "
        "Saturday morning.",
        "accident",
    ),
    (
        "Bondi Junction stabbing: student falsely named as attacker, as police rule out terrorism",
        "In the hours after a man stabbed six people to death at the Westfield "
        "shopping centre in Bondi Junction on Saturday, a university student was "
        "falsely named as the attacker in posts seen by hundreds of thousands of "
        "people on X. Some of the posts said he was Jewish and linked the attack to "
        "the war in Gaza; others claimed, also without evidence, that the attacker was "
        "Muslim and had shouted religious slogans. Neither claim is true. New South "
        "Wales Police identified the attacker as a 40-year-old man from Queensland "
        "with a long history of mental illness, who was shot dead by a police "
        "inspector who confronted him alone. Police said they did not believe the "
        "attack was terrorism-related, and that the attacker appeared to have targeted "
        "women. A television network apologised for broadcasting the student's name, "
        "which it said had been drawn from social media. The student's family said he "
        "had been subjected to a flood of threats. X said it had labelled several of "
        "the posts with Community Notes, though others were still online on Monday.",
        "crime",
    ),
    (
        "'White van kidnappers' messages are a hoax, Ghana Police say, after warnings "
        "spread through schools",
        "Voice notes and text messages warning parents that a gang in a white van was "
        "kidnapping children from schools in Kumasi and removing their organs have "
        "circulated on WhatsApp since last week. The Ghana Police Service says it has "
        "received no report of any such abduction and has described the messages as a "
        "hoax. Some of the voice notes name specific schools, two of which have "
        "written to parents to say that no pupil is missing. A photograph shared with "
        "the warning, showing several children in the back of a van, was taken in "
        "India in 2016 and was used in a similar hoax there. Variants of the same "
        "message, with only the names of the cities changed, have appeared in Nigeria, "
        "Kenya and South Africa in recent years. In some countries such rumours have "
        "led to attacks on strangers, and police urged people not to take the law into "
        "their own hands. GhanaFact rated the messages false. Police spokespeople said "
        "the messages had led some parents to keep their children at home and others "
        "to crowd school gates at the end of the day. One school in the Asokwa area "
        "said attendance fell by almost half on Thursday. The police cybercrime unit "
        "said it was trying to trace the first sender of the voice notes. Researchers "
        "who study misinformation in West Africa say voice notes are particularly hard "
        "to check because they carry no visual clues and are forwarded without any "
        "sign of where they began. In 2022 a similar message in Ghana claimed that "
        "kidnappers were posing as census officials. The Ghana Education Service has "
        "asked head teachers to share only verified information with parents.",
        "crime",
    ),
    (
        "Wave of emailed bomb threats that emptied schools across Croatia was a hoax, police say",
        "Police in Croatia said on Tuesday that more than 80 emailed bomb threats sent "
        "to primary and secondary schools in Zagreb, Split, Osijek and Rijeka over two "
        "days were a hoax, after searches found no explosives at any of the buildings. "
        "Thousands of pupils were evacuated and lessons cancelled while sniffer dogs "
        "and bomb disposal officers checked classrooms. The emails, written in poor "
        "Croatian and sent from addresses hosted abroad, claimed that devices had been "
        "hidden in school toilets and would explode at noon. Similar messages were "
        "sent to schools in Slovenia and Bosnia and Herzegovina earlier this year, and "
        "investigators are examining whether they came from the same source. Posts on "
        "Facebook claiming that a bomb had been found in a school in Split and that a "
        "pupil had been injured are false, police said. The interior minister said "
        "sending such threats was a criminal offence punishable by up to five years in "
        "prison. Faktograf, a Croatian fact-checking site, said several of the false "
        "posts had been shared by accounts that had earlier spread anti-vaccine "
        "content.",
        "crime",
    ),
    (
        "Suspects in killing of teenager at Peine bus station are German, police say, "
        "contrary to viral posts",
        "After a 16-year-old was stabbed to death at a bus station in the Lower Saxony "
        "town of Peine on Saturday night, posts on Telegram and X claimed the suspects "
        "were Syrian migrants and that police were covering up their identity. Police "
        "in Peine said on Monday that two suspects, aged 17 and 19, had been arrested "
        "and that both are German citizens. Prosecutors said the killing followed an "
        "argument over a mobile phone and that there was no indication of a political "
        "motive. A photo shared as a picture of the perpetrators shows three men "
        "arrested in an unrelated case in Vienna in 2022. The posts were amplified by "
        "several politicians from the far-right Alternative for Germany party, one of "
        "whom later deleted his post. A vigil for the victim was held at the bus "
        "station on Sunday evening and passed peacefully. Correctiv, the German "
        "investigative newsroom, traced the false claim to a Telegram channel with "
        "about 40,000 subscribers.",
        "crime",
    ),
    (
        "Hong Kong finance worker paid out $25 million after deepfake video call with "
        "'colleagues', police say",
        "A finance worker at a multinational company's Hong Kong office transferred "
        "HK$200 million, about US$25.6 million, to fraudsters after a video conference "
        "in which every other participant was a deepfake, police said on Sunday. The "
        "employee had at first been suspicious of an email said to come from the "
        "company's UK-based chief financial officer, which mentioned a secret "
        "transaction. But on the call the worker saw and heard several people who "
        "looked and sounded like colleagues, according to a senior superintendent. The "
        "fraudsters had used publicly available video and audio of the executives to "
        "create the fakes. The worker made 15 transfers to five bank accounts before "
        "discovering the fraud when checking with the company's head office a week "
        "later. No arrests have been made. Police said they had arrested six people in "
        "a separate case in which stolen identity cards were used to create deepfakes "
        "that fooled facial recognition software at banks.",
        "crime",
    ),
    (
        "Prague university shooting: man falsely named as gunman, and no link to "
        "terrorism, police say",
        "Within hours of the shooting at the Faculty of Arts of Charles University in "
        "Prague on Thursday, in which a student killed 14 people before taking his own "
        "life, posts on X named another man as the gunman and claimed he had been "
        "radicalised online. The man named in the posts, a Russian-born journalist "
        "living abroad, had no connection to the attack, and Czech police said the "
        "gunman was a 24-year-old student of the faculty who had also killed his "
        "father earlier that day. The police president said there was no link to "
        "international terrorism or to any extremist ideology. Some accounts shared a "
        "video from a 2022 shooting at a Copenhagen shopping centre as footage of "
        "students fleeing the building. Genuine footage, which we verified by matching "
        "the building's facade on Jan Palach Square, shows students hiding on a ledge "
        "outside the faculty. The Czech government declared a national day of "
        "mourning. Police have asked the public not to share unverified information "
        "while the investigation continues.",
        "crime",
    ),
]
