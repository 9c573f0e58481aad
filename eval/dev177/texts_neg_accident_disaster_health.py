"""dev177 hard negatives (1 of 5): crowd crushes, stampedes and accidents at pilgrimages and
festivals, disasters that hit pilgrims and places of worship, and epidemics (eval/README.md,
section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Stampede at Maha Kumbh on Mauni Amavasya kills 30; bathing resumes after delay",
        "At least 30 devotees were killed and 60 injured in a stampede at the "
        "Maha Kumbh in Prayagraj in the early hours of Wednesday as crowds "
        "surged towards the Sangam for a holy dip on Mauni Amavasya, the most "
        "auspicious bathing day of the festival, the Uttar Pradesh police "
        "said. A senior police officer said the crush took place between 1 and "
        "2 a.m., when a large crowd broke through barricades on the Akhara "
        "Marg and trampled devotees who were sleeping or waiting on the ground "
        "for the bathing to begin. Twenty-five of the dead had been "
        "identified, he said. The akharas, the orders of Hindu ascetics, "
        "postponed their ceremonial procession, the Amrit Snan, by several "
        "hours and later took the dip in smaller groups. Chief Minister Yogi "
        "Adityanath appealed to pilgrims to bathe at the nearest ghat rather "
        "than head for the Sangam. Officials had estimated that up to 10 crore "
        "people would visit the Mela grounds on Wednesday alone. Opposition "
        "leaders accused the government of focusing on VIP arrangements rather "
        "than crowd management, and a judicial commission has been set up to "
        "inquire into the incident. Prime Minister Narendra Modi spoke to the "
        "Chief Minister several times during the day, officials said. At the "
        "Swaroop Rani Nehru hospital, families searched lists pinned to the "
        'walls for the names of missing relatives. "My mother let go of my '
        'hand and I could not find her again," a man from Karnataka said, '
        "holding her photograph. Devotees continued to arrive by the trainload "
        "through the afternoon, and the police said more than five crore "
        "people had bathed by evening. The Mela administration later announced "
        "that the grounds would be declared a no-vehicle zone and that passes "
        "for VIP movement were cancelled.",
        "accident",
    ),
    (
        "45 killed in crush at Lag B'Omer celebration on Mount Meron, Israel's "
        "worst civilian disaster",
        "At least 45 people were killed and around 150 injured early Friday in "
        "a crush at a Lag B'Omer celebration on Mount Meron in northern "
        "Israel, as tens of thousands of mostly ultra-Orthodox pilgrims packed "
        "the site of the tomb of the second-century sage Rabbi Shimon bar "
        "Yochai. The disaster began shortly after 1 a.m., when worshippers "
        "leaving a bonfire lighting ceremony of the Toldot Aharon Hasidic sect "
        "streamed down a narrow, sloping metal walkway that had become "
        "slippery. Some people fell near the bottom of the passage, and those "
        "behind them were trampled or crushed against a wall, witnesses said. "
        'Magen David Adom paramedics described "a very difficult scene" and '
        "said many of the victims were children. Police had allowed some "
        "100,000 people to attend despite coronavirus restrictions on "
        "gatherings, and officials had warned for years that the site's "
        "infrastructure could not cope with the crowds. Prime Minister "
        "Benjamin Netanyahu called it one of the worst disasters in Israel's "
        "history and declared Sunday a day of national mourning. Bodies were "
        "taken to the Abu Kabir forensic institute, and ultra-Orthodox leaders "
        "pleaded for identification to be completed quickly so funerals could "
        "take place before Shabbat. Calls for a state commission of inquiry "
        "grew throughout the day. Hospitals in Safed and Nahariya declared "
        "mass-casualty events, and helicopters ferried the most seriously "
        "injured to Rambam hospital in Haifa. Volunteers of the ZAKA rescue "
        "organisation worked through the morning to collect belongings left on "
        "the walkway, among them hats, shoes and prayer books. Thousands of "
        "people remained stranded on the mountain for hours as buses were held "
        "back to clear the roads for ambulances. Blood donation centres across "
        "the country reported long queues. Rabbis called on the public to "
        "recite psalms for the injured.",
        "accident",
    ),
    (
        "Crush at Ramadan charity handout in Yemen's Sanaa kills at least 78",
        "At least 78 people have been killed and dozens injured in a crush at "
        "a charity distribution in Yemen's capital, Sanaa, Houthi officials "
        "say, as hundreds of people gathered at a school to receive donations "
        "of about $9 each ahead of the Eid al-Fitr holiday. The crush occurred "
        "late on Wednesday in the Old City, where merchants had been handing "
        "out money without coordinating with local authorities, according to "
        "the Houthi-run interior ministry. Witnesses said armed Houthi guards "
        "fired into the air in an attempt to control the crowd, striking an "
        "electrical wire that exploded and caused panic. People then rushed "
        "towards a narrow gate, and some fell and were trampled. Videos shared "
        "online showed bodies piled up in the school courtyard as rescuers "
        "tried to pull people out. The Houthis said two merchants responsible "
        "for the event had been detained and that an investigation was under "
        "way. Yemen has been at war since 2014, when the Houthis seized Sanaa, "
        "and more than two-thirds of its population depend on aid. Relatives "
        "of the victims said many had travelled from villages outside the "
        "capital because of the desperate economic situation.",
        "accident",
    ),
    (
        "Hundreds of pilgrims killed in crush at Mina as Hajj ends in tragedy",
        "At least 717 pilgrims were killed and 863 injured on Thursday in a "
        "crush near Mecca as two large groups converged on a narrow street in "
        "Mina on their way to perform the stoning of the devil ritual, Saudi "
        "Arabia's civil defence said, in the deadliest disaster at the Hajj in "
        "a quarter of a century. The crush happened at the intersection of "
        "streets 204 and 223 in the tent city at about 9 a.m., as temperatures "
        "approached 46 degrees Celsius, officials said. Images posted online "
        "showed bodies of pilgrims in white robes piled on top of each other, "
        "as rescue workers in orange vests lifted them on to stretchers. The "
        "Saudi health minister blamed pilgrims who had not followed the "
        "instructions of the authorities and the timetables set for each "
        "group. Iran, which said at least 131 of its citizens were among the "
        "dead, accused Riyadh of mismanagement and said it would take legal "
        "action; the two regional rivals are on opposite sides of the wars in "
        "Syria and Yemen. King Salman ordered a review of the Hajj plans. The "
        "disaster came less than two weeks after a construction crane "
        "collapsed on to the Grand Mosque in Mecca, killing 107 people. More "
        "than two million Muslims from around the world took part in this "
        "year's pilgrimage. In Jakarta, Lagos and Karachi, families waited for "
        "news of relatives, as many pilgrims had no working mobile phones. The "
        "Nigerian government said it had sent a team to Jeddah to help "
        "identify bodies. Survivors described being unable to move for nearly "
        "an hour before the crowd eased.",
        "accident",
    ),
    (
        "28 Pakistani pilgrims killed as bus bound for Karbala overturns in central Iran",
        "ISLAMABAD: At least 28 Pakistani pilgrims travelling to Iraq for the "
        "Arbaeen commemoration were killed and 23 others injured when their "
        "bus overturned on a highway in Iran's Yazd province on Tuesday night, "
        "Iranian officials and the Foreign Office said. The bus, carrying 51 "
        "passengers mostly from Larkana in Sindh, caught fire after it "
        "overturned near the town of Dehshir because of a brake failure, an "
        "official of the Yazd crisis management department told Iranian state "
        "television. Pakistan's embassy in Tehran said the injured had been "
        "moved to hospitals in Yazd and that arrangements were being made to "
        "repatriate the bodies. Prime Minister Shehbaz Sharif expressed grief "
        "and directed the embassy to provide every possible assistance to the "
        "survivors. Every year tens of thousands of Pakistani Shias travel by "
        "road through Balochistan and Iran to Karbala and Najaf, and many rely "
        "on old buses run by private tour operators. The government had "
        "earlier this year banned travel to Iraq by road for Arbaeen citing "
        "security concerns in Balochistan, but reversed the decision after "
        "protests by Shia organisations. The Majlis Wahdat-e-Muslimeen "
        "demanded an inquiry into the condition of the vehicles used by "
        "zaireen.",
        "accident",
    ),
    (
        "Fireworks blast at Paravur temple kills over 100; probe ordered into "
        "display held without permission",
        "More than 100 people were killed and over 350 injured when a massive "
        "explosion ripped through a fireworks storage building at the "
        "Puttingal Devi temple in Paravur, near Kollam, during a competitive "
        "fireworks display in the early hours of Sunday. Sparks from a "
        "firework are believed to have fallen on the concrete building where "
        "crackers were stored, triggering a blast that brought down the "
        "temple's administrative office and hurled chunks of concrete hundreds "
        "of metres, the police said. Many of the victims were devotees who had "
        "stayed on to watch the display, the highlight of the annual Meena "
        "Bharani festival. The district collector said permission for the "
        "competitive display had been refused, but the temple committee went "
        "ahead under pressure from devotees. Prime Minister Narendra Modi flew "
        "to Kollam with a team of burn specialists from Delhi. The Crime "
        "Branch has registered a case against members of the temple management "
        "committee and the contractors, several of whom were themselves "
        "injured. The tragedy has revived a long-running debate in Kerala "
        "about the use of explosives at temple festivals. The Kerala High "
        "Court on Tuesday asked the government why it should not ban the use "
        "of high-decibel fireworks in places of worship at night.",
        "accident",
    ),
    (
        "Hundreds of Hajj pilgrims die as temperatures top 51C in Mecca",
        "More than 550 pilgrims died during the Hajj as temperatures in Mecca "
        "soared above 51 degrees Celsius, two Arab diplomats coordinating "
        "their countries' responses said on Tuesday, with most of the dead "
        "thought to have succumbed to heat-related illnesses. At least 323 of "
        "those who died were Egyptians, according to one diplomat, who said "
        "the figure came from the morgue at the Al-Muaisem hospital in Mecca. "
        "Many of them were unregistered pilgrims who had travelled on tourist "
        "visas and lacked access to the air-conditioned tents, buses and "
        "medical services provided to those with official permits. Relatives "
        "searched hospitals and posted photos of the missing on social media. "
        "Saudi authorities said they had treated more than 2,700 people for "
        "heat exhaustion on Sunday alone, as pilgrims performed the stoning "
        "ritual at Mina. A Saudi study published last month warned that "
        "temperatures at the ritual sites were rising by 0.4C each decade. "
        "Jordan said 41 of its citizens had died and that it had opened an "
        "investigation into travel agents who took pilgrims to Mecca "
        "illegally. The Hajj, one of the five pillars of Islam, drew 1.8 "
        "million pilgrims this year.",
        "disaster",
    ),
    (
        "Nepal quake topples centuries-old temples in Kathmandu's Durbar Square",
        "KATHMANDU, Nepal (AP) — Centuries-old Hindu temples and pagodas in "
        "Kathmandu's historic squares lay in ruins on Sunday, a day after a "
        "magnitude 7.8 earthquake killed more than 2,500 people across Nepal. "
        "In Basantapur Durbar Square, a World Heritage site, soldiers and "
        "volunteers dug through piles of bricks and carved wooden beams where "
        "the three-tiered Kasthamandap temple, said to have given the city its "
        'name, had stood. "This is our history, and it is gone," said a priest '
        "who had served at the nearby Taleju temple for 30 years. The "
        "nine-storey Dharahara tower, a landmark built in 1832, collapsed with "
        "dozens of visitors inside. The army has deployed tens of thousands of "
        "soldiers for search and rescue operations, and India and China have "
        "sent teams and relief supplies. Aftershocks continued to rattle the "
        "capital through the night, and many residents slept in the open in "
        "parks and on roadsides. Unesco said it would send experts to assess "
        "the damage to heritage sites in the valley. Officials warned that the "
        "toll would rise as rescuers reached remote mountain villages.",
        "disaster",
    ),
    (
        "Typhoon Odette damages scores of churches as Filipino Catholics prepare for Christmas",
        "Catholic dioceses in the central and southern Philippines are "
        "counting the damage after Typhoon Rai, known locally as Odette, tore "
        "through the region last week, killing at least 375 people and forcing "
        "hundreds of thousands from their homes. The Diocese of Tagbilaran in "
        "Bohol said 27 parish churches had lost their roofs or bell towers, "
        "some of them only recently restored after the 2013 earthquake. In "
        "Surigao, priests celebrated the dawn Masses of the Simbang Gabi "
        "novena in the open air, in front of churches without roofs. Caritas "
        "Philippines launched an emergency appeal and said its parish "
        "volunteers were distributing rice, water and tarpaulins to families "
        "in evacuation centres. The Catholic Bishops' Conference of the "
        "Philippines asked parishes across the country to dedicate Christmas "
        'collections to the victims. "Our people have lost everything, but '
        'they still come to Mass," a parish priest in Siargao told CNA. The '
        "military has sent ships and aircraft to deliver relief to islands cut "
        "off by the storm. The national disaster agency said more than 300,000 "
        "people remained in evacuation centres.",
        "disaster",
    ),
    (
        "Cloudburst near Amarnath cave kills 16 pilgrims; Army, NDRF lead rescue",
        "At least 16 pilgrims were killed and around 40 are missing after a "
        "cloudburst near the Amarnath cave shrine in Jammu and Kashmir on "
        "Friday evening triggered a flash flood that swept through tents and "
        "community kitchens set up for the annual yatra. A wall of water and "
        "mud came down a stream at about 5.30 p.m., officials said, washing "
        "away around 25 tents pitched close to the cave. The Army, the "
        "Indo-Tibetan Border Police, the National Disaster Response Force and "
        "the State Disaster Response Force carried out rescue operations "
        "through the night, and injured pilgrims were airlifted by helicopter "
        "to Baltal and Srinagar. The yatra was suspended on both the Baltal "
        "and Pahalgam routes, and thousands of pilgrims were halted at base "
        "camps. The pilgrimage takes place every year under tight security, "
        "with tens of thousands of paramilitary personnel deployed along the "
        "routes. The India Meteorological Department said the rain in the area "
        "had been highly localised and did not technically qualify as a "
        "cloudburst. The Lieutenant Governor spoke to the families of those "
        "killed, and helplines were set up in Srinagar and Jammu.",
        "disaster",
    ),
    (
        "South Korea coronavirus cases surge as church sect members flood clinics",
        "SEOUL, Feb 21 (Reuters) - South Korea reported a sharp rise in "
        "coronavirus infections on Friday, with more than half of the new "
        "cases linked to a secretive church in the southeastern city of Daegu "
        "whose members attended services with a woman who later tested "
        "positive. The Korea Centers for Disease Control and Prevention said "
        "144 of the country's 204 cases were connected to the Daegu branch of "
        "the Shincheonji Church of Jesus, where the 61-year-old woman, known "
        "as Patient 31, attended at least four services before she was "
        "diagnosed. Health authorities are trying to contact about 9,300 "
        "members of the church, whose founder is regarded by followers as a "
        "messianic figure. The mayor of Daegu urged the city's 2.5 million "
        "residents to stay indoors and wear masks. Streets in the city's "
        "centre were largely deserted, and the US military restricted travel "
        "to and from its bases in the area. The church said it had closed all "
        "its branches across the country and was cooperating with authorities. "
        "Critics said members were secretive about their affiliation because "
        "the group was widely viewed as a cult, making contact tracing harder.",
        "health",
    ),
    (
        "Ulema back polio drive as campaign begins in Peshawar amid refusals",
        "PESHAWAR: A five-day anti-polio campaign began in 27 districts of "
        "Khyber Pakhtunkhwa on Monday, with prominent religious scholars "
        "urging parents to vaccinate their children and rejecting claims that "
        "the drops are un-Islamic. At a press conference at the Peshawar Press "
        "Club, a group of ulema led by the khateeb of Mahabat Khan Mosque said "
        "the vaccine had been declared permissible by Al-Azhar University and "
        "the Council of Islamic Ideology. Health officials said more than 6.5 "
        "million children under the age of five would be vaccinated during the "
        "drive. Refusals remain high in parts of Peshawar, Bannu and Lakki "
        "Marwat, where rumours spread on social media have fuelled resistance, "
        "an official of the Emergency Operations Centre said. Imams in several "
        "districts will make announcements from mosque loudspeakers in support "
        "of the campaign. Pakistan and Afghanistan are the only two countries "
        "where wild poliovirus is still endemic, and 74 cases were reported in "
        "Pakistan last year. Polio teams in the province have in past years "
        "been targeted by militants, and police will accompany vaccinators in "
        "sensitive areas.",
        "health",
    ),
]
