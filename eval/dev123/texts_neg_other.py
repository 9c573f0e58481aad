"""dev123 plain negatives: the same papers' ordinary news (negative_other)."""

# (title, text, kind code); the comment gives the outlet imitated and the year
NEGATIVES = [
    # Dabanga, 2025
    (
        "Sudanese refugee students in eastern Chad sit the Sudan Secondary Certificate exams",
        "More than 11,000 Sudanese refugee students sat the Sudan Secondary Certificate exams in "
        "eastern Chad this week, at centres set up in camps and towns near the border, education "
        "officials said. The exams, which began on Saturday, are being held at the same time in "
        "Sudan and at centres in Egypt, Uganda, South Sudan, Libya and several Gulf states, "
        "according to the Sudanese Ministry of Education. In Adré and in the camps of Farchana "
        "and Aboutengue, students walked long distances to reach the centres, some of which were "
        "set up in tents provided by UNICEF. “I studied at night with a torch because there was "
        "no electricity in our shelter,” said Mariam, 18, who fled El Geneina with her mother "
        "and four siblings in 2023. Teachers who are themselves refugees supervised the exams, "
        "which were printed in Port Sudan and flown to N'Djamena. The Chadian government agreed "
        "to host the exams after talks with Sudanese diplomats, and UNHCR helped with transport "
        "for students from remote camps. Education officials said many refugee children had "
        "missed two full school years since the war began, and that thousands of students in "
        "Darfur and Kordofan would not be able to sit the exams at all this year. The results "
        "are expected to be announced in Port Sudan in about two months.",
        "other",
    ),
    # Kyiv Independent, 2025
    (
        "Veteran-run bakery in Vinnytsia hires only former soldiers, and has a waiting list",
        "Every morning at five, Andrii Kovalchuk unlocks the door of a small bakery near "
        "Vinnytsia's central market and checks the dough that his team left rising overnight. "
        "The 34-year-old, who lost his left leg near Bakhmut in 2023, opened the bakery last "
        "year with a state grant for veterans and a loan from a local credit union. All nine of "
        "his employees are former soldiers, and a dozen more are on a waiting list. “In the "
        "army, you know what your job is every minute. When you come back, nobody tells you "
        "anything,” Kovalchuk said, pulling a tray of poppy-seed buns out of the oven. The "
        "Veterans Affairs Ministry says more than 1.2 million Ukrainians now have veteran "
        "status, a number expected to grow sharply when demobilization begins. Surveys of "
        "employers show that many businesses are willing to hire veterans but worry about how to "
        "accommodate injuries and trauma. Kovalchuk's bakery has ramps, a rest room with a "
        "couch, and flexible shifts for those who have medical appointments. A psychologist, "
        "also a veteran, visits once a week. The bakery now supplies bread to three cafes and a "
        "hospital, and Kovalchuk plans to open a second shop in Khmelnytskyi next spring. “Bread "
        "is calm work,” said Oleh, 41, a former artilleryman who kneads dough at the long steel "
        "table. “You can't rush it.”",
        "other",
    ),
    # Dawn, 2025
    (
        "Over 6,000 Afghans cross Torkham in a day as deadline for PoR card holders expires",
        "More than 6,000 Afghan nationals returned to Afghanistan through the Torkham border "
        "crossing on Tuesday, officials said, as the deadline for holders of Proof of "
        "Registration (PoR) cards to leave the country expired. Long lines of trucks loaded with "
        "household goods, cots, water tanks and livestock stretched for several kilometres along "
        "the highway in Landi Kotal, while families waited in the heat for their documents to be "
        "processed at the holding centre. “I was born in Peshawar. My children were born in "
        "Peshawar. Now we are going to a country we have never seen,” said Gul Rahman, 46, who "
        "sold vegetables in the Board Bazaar for three decades. Under the government's Illegal "
        "Foreigners Repatriation Plan, launched in 2023, undocumented Afghans were told to leave "
        "first, followed by Afghan Citizen Card holders, and now PoR card holders, who had been "
        "registered with the UNHCR as refugees. Officials in Khyber said police had begun "
        "verification drives in Afghan neighbourhoods and had detained dozens of people without "
        "valid documents. The UNHCR urged Pakistan to halt forced returns, saying many Afghans, "
        "especially women and members of minorities, faced risks under the Taliban "
        "administration. The interior ministry said the repatriations were necessary for "
        "security reasons and that those leaving voluntarily would be allowed to take their "
        "savings with them. More than 1.2 million Afghans have left Pakistan since the campaign "
        "began, according to the International Organization for Migration.",
        "other",
    ),
    # Daily Trust, 2025
    (
        "UTME: 1.5 million candidates score below 200 as JAMB releases results",
        "The Joint Admissions and Matriculation Board (JAMB) on Friday released the results of "
        "the 2025 Unified Tertiary Matriculation Examination (UTME), showing that more than 1.5 "
        "million of the 1.95 million candidates who sat the examination scored below 200 out of "
        "400. The Registrar of the board, Professor Is-haq Oloyede, told journalists at the "
        "board's headquarters in Bwari, Abuja, that only about 4,700 candidates scored 320 and "
        "above. The results of 39,834 candidates were withheld over suspected examination "
        "malpractice, including impersonation and the use of hidden devices. Parents and "
        "teachers in Kano, Sokoto and Bauchi told Daily Trust they were shocked by the results, "
        "and some called for an investigation into the computer-based test centres. “My daughter "
        "scored above 280 in the mock exam, and now they are telling us 168,” said a father in "
        "Kano's Tarauni area. Oloyede said the board would not review the scores unless "
        "candidates could show evidence of technical faults. The highest score in the "
        "examination, 375, was recorded by a candidate from Anambra State. The board said the "
        "minimum admission score for universities would be decided at the annual policy meeting "
        "in June. JAMB also announced that candidates who missed the exam because of documented "
        "emergencies would be allowed to sit a special session.",
        "other",
    ),
    # Radio Okapi, 2025
    (
        "Exetat 2025: more than 950,000 candidates begin state exams across the country",
        "More than 950,000 finalist pupils began the state examination (Exetat) on Monday across "
        "the Democratic Republic of Congo, the Ministry of Primary, Secondary and Technical "
        "Education (EPST) announced. The Minister of Education launched the tests at the "
        "Institut de la Gombe in Kinshasa, urging candidates to avoid fraud and to trust the "
        "knowledge acquired over six years of secondary school. In Kisangani, Mbuji-Mayi and "
        "Lubumbashi, the tests began on time, although some centres reported a shortage of "
        "question papers that was resolved later in the morning. The ministry said candidates "
        "from territories occupied by the AFC/M23 rebels in North Kivu and South Kivu had been "
        "allowed to sit the exams in centres in government-controlled areas, including Beni, "
        "Butembo, Uvira and Kinshasa, and that transport had been organised for some of them. A "
        "parent in Butembo said her son had travelled three days by road to reach his exam "
        "centre. The EPST inspectors said leaked papers circulating on social networks on Sunday "
        "were fake. The results of the state examination are expected in late July, the ministry "
        "said. Last year, the national pass rate was 83 percent, according to official figures.",
        "other",
    ),
    # Garowe Online, 2025
    (
        "Somali families in Minneapolis brace for changes to TPS and remittance rules",
        "Somali families in Minneapolis and St Paul say they are anxious about new US "
        "immigration and tax measures, after the administration announced a review of Temporary "
        "Protected Status (TPS) for Somalia and a new tax on remittances sent abroad. Several "
        "hundred Somalis in the United States hold TPS, which protects them from deportation and "
        "allows them to work, while many more send money every month to relatives in Somalia and "
        "Somaliland. “My mother in Galkayo depends on the $200 I send her. If they tax it, she "
        "will feel it first,” said Hodan, a nursing assistant who came to Minnesota as a child. "
        "Remittances from the diaspora are estimated at about $1.7 billion a year, more than all "
        "foreign aid received by Somalia. Community leaders met at a mosque in the "
        "Cedar-Riverside neighbourhood on Friday with lawyers who explained the changes and "
        "urged families to renew their documents on time. The Somali ambassador to Washington "
        "said the government was in contact with US officials to ask for the TPS designation to "
        "be extended. Money transfer companies in Garowe and Mogadishu said they were already "
        "seeing families send larger amounts before the tax takes effect. Minnesota is home to "
        "the largest Somali community in the United States, with more than 80,000 people.",
        "other",
    ),
    # Le Nouvelliste, 2025
    (
        "Philo exams: more than 150,000 candidates, centres moved from inaccessible areas",
        "More than 150,000 candidates began the official exams of the final year of secondary "
        "school (Philo) on Monday across the country, the Ministry of National Education and "
        "Vocational Training (MENFP) announced. In the West department, the ministry relocated "
        "several exam centres from neighbourhoods of the capital that have become inaccessible, "
        "grouping candidates in schools in Pétion-Ville, Delmas and Tabarre. Candidates from "
        "Mirebalais and Saut-d'Eau sat their exams in Hinche, where the ministry said it had "
        "arranged accommodation for those who could not return home each day. “I studied in "
        "three different schools this year because we had to move twice,” said a candidate from "
        "Carrefour who now lives with relatives in Pétion-Ville. Minister Augustin Antoine, who "
        "visited a centre in Delmas, said the ministry had recruited additional supervisors and "
        "that the exams were taking place in calm conditions. In the North and the South, "
        "candidates said the biology and philosophy papers were within the curriculum. The "
        "ministry said the results would be published in August and that a second session would "
        "be organised for candidates who could not travel. About 20 percent of candidates "
        "registered in the West did not show up on the first day, according to unofficial "
        "figures from school directors.",
        "other",
    ),
    # Le Nouvelliste, 2026
    (
        "In Springfield, Haitians face the end of TPS with fear and determination",
        "Two years after Springfield, Ohio, became the centre of a national controversy over its "
        "Haitian immigrants, the community of about 15,000 people is preparing for the end of "
        "Temporary Protected Status (TPS), which the US government says will expire in February. "
        "At the Haitian church on East High Street, the pastor said many members were sleeping "
        "badly and asking whether they should move to Canada or return to Haiti. “We came here "
        "to work. We work in the factories, we pay taxes, we send our children to school,” said "
        "Jean-Robert, 38, a forklift operator who arrived in 2022 with his wife and two "
        "children. Local employers, including auto parts factories and food processors, warn "
        "that they could lose hundreds of workers overnight. Immigration lawyers in Dayton and "
        "Columbus say their phones ring all day with calls from Haitians seeking asylum or other "
        "forms of protection. Many of them fled the insecurity and economic collapse in "
        "Port-au-Prince, and say they have no home to go back to. Community organisations are "
        "holding information sessions every Saturday in Creole. In the city's schools, where "
        "more than 1,000 pupils are Haitian, teachers say some children have stopped coming to "
        "class because their parents fear immigration checks on the way. “My students ask me "
        "whether they will be here for the spring concert. I do not know what to tell them,” "
        "said an English-language teacher at an elementary school on the south side. The mayor "
        "of Springfield said the city had adapted its services to the newcomers, hiring Creole "
        "interpreters at the clinic and the courthouse, and that losing them would hurt the "
        "local economy. A Republican state senator from the area welcomed the end of TPS, saying "
        "it had “always been meant to be temporary”. For now, many families are saving money and "
        "sending less to their relatives in Haiti, in case they have to move again.",
        "other",
    ),
    # The Kathmandu Post, 2026
    (
        "Everest season opens with record permits and new rules on tracking devices",
        "The Department of Tourism has issued climbing permits for Mount Everest to 468 foreign "
        "climbers this spring season, a record that has raised fresh concerns about overcrowding "
        "on the world's highest peak. Each climber pays a royalty of $15,000 under the new fee "
        "structure that took effect in September, up from $11,000, the department said. From "
        "this season, all climbers must carry electronic tracking chips, and expedition "
        "companies must bring their clients' waste down from the upper camps in special bags. "
        "“The rules are good, but who is checking them at 8,000 metres?” said a veteran Sherpa "
        "guide from Khumjung who has summited the peak 19 times. Tourism entrepreneurs in Namche "
        "Bazaar said lodges were fully booked until the end of May, and that helicopter flights "
        "to Everest Base Camp had doubled compared with last year. The Supreme Court last year "
        "ordered the government to limit the number of permits, but the department says a cap "
        "would hurt the economy of the Khumbu region. Climate scientists warn that the Khumbu "
        "Icefall is becoming more unstable as temperatures rise. The first summit attempts of "
        "the season are expected in the second week of May, when the weather window usually "
        "opens.",
        "other",
    ),
]
