"""dev245 positives, part B: family, parenting and home stories that report current fighting."""

POSITIVES = [
    (
        "Parents of sick children describe missile strike on Kyiv's Okhmatdyt hospital",
        "Svitlana was holding her four-year-old son's hand during dialysis when the windows of "
        "the ward blew in. A Russian missile struck Okhmatdyt, Ukraine's largest children's "
        "hospital, on Monday morning as part of a wave of strikes on Kyiv and other cities that "
        "killed at least 31 people nationwide, officials said. Two adults were killed at the "
        "hospital, and staff carried children attached to drips down the stairs and into the "
        "courtyard. Hundreds of parents and volunteers spent the afternoon clearing rubble with "
        "their hands. Svitlana's son was moved to another hospital in the city, where his "
        "treatment resumed on Tuesday. “They took the machines, they took the children, and "
        "nobody panicked,” she said. President Volodymyr Zelensky called the strike a deliberate "
        "attack on children. Parents on the cancer ward said they had grown used to sirens, but "
        "had believed the hospital was the one place that would not be hit.",
        "E V H",
        "missile strike",
    ),
    (
        "Goma mothers search for children separated in the fighting",
        "Since M23 rebels entered Goma on Monday, Esther Kahindo has been walking between churches, "
        "schools and the stadium looking for her 11-year-old daughter. The girl was at a friend's "
        "house in the Katindo district when the shooting started, and in the chaos the two "
        "families fled in different directions. The Red Cross says it has registered hundreds of "
        "children separated from their parents since the Rwanda-backed rebels advanced on the city, "
        "and morgues are full after days of fighting with Congolese troops and their allies. "
        "Bodies remained in the streets on Wednesday, residents said, and water and electricity "
        "were cut. Displacement camps on the city's edge, home to hundreds of thousands of people "
        "who fled earlier offensives, have emptied as families scattered again. Kahindo has posted "
        "her daughter's photo on Facebook groups and at a Red Cross tracing desk. “Someone will "
        "recognise her,” she said. “She has a gap in her front teeth and she laughs a lot.”",
        "B D H",
        "offensive",
    ),
    (
        "In Cúcuta, a grandmother takes in nine grandchildren who fled Catatumbo",
        "Rosalba Quintero's two-bedroom house in Cúcuta now holds 13 people. Her daughters and "
        "their children arrived last Sunday on the back of a lorry from Tibú, after fighters of "
        "the National Liberation Army (ELN) attacked villages across the Catatumbo region, killing "
        "people they accused of links to a rival FARC dissident faction. Colombia's ombudsman "
        "said more than 30,000 people had been displaced in a week, the largest such exodus in "
        "years, and the government declared a state of internal commotion. Quintero's "
        "son-in-law stayed behind and has not answered his phone since Tuesday. The children sleep "
        "five to a mattress and go to a school that has opened extra afternoon classes for "
        "displaced pupils. The city council has turned its sports stadium into a shelter, where "
        "families receive meals and mattresses. “I raised six children in the conflict,” Quintero "
        "said. “I did not think I would be raising grandchildren in it.”",
        "B V D",
        "displacement",
    ),
    (
        "A Karabakh family's last night at home before the exodus",
        "The Hakobyans buried their grandfather's medals in the garden, fed the chickens one last "
        "time and set the cat free. Then they joined the queue of cars on the Lachin road, where "
        "they spent 31 hours covering 80km to the Armenian border. The family fled Stepanakert "
        "after Azerbaijan's military offensive last week, which Baku called an anti-terrorist "
        "operation and which killed at least 200 people on the Armenian side before the "
        "separatist authorities agreed to disarm. Armenia's government said on Thursday that more "
        "than 70,000 people had arrived, more than half of the enclave's population. Anahit "
        "Hakobyan, 34, said her sons, six and nine, asked the whole way whether they would see "
        "their school again. In Goris, volunteers hand out soup, nappies and SIM cards in the "
        "town square. “We have nothing to go back to,” Anahit said. “The house is there, but it is "
        "not ours any more.”",
        "M B D",
        "offensive",
    ),
    (
        "Manipur families split by ethnic violence celebrate a birth in a relief camp",
        "The baby was born on a folding bed in a college hall in Churachandpur, with a Kuki "
        "midwife who herself fled Imphal last month. Her parents named her Hoinu, meaning peace. "
        "Around 50,000 people are living in relief camps in Manipur after clashes between the "
        "Meitei and Kuki-Zo communities that began in May, and killings and arson attacks were "
        "reported again this week in Bishnupur and Kangpokpi districts, where police said three "
        "people were shot dead on Tuesday. Homes and churches in mixed villages have been burned, "
        "and families who lived together for decades are now separated by army checkpoints. "
        "Hoinu's father, a driver, lost his taxi when a mob set fire to his street. The camp "
        "kitchen cooks for 400 people, and volunteers have set up a corner for new mothers with "
        "mosquito nets and a heater. “She is the first good news in this hall,” one volunteer "
        "said.",
        "V U D",
        "communal violence",
    ),
    (
        "Dhaka parents march after children shot in quota protests",
        "The mothers held up school ID cards rather than placards. On Friday, hundreds of parents "
        "marched in Dhaka's Mirpur district demanding answers for the students killed when police "
        "and ruling party activists attacked protests against civil service job quotas. Hospitals "
        "and local media counted more than 150 dead in a week of unrest, including children hit "
        "by bullets on balconies and rooftops, as the authorities imposed a curfew, shut the "
        "internet and deployed soldiers. Shahnaz Begum's son, 17, was shot in the head near the "
        "Mirpur-10 roundabout on Thursday. “He went out to buy bread,” she said. Police fired "
        "tear gas to disperse the parents' march before it reached the main road, witnesses said. "
        "Family groups have begun collecting the names of the dead and injured because, they say, "
        "hospitals have been told not to release them. Schools and universities remain closed.",
        "U",
        "crackdown",
    ),
    (
        "Iranian mothers of detained teenagers speak out as crackdown widens",
        "Every morning for two weeks, Maryam has stood outside Evin prison in Tehran with a bag of "
        "clean clothes for her 16-year-old daughter, who was arrested at a protest near her school. "
        "The demonstrations that began after the death of Mahsa Amini in the custody of the "
        "morality police have spread to dozens of cities, and rights groups say security forces "
        "have killed more than 200 people, among them at least 23 children. Schoolgirls have "
        "removed their headscarves in classrooms and chanted against the authorities, and officials "
        "have confirmed that some students were sent to what they called psychological centres. "
        "Parents are often not told where their children are held, Maryam said. In Zahedan, "
        "security forces opened fire on worshippers after Friday prayers, killing dozens, "
        "according to Amnesty International. “I taught her to speak her mind,” Maryam said. “Now I "
        "am afraid of what I taught her.”",
        "U V",
        "crackdown",
    ),
    (
        "Cabo Delgado: a father's walk to Pemba with three daughters",
        "Abdul Assane has walked to Pemba twice in four years. The first time was in 2020; the "
        "second was last week, after insurgents linked to the Islamic State group raided his "
        "village near Macomia, beheaded two men and set fire to dozens of houses. He carried his "
        "youngest daughter and led the other two by the hand for five days along the coast road. "
        "Mozambique's government says the attacks are the work of terrorists, and Rwandan and "
        "Mozambican troops have launched new operations in the district. The UN says more than "
        "100,000 people have been displaced since the start of the year. In Pemba, Assane's family "
        "shares a cousin's house with three other families, and the girls, aged four to 11, have "
        "not been enrolled in school. “In the village, they were learning to read,” he said. "
        "“Here they are learning to wait.” The World Food Programme has warned that cuts in "
        "funding may halve rations for displaced families this month.",
        "T V D M H",
        "raid",
    ),
    (
        "Kuriga parents wait for news of abducted pupils",
        "In Kuriga, in Nigeria's Kaduna state, almost every family has a child among the missing. "
        "Gunmen on motorbikes surrounded the local primary and secondary school on Thursday morning "
        "as pupils lined up for assembly and took away more than 280 children and a teacher, "
        "according to local officials. Residents called the attackers bandits, the armed gangs "
        "that have raided villages across the north-west for years. Aisha Abdullahi's three "
        "sons, aged eight, 11 and 14, were all taken. She has not eaten since, her sister said. "
        "President Bola Tinubu ordered security forces to rescue the pupils, and soldiers and "
        "vigilantes have been sent into the surrounding forest. Some parents fear the army's "
        "operation could put the children in danger. “We do not want guns,” one father said. "
        "“We want our children back.” The attack was one of the largest school abductions in the "
        "country since 2021.",
        "V M",
        "abduction",
    ),
    (
        "Alawite families on Syria's coast bury relatives after days of killings",
        "The Ibrahim family buried four men from their household in the garden of their home in "
        "Baniyas on Monday, because, they said, it was not safe to go to the cemetery. Gunmen "
        "aligned with Syria's new authorities went from house to house in Alawite neighbourhoods "
        "of the coastal region over the weekend, after attacks on security forces by fighters "
        "loyal to the ousted government, according to residents and monitoring groups. The Syrian "
        "Observatory for Human Rights said more than 1,000 civilians had been killed in three "
        "days. President Ahmed al-Sharaa promised to hold those responsible to account and "
        "announced a committee of inquiry. Thousands of families fled into the mountains or to the "
        "Russian air base at Hmeimim. Rana, a teacher, said she hid her sons, 15 and 17, in a "
        "water tank on the roof for a night. “I am not sending them to school,” she said. “I am not "
        "sending them anywhere.”",
        "V B D",
        "massacre",
    ),
    (
        "Families flee Wad Madani as paramilitaries enter the city",
        "For 18 months, Wad Madani was where Khartoum's families went to be safe. On Saturday, "
        "Rapid Support Forces fighters entered the city after days of clashes with the army, and "
        "tens of thousands of people began to leave again, many on foot. Fatima Osman, who fled "
        "the capital with her four children last year, said she heard gunfire near the bridge and "
        "packed in ten minutes. The family paid for a seat on a crowded bus heading south to "
        "Sennar and then walked when the bus was stopped at a checkpoint. The UN said more than "
        "250,000 people had fled Gezira state in a week, and that aid workers had pulled out of "
        "Wad Madani. Osman's eldest, 13, carries the family's documents in a plastic folder. “I "
        "told him that if we lose each other he must find a school and wait,” she said. “Every "
        "town has a school full of people like us.”",
        "B D H",
        "offensive",
    ),
    (
        "Beach day turns to massacre on Mogadishu's Lido",
        "Friday evening on Lido beach is when Mogadishu's families come out: children in the "
        "shallows, parents on plastic chairs, sellers of grilled corn and cold drinks. On Friday, "
        "al-Shabaab gunmen and a suicide bomber attacked the beachfront, killing at least 32 people "
        "and wounding more than 60, the police said. Witnesses described fighters firing at "
        "families on the sand after the blast. Security forces ended the siege of a nearby hotel "
        "after several hours. Abdirahman Ali said his wife and their two youngest children were "
        "among the wounded. “We come every Friday because it is the only place the children can "
        "run,” he said. The government called it a cowardly terrorist attack. Doctors at Erdogan "
        "hospital appealed for blood, and the beach was empty on Saturday morning except for "
        "sandals and a child's football.",
        "T E V",
        "terrorist attack",
    ),
    (
        "In Jenin camp, a family counts its losses after a three-day raid",
        "When the Israeli troops and bulldozers left Jenin refugee camp on Friday, the Saadi family "
        "returned to find their front wall gone and their kitchen filled with rubble. The army's "
        "operation in the northern West Bank killed at least 12 Palestinians in Jenin, most of them "
        "described by armed groups as fighters, the Palestinian health ministry said. Soldiers "
        "fought gunmen in the camp's alleys, and drones struck several targets. Um Ahmad Saadi "
        "said the family of seven spent two nights in one room while soldiers occupied the upper "
        "floor. Her grandchildren, aged three to nine, were frightened of the dogs the soldiers "
        "brought. The Israeli military said it had destroyed explosives labs and arrested dozens "
        "of wanted men. Power and water had not been restored by Saturday. “We rebuilt after the "
        "last time,” she said, pointing at the new tiles on the floor. “I do not know if we will "
        "rebuild after this one.”",
        "M B E",
        "raid",
    ),
    (
        "Rafah families strap children's names to their wrists as ground assault begins",
        "Before she moved her family again on Tuesday, Samar wrote her children's names and her "
        "phone number on their forearms in marker pen. Israeli tanks entered eastern Rafah on "
        "Tuesday and the military ordered people in several districts to leave for what it called "
        "an expanded humanitarian zone on the coast. UNRWA said about 450,000 people had fled the "
        "city in little over a week, many of them for the third or fourth time. Strikes across "
        "Rafah killed dozens of people, according to hospital officials, and the crossing into "
        "Egypt closed, cutting the main route for aid. Samar's family of six now lives in a tent "
        "in al-Mawasi with no toilet nearby. “If something happens to me, someone will know whose "
        "they are,” she said of the names on her children's arms. Aid agencies say families arrive "
        "with almost nothing, because moving belongings costs more than most can pay.",
        "M E D H",
        "ground offensive",
    ),
    (
        "Bamenda teachers and parents defy separatists' school boycott",
        "Parents in Bamenda walk their children to school in groups now, never alone and never by "
        "the same route twice. Separatist fighters who want an independent state in Cameroon's "
        "English-speaking regions have ordered a boycott of classes, and last week gunmen burned "
        "a classroom in the Nkwen district and abducted a teacher, according to local officials. "
        "The army says it has stepped up operations against the fighters, whom it calls "
        "terrorists, and residents report gunfire at night in several neighbourhoods. Esther "
        "Ngwa, a mother of three, said she had weighed the risks for months. “If they stay at "
        "home, they lose everything,” she said. Some families have sent their children to "
        "relatives in Douala or Yaoundé, where schools are crowded with pupils from the two "
        "regions. Unicef estimates that hundreds of thousands of children in the north-west and "
        "south-west have had no regular schooling since the crisis began.",
        "V M T",
        "school attack",
    ),
    (
        "Yemeni families mourn a bride after air strike hits wedding in Hajjah",
        "The tent had been put up in the morning and the singing had begun when the planes came, "
        "survivors told reporters in Hajjah province. Air strikes by the Saudi-led coalition hit "
        "a wedding party in the Bani Qais district on Sunday night, killing at least 20 people, "
        "among them the bride, and wounding more than 40, health officials said. The groom was "
        "among the wounded. A local hospital official said many of the dead were women and "
        "children who had gathered in the women's section of the celebration. The coalition, "
        "which has fought the Houthi movement since 2015, said it would look into the reports. "
        "Families in northern Yemen had already shortened weddings, survivors said, holding them "
        "in the afternoon rather than into the night. The UN's humanitarian coordinator said she "
        "was shocked, and Save the Children said a boy of about five was seen clinging to his "
        "dead father at the scene.",
        "E V",
        "airstrike",
    ),
]
