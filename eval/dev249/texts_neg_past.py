"""dev249 negatives: trauma of wars long over, of disasters and of accidents (past wars'
veterans and survivors, floods, quakes, fires, crashes, crushes). (title, text, kind code)."""

NEGATIVES = [
    (
        "Falklands veterans: ‘We came home and nobody asked’",
        "Forty years after the Argentine surrender at Port Stanley, a charity that supports "
        "veterans of the Falklands conflict says it is still seeing men come forward for the first "
        "time with post-traumatic stress disorder. Combat Stress said referrals from Falklands "
        "veterans had risen since the anniversary coverage began, many of them men now in their "
        "sixties who had never spoken about the war. “We came home, we had a parade, and nobody "
        "asked,” said Tony, a former Royal Marine who served at Mount Harriet and was diagnosed in "
        "2019. The campaign killed 255 British service personnel and 649 Argentine troops, and "
        "veterans’ groups say more men have since died by suicide than were killed in action, a "
        "claim historians dispute. Therapists say delayed presentation is common among "
        "servicemen of that generation. The charity is offering group sessions in Plymouth and "
        "Aldershot, and has opened a line for families.",
        "history",
    ),
    (
        "The Vietnam veterans still fighting their war at 75",
        "At a veterans’ centre in Tucson, a group of men in their seventies meets every Thursday "
        "morning to talk about a war that ended half a century ago. Most served in Vietnam between "
        "1967 and 1971, and several say their nightmares have grown worse with retirement, illness "
        "and the loss of wives who kept them steady. “When you stop working, the jungle comes "
        "back,” said Ray, 76, a former Army medic. Researchers at the Department of Veterans "
        "Affairs say late-onset stress symptoms are well documented among ageing veterans, and "
        "that the fall of Kabul in 2021 triggered a wave of calls from Vietnam-era men who recalled "
        "the evacuation of Saigon. The VA has expanded its group therapy and peer-support "
        "programmes, though veterans in rural Arizona say waits can run to months. The Thursday "
        "group began with four members in 2016 and now has more than thirty.",
        "history",
    ),
    (
        "Thirty years on, Srebrenica’s mothers say grief has not grown lighter",
        "As Bosnia prepares to mark thirty years since the Srebrenica genocide, psychologists in "
        "Tuzla say the women who lost husbands and sons in July 1995 still show some of the "
        "highest rates of chronic trauma recorded anywhere in Europe. Bosnian Serb forces killed "
        "about 8,000 Muslim men and boys after taking the enclave, and remains are still being "
        "identified from mass graves. “Every time a bone is found, the wound opens again,” said "
        "Hajra, 71, who buried her younger son in 2010 from two fragments. The association Vive "
        "Žene has run counselling for survivors since 1994 and now also works with their "
        "grandchildren, who researchers say carry the trauma in other ways. Denial of the genocide "
        "by Serb politicians adds to the strain, therapists say. Seven newly identified victims "
        "will be buried at the Potočari memorial on 11 July.",
        "history",
    ),
    (
        "Rwanda’s genocide survivors turn to group therapy as commemoration week begins",
        "Each April, as Rwanda marks Kwibuka, the commemoration of the 1994 genocide against the "
        "Tutsi, hospitals in Kigali prepare for a rise in what clinicians call trauma crises: "
        "people who collapse, scream or faint at memorial events. The health ministry deploys "
        "hundreds of counsellors to ceremonies, and Ibuka, the survivors’ organisation, runs "
        "listening groups in every district. “The mind keeps a calendar,” said a psychologist at "
        "the Ndera neuropsychiatric hospital. A national survey in 2018 found that about a quarter "
        "of survivors had symptoms of post-traumatic stress disorder, against about 3% of the "
        "general population. Younger Rwandans, born after the killing of more than 800,000 people, "
        "are increasingly joining sessions to talk about parents who never explained their "
        "silence. The commemoration opens with the lighting of a flame at the Gisozi memorial.",
        "history",
    ),
    (
        "Northern Ireland has the highest rate of PTSD in the world. Why is help so slow?",
        "More than a quarter of a century after the Good Friday Agreement, Northern Ireland has "
        "one of the highest rates of post-traumatic stress disorder measured in any country, a "
        "legacy of the Troubles that health officials say the region’s services were never built to "
        "meet. The Victims and Survivors Service funds counselling through dozens of community "
        "groups, but waiting lists have grown. Researchers at Ulster University estimate that "
        "about 213,000 adults are affected by conflict-related mental health problems, including "
        "the children of those bereaved in the 1970s and 1980s. “You have people still living on "
        "the same street as the man who shot their father,” said a counsellor at the WAVE Trauma "
        "Centre in Belfast. A regional trauma network set up in 2021 has yet to reach full "
        "staffing. The department of health says new funding will be announced this year.",
        "history",
    ),
    (
        "Iraq war veterans say the 20th anniversary reopened old wounds",
        "British and American veterans of the 2003 invasion of Iraq say the twentieth anniversary "
        "of the war has brought a spike in the symptoms many thought they had under control. The "
        "Veterans’ Mental Health and Wellbeing Service in England reported a rise in referrals in "
        "March, and a US veterans’ crisis line said calls mentioning Iraq had increased. “All the "
        "documentaries on at once, the pictures of Basra, it puts you straight back there,” said "
        "a former lance corporal from Glasgow who served two tours. Researchers at King’s College "
        "London found in 2022 that rates of probable PTSD among veterans deployed in combat roles "
        "were about twice those of other serving personnel. Charities urged broadcasters to carry "
        "helpline numbers with anniversary programmes. The last British combat troops left Iraq in "
        "2009.",
        "history",
    ),
    (
        "In Jaffna, a generation after the war, a counsellor’s waiting room is full",
        "Fifteen years after Sri Lanka’s civil war ended on the beaches of Mullivaikkal, the "
        "waiting room at a counselling centre in Jaffna is still full every morning. Many clients "
        "are women whose husbands disappeared in the final months of fighting in 2009 and who have "
        "never learned what happened to them. “Without a body, without a grave, the grief has "
        "nowhere to go,” said Sivaranjini, a counsellor who has worked in the north since 2011. "
        "A study by the Shanthiham association found high rates of depression among "
        "war-affected families, along with alcohol misuse among men. Government psychiatrists in "
        "the Northern Province say they are too few to cover five districts. Families of the "
        "disappeared hold a weekly protest outside the Kilinochchi temple, which has now lasted "
        "more than 2,500 days.",
        "history",
    ),
    (
        "Turkey quake survivors battle nightmares a year after the disaster",
        "A year after the earthquakes that killed more than 50,000 people in southern Turkey, "
        "psychologists in Antakya say many survivors are still battling sleep disorders, panic "
        "attacks and survivor’s guilt. Tens of thousands of people still live in container cities "
        "on the edges of the ruined city. “Every truck that passes makes the ground shake, and "
        "every time they think it is happening again,” said a psychologist with the Turkish "
        "Psychological Association’s field team. The health ministry says it has provided "
        "psychosocial support to hundreds of thousands of people, but clinicians say the need "
        "is much greater, especially among children who lost parents. A survey by Hacettepe "
        "University found that more than half of adults in Hatay met criteria for probable "
        "post-traumatic stress disorder. Many families have left the province for good.",
        "disaster",
    ),
    (
        "Pakistan’s flood survivors face a second crisis: depression and debt",
        "Months after the floods that submerged a third of Pakistan, doctors in Sindh say they are "
        "facing a second crisis as survivors struggle with depression, anxiety and crushing debt. "
        "More than 1,700 people were killed and about 8 million displaced by the monsoon floods, "
        "and many families are still living in tents beside the roads in Dadu and Khairpur. "
        "“They lost the crop, the house and the buffalo, and they borrowed to eat,” said a "
        "psychiatrist who runs mobile clinics with a local NGO. The World Health Organization has "
        "trained lady health workers to screen for mental distress, but there are few specialists "
        "to refer people to. Men are reluctant to seek help, the doctor said. The provincial "
        "government has promised reconstruction grants, though villagers say payments have been "
        "slow. Aid agencies warn that another poor harvest would push many families further into "
        "debt.",
        "disaster",
    ),
    (
        "Lahaina’s counsellors say the wildfire grief is just beginning",
        "Counsellors on Maui say the grief of Lahaina is only beginning to surface, six months after "
        "the wildfire that killed more than 100 people and destroyed the historic town. Thousands "
        "of residents are still living in hotel rooms and short-term rentals, moved from one to the "
        "next. “People were in survival mode. Now that the adrenaline has gone, the depression "
        "is arriving,” said a therapist at Maui Strong’s free counselling centre. Native Hawaiian "
        "practitioners have held healing circles that mix talk therapy with traditional practices. "
        "Hawaii’s health department said calls to its crisis line from Maui remained well above "
        "pre-fire levels. Survivors say the slow pace of clean-up and a fight over rebuilding have "
        "added to the strain. The county has announced funding for more school counsellors.",
        "disaster",
    ),
    (
        "Valencia flood victims report anxiety every time it rains",
        "Residents of the towns south of Valencia swamped by the floods of October 2024 say they now "
        "panic at the sound of heavy rain, psychologists working in the area report. The DANA storm "
        "killed more than 220 people, most of them in Paiporta, Catarroja and neighbouring towns, "
        "and destroyed thousands of cars and ground-floor homes. The Valencian College of "
        "Psychology says its volunteers have attended more than 4,000 people. “A child who "
        "saw water come up to the ceiling does not forget it with the first sunny week,” said one "
        "volunteer. Anger at the regional government’s late alert has kept the disaster in the news "
        "and, some clinicians say, kept wounds open. The regional health service has opened extra "
        "mental health units in the affected area. Forecasters issued an orange alert for rain on "
        "Tuesday.",
        "disaster",
    ),
    (
        "After the bushfires, rural Australia’s mental health ‘frontline’ is its GPs",
        "Two years after the Black Summer bushfires, general practitioners in East Gippsland and the "
        "NSW south coast say they have become the frontline of the mental health response, as "
        "psychologists remain scarce outside the cities. The fires burned more than 24 million "
        "hectares and destroyed about 3,000 homes, and a survey by the Australian National "
        "University found high rates of distress among people directly affected. “I see farmers "
        "who lost stock, who are now fighting floods, and who will not say the word depression,” "
        "said a GP in Mallacoota. The federal government funded ten extra subsidised psychology "
        "sessions for bushfire survivors, but many towns have no psychologist to deliver them. "
        "Telehealth has helped, doctors say, though the internet still drops out in parts of the "
        "region. The Royal Australian College of GPs wants the extra sessions made permanent for "
        "disaster-hit areas.",
        "disaster",
    ),
    (
        "Kerala’s landslide survivors in Wayanad offered long-term counselling",
        "The Kerala government has set up a long-term counselling programme for survivors of the "
        "landslides that wiped out Mundakkai and Chooralmala villages in Wayanad, killing more than "
        "200 people. Survivors who lost their entire families are among the first to be enrolled, "
        "health minister Veena George said. Teams of psychologists and social workers have visited "
        "relief camps and rented homes where displaced families now live. “Some people come every "
        "day to look at the place where the house was,” said a counsellor with the district mental "
        "health programme. The state plans to build a township for survivors at two sites near "
        "Kalpetta. Many survivors have asked to be housed together, so that neighbours can stay "
        "near each other. Experts said children who lost schoolmates needed particular attention when "
        "classes resumed. Rescue teams have ended the search for the missing.",
        "disaster",
    ),
    (
        "Grenfell survivors say trauma was deepened by the long wait for justice",
        "Survivors and bereaved families of the Grenfell Tower fire told the public inquiry that "
        "their trauma had been made worse by years of waiting for answers. The fire in June 2017 "
        "killed 72 people in a west London tower block clad in combustible panels. An NHS "
        "screening programme set up after the fire identified more than 1,000 adults and children "
        "with symptoms of post-traumatic stress. “I relive it every time I see a tall building,” "
        "said one former resident of the 19th floor. The Grenfell Health and Wellbeing Service "
        "has had its funding extended, but community groups say it should be guaranteed for a "
        "generation. The final report of the inquiry blamed decades of failure by government and "
        "industry. The Metropolitan Police says charging decisions are not expected before 2026.",
        "accident",
    ),
    (
        "Itaewon crush survivors seek therapy as grief turns to anger",
        "Survivors of the Halloween crowd crush in Seoul’s Itaewon district are turning to therapy "
        "in growing numbers, the city’s trauma centre said, as grief over the deaths of 159 people "
        "turns to anger at the authorities. Many of the dead were in their twenties and were "
        "crushed in a narrow alley near the Hamilton Hotel. “Young people tell me they feel "
        "guilty for going out, guilty for surviving, guilty for posting photos,” said a "
        "psychiatrist at the National Center for Disaster Trauma. A survivor who was a high-school "
        "student killed himself weeks after the disaster, prompting the government to extend "
        "free counselling to witnesses and first responders. Families have demanded an "
        "independent investigation. The interior ministry says new crowd-safety rules will take "
        "effect before the next festival season.",
        "accident",
    ),
    (
        "Odisha train crash rescuers struggle with what they saw",
        "Volunteers who helped pull passengers from the wreckage of the train collision near "
        "Balasore in Odisha are reporting insomnia and flashbacks, doctors at the district hospital "
        "said. The crash involving the Coromandel Express and a goods train killed nearly 300 "
        "people, and local residents were among the first to reach the mangled coaches. "
        "“I carried bodies all night. When I close my eyes I see them,” said a 24-year-old "
        "mechanic from Bahanaga village. A school used as a temporary morgue was demolished after "
        "parents refused to send children back. The state health department has sent mental "
        "health teams to the villages along the line. Railway officials say a signalling fault "
        "caused the collision, and the Central Bureau of Investigation has arrested three railway "
        "employees. The railway ministry has promised compensation to the families of the dead and "
        "the injured.",
        "accident",
    ),
    (
        "Beirut blast survivors’ trauma ‘compounded by economic collapse’",
        "Four years after the explosion at Beirut port, psychiatrists say the survivors they treat "
        "have had little chance to recover, as Lebanon’s economic collapse has taken jobs, savings "
        "and access to medicine. The blast of ammonium nitrate stored in a warehouse killed more than "
        "220 people and wrecked neighbourhoods including Gemmayzeh and Mar Mikhael. “Many of my "
        "patients say the explosion was the worst day, but the years since have been worse,” said "
        "a psychiatrist at Hotel-Dieu de France hospital. The National Mental Health Programme said "
        "calls to its lifeline had remained high since 2020. Families of the victims still hold a "
        "monthly vigil near the port, demanding the investigation into the blast be allowed to "
        "continue. No official has been convicted. Charities say they can only fund a fraction of "
        "the therapy sessions that survivors ask for.",
        "accident",
    ),
    (
        "Boat capsize survivors in Lake Victoria town offered counselling",
        "Counsellors from Tanzania’s health ministry have arrived in Ukara island, where relatives "
        "of those killed when the MV Nyerere ferry capsized on Thursday are waiting for bodies to "
        "be recovered. The overloaded ferry overturned close to the shore, and at least 224 people "
        "died, the government said. Divers have stopped searching the hull. “Whole families were "
        "on that boat coming back from market day,” said a local councillor. Officials said "
        "survivors would be offered psychological support, and that a special team would work "
        "with children who lost parents. President John Magufuli declared four days of mourning "
        "and ordered the arrest of the ferry’s managers. A mass burial is planned on the island "
        "over the weekend. Survivors will be followed up by district health officers for at least "
        "six months, the ministry said.",
        "accident",
    ),
    (
        "A former refugee who fled Bosnia as a child is now treating trauma in Melbourne",
        "When Amra Hadžić arrived in Melbourne in 1996, aged nine, she did not speak English and "
        "rarely spoke at all. Today she runs a clinic in Dandenong that specialises in trauma among "
        "migrant families, and has been named Victoria’s psychologist of the year. “I remember "
        "what it is to sit in a classroom and not understand why you are afraid,” she said. Her "
        "clinic has a team of eleven therapists who between them speak fourteen languages. She "
        "credits a school counsellor who sat with her at lunchtime for a year without asking "
        "questions. Many of her clients are newer arrivals from Afghanistan, South Sudan and Myanmar, "
        "and some are the children of people she knew at school. The award citation praised her "
        "work training interpreters in trauma-informed "
        "practice. She is now writing a handbook for teachers, due out next year.",
        "other",
    ),
]
