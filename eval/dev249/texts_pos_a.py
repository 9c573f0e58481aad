"""dev249 positives, part A: mental-health stories that report current strikes, killings,
fighting, crackdowns or flight in a war or uprising under way. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "‘They jump at every door that slams’: Gaza’s children after a week of strikes",
        "In a classroom in Khan Younis that now sleeps forty people, a Unicef psychologist asks a "
        "group of eight-year-olds to draw their homes. Most draw them flattened. Israeli air strikes "
        "on the northern half of the Gaza Strip have continued through the week, and the families in "
        "this school arrived on foot on Tuesday after the army told residents to move south. "
        "“They jump at every door that slams, they wet the bed, some have stopped speaking "
        "altogether,” said Rania, who leads one of the agency’s few remaining psychosocial teams. "
        "The Palestinian Red Crescent said on Thursday that a strike near al-Quds hospital had "
        "killed at least 11 people, several of them children. Aid officials say water, fuel and "
        "medicine are running short in the shelters, which hold far more people than they were built "
        "for. Mental health workers concede that therapy in the usual sense is impossible while the "
        "bombardment goes on. Instead they run games and breathing exercises, and try to keep "
        "separated children with an adult they know. “You cannot treat trauma that is still "
        "happening,” Rania said. “We are trying to stop it becoming permanent.”",
        "E D H",
        "airstrike",
    ),
    (
        "Kharkiv psychologists work the wards after glide bombs hit a DIY store",
        "Psychologists from Kharkiv’s regional hospital spent Sunday moving between the beds of "
        "people pulled from the wreckage of the Epicentr hypermarket, which Russian glide bombs "
        "struck on Saturday afternoon while it was full of shoppers. Regional governor Oleh Syniehubov "
        "said 16 people had been killed and more than 40 wounded, and that rescuers were still "
        "searching the burned-out hall for the missing. Olena Kovalenko, who heads the hospital’s "
        "crisis team, said many of the injured could not stop replaying the moment the roof came in. "
        "“Acute stress is normal after something like this; what worries us is that there is no "
        "after in Kharkiv,” she said. The city has been shelled almost daily for weeks as Russian "
        "forces press an offensive north of it. Volunteers from a Kyiv charity arrived with "
        "relatives’ support groups, and a hotline run by the health ministry said calls from the "
        "region had doubled since Friday. Kovalenko said her team of nine was treating shop staff, "
        "customers and firefighters alike.",
        "E V",
        "airstrike",
    ),
    (
        "MSF counsellors in Chad hear of killings in El Geneina from those who fled last week",
        "The counsellors at Médecins Sans Frontières’ clinic in Adré, a Chadian border town, have "
        "stopped asking new arrivals how they are. They ask instead whether they have slept. Thousands "
        "of people, most of them Masalit, crossed from West Darfur over the past week after what "
        "survivors describe as house-to-house killings by the Rapid Support Forces and allied Arab "
        "militias in El Geneina. Aisha, 27, walked for two nights carrying her youngest son after "
        "fighters shot her husband in front of their home, she said. MSF said its teams had treated "
        "hundreds of wounded people since Thursday, many with gunshot injuries, and that its "
        "psychologists were seeing women who reported rape on the road. “The trauma is acute and "
        "it is collective,” said the organisation’s mental health manager in Chad. UNHCR said the "
        "camps around Adré were far beyond capacity and that water was being trucked in. Aid "
        "workers fear the numbers crossing will rise as fighting continues in the Darfur capital.",
        "V D H",
        "massacre",
    ),
    (
        "Myanmar village where a jet struck a ceremony is ‘too frightened to grieve’",
        "Survivors of Tuesday’s air strike on Pa Zi Gyi village in Sagaing region are too afraid of "
        "another attack to hold funerals, a local aid worker said, as the death toll from the "
        "bombing climbed towards 170. A military jet dropped bombs on a crowd gathered to open a "
        "local office of the opposition administration, and a helicopter then fired on the scene, "
        "according to witnesses. The junta confirmed it had carried out a strike, saying it targeted "
        "“terrorists”. A volunteer counsellor who works with a network of displaced people in "
        "the area told the Guardian by phone that children from nearby villages had fled into the "
        "forest and would not return. “Nobody is sleeping. People hear an engine and they run,” "
        "she said. There are no psychiatrists in the township, and the clinics that remain open "
        "have little beyond painkillers. The United Nations human rights office condemned the attack "
        "and said it appeared to have deliberately targeted civilians.",
        "E V D",
        "airstrike",
    ),
    (
        "Goma’s counsellors overwhelmed as rape survivors seek help after M23 takeover",
        "Counselling centres in Goma say they cannot keep up with the number of women seeking help "
        "after the city fell to M23 rebels last week, following days of fighting with Congolese "
        "troops and their allies. The UN said at least 700 people were killed in the battle for the "
        "city and that displacement camps on its outskirts had emptied as residents fled the "
        "clashes. Staff at one clinic run by a local women’s group said they had registered more "
        "than 90 survivors of sexual violence in four days, some of them attacked in the camps. "
        "“Each woman needs hours, and we have two counsellors,” the director said. Hospitals are "
        "still treating gunshot and shrapnel wounds, and the morgues are full. Aid agencies warned "
        "that supplies of post-rape kits, which must be given within 72 hours, were close to "
        "running out because the airport remains closed. The World Health Organization said "
        "psychological first aid would be part of its emergency response in North Kivu.",
        "B V D H",
        "offensive",
    ),
    (
        "In Port-au-Prince, schools turned shelters become therapy rooms as gangs advance",
        "At a school in central Port-au-Prince that now houses about 1,200 people who fled gang "
        "attacks, a psychologist with a Haitian charity holds group sessions in what used to be the "
        "library. Many of those inside escaped from Solino and Nazon this month, when armed groups "
        "of the Viv Ansanm coalition burned homes and fought police for control of the "
        "neighbourhoods. “I saw them shoot my neighbour and set fire to his body,” one man told "
        "the group. The International Organization for Migration says the number of people driven "
        "from their homes in the capital has risen sharply since the start of the offensive. Staff "
        "say nightmares, panic attacks and hypervigilance are almost universal among children in "
        "the site. The charity has six psychologists for seventeen sites, and gunfire frequently "
        "stops them reaching the ones on the edges of the city.",
        "B V D",
        "gang_war",
    ),
    (
        "Kenyan therapists offer free sessions to young protesters after police fire on crowds",
        "More than 200 Kenyan psychologists and counsellors have signed up to give free sessions "
        "to young people caught up in this week’s protests against the finance bill, after police "
        "opened fire on crowds outside parliament in Nairobi on Tuesday. The Kenya National "
        "Commission on Human Rights said at least 22 people had been killed and scores wounded, "
        "and that dozens more had been arrested or abducted. “Many of these are students who have "
        "never seen a dead body and then watched a friend shot beside them,” said one of the "
        "organisers, a clinical psychologist in Westlands. Volunteers are using X spaces and "
        "WhatsApp groups to match people with therapists. Parents have also called helplines to "
        "report children who have not come home. Police said officers had acted in self-defence "
        "after protesters breached the parliament compound and set part of it on fire. The "
        "organisers said they had received 1,500 requests within a day.",
        "U",
        "crackdown",
    ),
    (
        "Volunteer therapists flood into Israel’s south as festival survivors struggle to speak",
        "Hundreds of volunteer therapists have offered their time to survivors of Saturday’s Hamas "
        "attack on the Nova music festival near Kibbutz Re’im, where gunmen killed more than 260 "
        "people and took others hostage. At a hotel in Eilat where some survivors have been "
        "brought, psychologists work in shifts through the night. “Some of them hid under bodies "
        "for hours,” said one volunteer, a trauma specialist from Haifa, who asked not to be "
        "named. The health ministry has opened resilience centres and a national hotline, which it "
        "said received thousands of calls in the first two days. Families of the missing are being "
        "offered their own counsellors. Israel has declared war and is pounding Gaza with air strikes, "
        "and rocket fire on southern towns continues, which therapists say makes it harder for "
        "people to feel safe enough to begin to process what happened. Experts warned against "
        "pressing survivors to tell their stories too early.",
        "T V E",
        "terror_attack",
    ),
    (
        "Beirut’s displaced fill schools and anxiety hotlines as strikes pound the suburbs",
        "Calls to Lebanon’s national mental health hotline have tripled since Israel widened its air "
        "campaign last week, the health ministry said, as tens of thousands of people sleep in "
        "schools across Beirut after fleeing the southern suburbs and the south. Strikes on "
        "Dahiyeh overnight on Thursday flattened several buildings, and the ministry said more than "
        "a hundred people were killed across the country on Friday alone. At a public school in "
        "Achrafieh, an Embrace volunteer handed out colouring books while mothers queued to talk. "
        "“My daughter asks if the plane can see her,” said Zeinab, 34, who fled Haret Hreik with "
        "three children. The shelters lack mattresses and many have one toilet for hundreds of "
        "people, aid groups say. Psychiatrists at the American University of Beirut medical centre "
        "said they were seeing a wave of panic attacks, including among doctors. “We have all "
        "lived through wars before, but the speed of this one is something else,” one said.",
        "E D H",
        "airstrike",
    ),
    (
        "Iran’s therapists fear for teenagers beaten and detained in protest crackdown",
        "Iranian psychologists say they are being asked to see teenagers released from detention "
        "after the crackdown on protests over the death of Mahsa Amini, some with bruises and some "
        "who will not speak about what happened inside. Security forces have used live fire, tear "
        "gas and batons against demonstrators in dozens of cities, and rights groups say scores "
        "have been killed since September, including children. Schoolgirls who joined the protests "
        "have been taken from classrooms, according to teachers and a teachers’ union. A "
        "psychologist in Tehran, speaking through a messaging app, said two clients had described "
        "being beaten with hoses. “Parents are terrified of bringing them to us, because they "
        "think the clinic will be reported,” she said. The education minister confirmed that some "
        "students had been sent to “psychological centres” for correction, a phrase that alarmed "
        "clinicians. The Iranian Psychological Association has been under pressure to stay silent.",
        "U",
        "crackdown",
    ),
    (
        "In Kaya, displaced families carry the memory of this week’s attack on Djibo convoy",
        "Psychologists working with the Norwegian Refugee Council in Kaya say families who reached "
        "the town this week after jihadists ambushed a supply convoy near Djibo are in a state of "
        "shock. The army said at least 11 soldiers died in the attack and dozens of civilians who "
        "had joined the convoy are missing; survivors say many were killed. Djibo has been under "
        "blockade by militants linked to al-Qaeda for months, and residents describe hunger and "
        "fear of leaving the town. “My son has not cried once since we arrived, and that is what "
        "frightens me,” said a woman who walked the last stretch with four children. Burkina "
        "Faso has almost two million people displaced by the violence, and only a handful of "
        "psychiatrists, most of them in Ouagadougou. The NRC said its teams had added group "
        "sessions for children at two sites and were asking for more funding.",
        "T V D H",
        "attack",
    ),
    (
        "Chibok parents ‘cannot eat, cannot sleep’ as search for abducted girls drags on",
        "Parents of the schoolgirls abducted from Chibok two weeks ago say they are losing hope, "
        "and a doctor in the town says several mothers have collapsed. Boko Haram gunmen stormed "
        "the Government Girls Secondary School at night and drove more than 200 students away in "
        "lorries, and the military has so far failed to find them. “We are not living, we are "
        "only waiting,” said one father, who has three relatives among the missing. Some parents "
        "have gone into the Sambisa forest themselves with bows and arrows. There is no mental "
        "health service in Chibok, which has been cut off by repeated attacks, and churches have "
        "become the only place where families gather. A psychiatrist at the University of "
        "Maiduguri Teaching Hospital said the uncertainty was among the cruellest forms of grief. "
        "Villages near Chibok were attacked again last weekend, residents said.",
        "T V",
        "abduction",
    ),
    (
        "Aleppo evacuees show ‘toxic stress’, Save the Children warns",
        "Children evacuated from the last rebel-held districts of eastern Aleppo this week are "
        "showing signs of extreme psychological distress, Save the Children said, after months "
        "of siege and a final government offensive that left neighbourhoods in ruins. Buses "
        "carrying thousands of people reached rural western Aleppo, where aid groups set up "
        "reception points in freezing weather. Staff described children who had stopped talking, "
        "soiled themselves or flinched at any loud noise. “Some have spent their whole lives "
        "under bombardment,” said a child protection officer in Idlib. The evacuation was "
        "repeatedly halted amid gunfire and accusations from both sides, and the World Health "
        "Organization said hundreds of wounded patients had been moved out. The charity called for "
        "specialist care and warned that toxic stress can affect brain development if it goes on. "
        "Syrian and Russian air strikes on Idlib province continued on Thursday, monitors said.",
        "B E D H",
        "siege",
    ),
    (
        "Yemeni boys who survived school-bus strike relive it every night, doctors say",
        "Doctors in Saada say the boys who survived Thursday’s air strike on a school bus in the "
        "Dahyan market are reliving it night after night. The strike by the Saudi-led coalition "
        "killed dozens of people, most of them children on a summer-school trip, according to the "
        "International Committee of the Red Cross, which said its hospital in the city had received "
        "many of the wounded. “One boy asks every few minutes where his friends are,” said a nurse "
        "at al-Talh hospital. The coalition said the strike was a “legitimate military action” "
        "targeting those responsible for a missile attack on Jizan. Unicef said there is almost "
        "no specialised mental health care for children in northern Yemen, where the war and the "
        "blockade have emptied pharmacies. Funerals for the victims were held on Monday under the "
        "sound of jets, residents said.",
        "E V",
        "airstrike",
    ),
    (
        "Peshawar school survivors in counselling as city buries its children",
        "Psychiatrists from Lady Reading Hospital have begun counselling sessions for pupils who "
        "survived Tuesday’s attack on the Army Public School in Peshawar, where Taliban gunmen "
        "killed 132 children and nine staff. Some of the wounded boys are still in surgical wards, "
        "and doctors said many woke screaming during the night. The Tehreek-e-Taliban Pakistan "
        "said it carried out the assault in revenge for the army’s offensive in North Waziristan. "
        "“They went classroom to classroom. I pretended to be dead,” a 15-year-old told reporters "
        "from his hospital bed. The provincial health department said it had asked for additional "
        "psychologists from Lahore and Islamabad. Parents said they did not know how they would "
        "ever send their other children back to school. Pakistan has declared three days of "
        "mourning, and the prime minister lifted a moratorium on the death penalty for terrorism "
        "cases on Wednesday.",
        "T V",
        "terror_attack",
    ),
    (
        "Dhaka hospitals treat students’ wounds and shock as crackdown deepens",
        "Doctors at Dhaka Medical College Hospital say they have treated hundreds of students with "
        "pellet and bullet wounds this week, and that many arrive in a state of shock that the "
        "hospital has no capacity to address. Police and activists of the ruling party’s student wing "
        "have attacked protesters demanding an end to quotas in government jobs, and the "
        "government has imposed a curfew and cut mobile internet. Local media reported more than 150 "
        "deaths. A psychiatrist at the hospital said volunteers were sitting with young patients who "
        "had seen classmates shot. “Their friends are dead, their phones do not work, and they "
        "cannot reach their families,” he said. Students interviewed at a private clinic in "
        "Dhanmondi described being chased into buildings by men with sticks. The government says "
        "security forces were responding to arson and vandalism by protesters.",
        "U",
        "crackdown",
    ),
    (
        "Tigray’s rape survivors wait for counselling in a region cut off by war",
        "At Ayder Referral Hospital in Mekelle, a counselling unit set up for survivors of sexual "
        "violence has a waiting list that staff say grows every day, as women continue to arrive "
        "from towns where Ethiopian and Eritrean troops are still operating. A doctor at the unit "
        "said it had seen more than 500 women since the start of the war, and that many described "
        "attacks by several soldiers. Communications across Tigray are cut and fuel for ambulances is "
        "scarce, so many survivors come weeks later, if at all. “We give them a room and someone "
        "who believes them. That is most of what we have,” a nurse said. Aid agencies say they "
        "are being blocked from reaching rural areas, and the UN has warned of famine-like "
        "conditions. Women displaced from western Tigray are living in schools in Shire, where "
        "counsellors from a local charity hold sessions under trees.",
        "V D H",
        "sexual_violence",
    ),
]
