"""dev117 negatives, anniversaries, culture, health, protests and other desks: whole articles around current wars (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Bucha marks three years since liberation with memorial service and museum plan",
        "Residents of Bucha, foreign diplomats and Ukrainian officials gathered at the "
        "memorial to the victims of the Russian occupation on March 31 to mark three years "
        "since the town near Kyiv was liberated. Survivors laid flowers and lit candles at "
        "the wall bearing the names of more than 500 people killed in the Bucha district "
        "during the 33-day occupation in 2022. Mayor Anatolii Fedoruk said the city council "
        "had approved plans for a museum of the occupation in a former glass factory where "
        "Russian troops had set up a base. Investigators have identified many of the soldiers "
        "suspected of killings in the town, and several have been convicted in absentia, "
        "prosecutors said. Ukraine has registered more than 150,000 alleged war crimes since "
        "the full-scale invasion began. A priest read the names of the dead at the Church of "
        "St Andrew, next to the site of a mass grave exhumed in April 2022. The images from "
        "Bucha shocked the world and led to Russia's suspension from the UN Human Rights "
        "Council.",
        "history",
    ),
    (
        "Thousands gather at Nova festival site to mark one year since October 7",
        "Thousands of people gathered on Monday at the site of the Nova music festival near "
        "Kibbutz Re'im, where 364 people were killed in the Hamas-led attack of October 7, "
        "2023, to mark one year since the massacre. At 6:29 in the morning, the moment the "
        "first rockets were fired a year earlier, relatives and survivors stood in silence. "
        "Many brought photos of the dead, and some planted trees in a memorial grove among "
        "the hundreds of poles bearing pictures of the victims. An official state ceremony, "
        "pre-recorded without an audience, was broadcast in the evening, while families of "
        "hostages and victims held an alternative memorial in Tel Aviv's Yarkon Park. The "
        "alternative event was limited to 2,000 people under Home Front Command rules on "
        "gatherings. President Isaac Herzog visited Kibbutz Be'eri, where more than 100 "
        'residents were killed. "We have not yet finished counting," said a mother whose son '
        "was killed at the festival. About 100 hostages remain in Gaza, at least a third of "
        "whom are believed to be dead.",
        "history",
    ),
    (
        "Rohingya in Bangladesh camps mark eight years since exodus from Myanmar",
        "Tens of thousands of Rohingya refugees gathered in the camps of Cox's Bazar on "
        "Monday to mark what they call Genocide Remembrance Day, eight years since the "
        "Myanmar military's crackdown in Rakhine State forced more than 700,000 people to "
        "flee across the border. Men and boys marched through the muddy lanes of Kutupalong "
        'holding banners that read "We want to go home" and "Justice for Rohingya". Community '
        "leaders read out a list of demands, including citizenship, safe return and the "
        'prosecution of Myanmar\'s generals. "We have lived eight years in plastic shelters," '
        "said Mohammad Rafiq, a teacher who fled from Maungdaw in 2017. The interim "
        "government in Dhaka said the world must not forget the refugees. The gathering took "
        "place ahead of a UN conference on the Rohingya in New York next month. Funding for "
        "the refugee response has fallen sharply after cuts by the United States and other "
        "donors, and schools in the camps have shortened their hours.",
        "history",
    ),
    (
        "Families mark Ghouta chemical attack anniversary openly for first time since Assad's fall",
        "Hundreds of people gathered in the Damascus suburb of Zamalka on Thursday to "
        "commemorate the victims of the 2013 sarin attack on eastern Ghouta, the first time "
        "the anniversary could be marked openly since the fall of Bashar al-Assad's "
        "government. Relatives laid flowers at a mass grave where many of the victims were "
        "buried in haste, and a choir of children sang. The attack on August 21, 2013, killed "
        "more than 1,400 people, according to US estimates, many of them children who died in "
        "their sleep. Assad's government denied responsibility and blamed rebels, but UN "
        "inspectors confirmed that sarin had been used. The new authorities have pledged to "
        "cooperate with the Organisation for the Prohibition of Chemical Weapons, whose "
        'inspectors have visited several sites since March. "For 12 years we were not allowed '
        'to say what happened," said a man who lost his wife and two daughters. Activists '
        "called for the arrest of the officers who ordered the attack. The OPCW says more "
        "than 100 sites linked to the former chemical weapons programme may still exist.",
        "history",
    ),
    (
        "Bojaya marks 20 years since church massacre with call for state presence in Choco",
        "Residents of Bojaya, a remote river town in Colombia's Choco department, marked on "
        "Monday the 20th anniversary of the massacre in which 79 people were killed when a "
        "gas cylinder bomb launched by FARC guerrillas hit the church where they had taken "
        "refuge. Survivors dressed in white walked to the ruins of the old church, which has "
        "been preserved as a memorial, and held a mass led by the bishop of Quibdo. The "
        "remains of most victims were exhumed in 2017 and returned to their families in 2019 "
        "after forensic identification. The FARC, which disarmed under the 2016 peace "
        "agreement, asked for forgiveness at a ceremony in the town in 2015. Community "
        "leaders used the anniversary to warn that other armed groups had moved into the area "
        "since the FARC's demobilisation. \"We want the state to come with schools and roads, "
        'not only soldiers," said one of the organisers. The Truth Commission has called '
        "Bojaya one of the emblematic cases of the conflict.",
        "history",
    ),
    (
        "Ten years on, Yemen's war has reshaped the region and left a divided country",
        "Ten years ago this week, a Saudi-led coalition launched air strikes on Yemen to "
        "reverse the Houthi takeover of the capital, Sanaa, promising a swift campaign. A "
        "decade later, the Houthis still control the capital and much of the north, the "
        "internationally recognised government is split between rival factions in the south, "
        "and the war has become one of the world's worst humanitarian crises. The fighting "
        "and its effects on food, health and the economy had killed an estimated 377,000 "
        "people by the end of 2021, according to the UN. Saudi Arabia, which has held direct "
        "talks with the Houthis since 2023, is seeking an exit. The Houthis, meanwhile, have "
        "become a regional actor with their attacks on Red Sea shipping since late 2023, "
        "which they say are in support of Palestinians in Gaza. Analysts say the group has "
        'emerged stronger from the war. "Nobody won, but Yemenis lost," said a political '
        "scientist at Sanaa University who asked not to be named. UN envoy Hans Grundberg has "
        "said a roadmap agreed in 2023 remains on the table.",
        "history",
    ),
    (
        "'20 Days in Mariupol' wins Oscar, the first for a Ukrainian film",
        '"20 Days in Mariupol," a documentary about the Russian siege of the Ukrainian port '
        "city, won the Oscar for best documentary feature on Sunday, the first Academy Award "
        "for a Ukrainian film. Director Mstyslav Chernov, an Associated Press video "
        "journalist, said in his acceptance speech that he wished he had never had to make "
        'the film. "I wish I could exchange this award to Russia never attacking Ukraine," he '
        "said. The film, a co-production of the AP and PBS Frontline, draws on footage "
        "Chernov shot with photographer Evgeniy Maloletka and field producer Vasilisa "
        "Stepanenko in the first weeks of the full-scale invasion in 2022. It shows the "
        "bombing of a maternity hospital and the digging of mass graves. The three were among "
        "the last international journalists in the city before escaping through Russian "
        "checkpoints. Chernov said the Oscar was for the people of Mariupol, which remains "
        "under Russian occupation. The film had already won a BAFTA and a Peabody award.",
        "entertainment",
    ),
    (
        "Sudanese film 'Goodbye Julia' wins Cannes prize as its country slides into war",
        '"Goodbye Julia," the first Sudanese film ever selected for the official programme of '
        "the Cannes Film Festival, won the Freedom Prize in the Un Certain Regard section on "
        "Saturday. Directed by Mohamed Kordofani, a former aeronautical engineer, the film "
        "follows a northern Sudanese woman and a southern Sudanese woman in Khartoum in the "
        "years before South Sudan's independence in 2011. Kordofani said the film was about "
        "racism and reconciliation and dedicated the award to the people of Sudan. Much of "
        "the cast and crew were unable to travel to France, he said, and several have left "
        "their homes since the war between the army and the Rapid Support Forces broke out in "
        'April. "We shot the film in streets that we now see on the news," said the lead '
        'actress, a former model. The producers hope to screen the film in Sudan "when peace '
        'comes". It will be released in French cinemas in the autumn.',
        "entertainment",
    ),
    (
        "DR Congo extends mpox vaccination to Kinshasa, starting with health workers",
        "The Democratic Republic of Congo began vaccinating people against mpox in the "
        "capital Kinshasa on Tuesday, expanding a campaign launched in the east last month, "
        "the health ministry said. Health Minister Roger Kamba said some 50,000 doses had "
        "been allocated to Kinshasa, where the more dangerous clade Ib strain of the virus "
        "has been spreading through sexual contact. Health workers, sex workers and contacts "
        "of confirmed cases are being vaccinated first. Japan has pledged 3 million doses of "
        "the LC16 vaccine, which can be used in children, who account for a large share of "
        "cases in Congo. The country has recorded more than 30,000 suspected cases and over "
        "900 deaths this year, according to the World Health Organization. Officials have "
        "struggled with testing, as only about half of suspected cases have been tested. The "
        "Africa CDC said it expected more doses to arrive from the United States and the "
        "European Union before the end of the year.",
        "health",
    ),
    (
        "Lviv rehabilitation centre fits its 2,000th prosthesis as demand from veterans grows",
        "Superhumans, a rehabilitation centre near Lviv that treats soldiers and civilians "
        "who have lost limbs in the war, fitted its 2,000th prosthesis this month, the centre "
        "said on Thursday. The clinic, which opened in April 2023, provides surgery, "
        "prosthetics, rehabilitation and psychological support free of charge. Its director "
        "said waiting lists had grown as more veterans were discharged with injuries. "
        "Ukraine's health ministry estimates that tens of thousands of people have undergone "
        "amputations since February 2022, though it does not publish exact figures. Many "
        "patients need several prostheses over their lifetime, and children grow out of them "
        "within a year. The centre has trained more than 40 Ukrainian prosthetists with the "
        "help of specialists from the United States and Britain. A second centre is due to "
        'open in Dnipro next year. "The body heals faster than the mind," said a 29-year-old '
        "former infantryman learning to walk on two artificial legs.",
        "health",
    ),
    (
        "From Kharkiv to Kilkenny: Ukrainian baker's sourdough wins national award",
        "A baker who fled Kharkiv with her two daughters in 2022 has won the top prize at a "
        "national food awards ceremony for a rye sourdough she first learned to bake in her "
        "grandmother's kitchen. Oksana Levchenko, 41, opened her bakery on a side street in "
        "Kilkenny in 2023 with a loan from the local enterprise office and now employs six "
        "people, three of them Ukrainian. Her rye loaf, made with caraway and a starter she "
        'carried across Europe in a jar, was chosen from more than 1,200 entries. "In the '
        'first months I could not sleep, so I baked," she said. Her husband remains in '
        "Ukraine, where he works as an engineer. The judges praised the loaf's \"deep, honest "
        "flavour\". Around 110,000 Ukrainians have come to Ireland under the EU's temporary "
        "protection scheme since the war began. The bakery will now supply two Dublin "
        "restaurants.",
        "other",
    ),
    (
        "Gustavo Petro wins Colombia's presidency, the first leftist to lead the country",
        "Former guerrilla Gustavo Petro won Colombia's presidential runoff on Sunday, "
        "becoming the first leftist to lead the country, with 50.4% of the vote against 47.3% "
        "for millionaire businessman Rodolfo Hernandez. Petro, a former mayor of Bogota who "
        "was a member of the M-19 rebel group in his youth, promised to tackle inequality, "
        'move the economy away from oil and coal, and seek "total peace" with the armed '
        "groups that remain active. His running mate, Francia Marquez, an environmental "
        "activist, will be the country's first Black vice-president. \"From today Colombia "
        'changes," Petro told supporters in a Bogota arena. Hernandez conceded defeat within '
        "hours. Turnout was about 58%. Markets are expected to react nervously to Petro's "
        "plans to halt new oil exploration. He will take office on August 7.",
        "other",
    ),
    (
        "Sudanese students sit secondary exams in Egypt and Chad centres",
        "More than 20,000 Sudanese students living abroad sat their secondary school "
        "certificate exams on Saturday in centres in Egypt, Chad, Saudi Arabia and other "
        "countries, the Ministry of Education said. Inside Sudan, the exams were held in "
        "states under the army's control, and for the first time since 2023 in parts of "
        "Khartoum state. The ministry said it had printed the papers in Port Sudan and flown "
        "them to Cairo under the supervision of the Egyptian authorities. Many students from "
        "Darfur and Kordofan were unable to register, teachers' groups said, and called for a "
        "special session. The Sudanese Teachers Committee said thousands of teachers had not "
        "received salaries for months. In Cairo, parents waited outside the exam halls in the "
        "heat, some holding umbrellas. Results are expected within two months. Egypt hosts "
        "more than 1.5 million Sudanese who arrived after the start of the war, according to "
        "Egyptian officials.",
        "other",
    ),
    (
        "Tens of thousands rally in Tel Aviv for hostage deal as talks resume in Cairo",
        "Tens of thousands of Israelis rallied in Tel Aviv on Saturday night to demand that "
        "the government reach a deal to return the hostages held in Gaza, in one of the "
        "largest demonstrations since the start of the war. Protesters filled Hostages Square "
        "and the streets around the Kirya military headquarters, holding photos of the "
        'captives and chanting "Bring them home now". Relatives addressed the crowd, urging '
        "Prime Minister Benjamin Netanyahu to accept the terms being discussed by mediators "
        'in Cairo. "Every day that passes is a death sentence," said the sister of one '
        "hostage. A separate protest calling for early elections was held outside the Knesset "
        "in Jerusalem. Police said the protests passed without major incidents, although a "
        "few demonstrators were detained for blocking the Ayalon highway. Organizers said "
        "they would return every Saturday until all the hostages were home.",
        "protest",
    ),
    (
        "Pro-Palestinian march in London passes peacefully, police say",
        "Tens of thousands of people marched through central London on Saturday to call for a "
        "ceasefire in Gaza, in the latest of a series of demonstrations since October. The "
        "march set off from the Bank of England and ended near Parliament Square, where "
        "speakers including the former Labour leader Jeremy Corbyn addressed the crowd. The "
        "Metropolitan Police said 12 people were arrested, most of them over placards and "
        "chants that officers said could show support for a proscribed organisation. About "
        "1,700 officers were on duty. Organisers from the Palestine Solidarity Campaign said "
        "the turnout showed that public pressure on the government was growing. Ministers "
        "have urged the organisers to scale back the frequency of the protests, citing the "
        "cost of policing.",
        "protest",
    ),
    (
        "Arbaat dam collapse in eastern Sudan kills dozens and cuts Port Sudan water supply",
        "The Arbaat dam north of Port Sudan collapsed after days of heavy rain, sweeping away "
        "villages and killing at least 30 people, officials said on Monday. Local officials "
        "said many more were missing and that the toll could be much higher, as rescue teams "
        "struggled to reach the area along washed-out roads. The dam was the main source of "
        "drinking water for Port Sudan, where the army-backed government and aid agencies "
        "moved after the war broke out last year. Around 50,000 people have been affected by "
        "the floods in Red Sea State, according to the UN. Residents said they had warned the "
        "authorities that the dam was filling with silt and had not been maintained. The army "
        "sent helicopters and boats to help search for survivors. Floods have hit several "
        "states this season, damaging the shelters of people displaced by the war in Kassala "
        "and River Nile states. The Ministry of Irrigation said engineers were assessing the "
        "structure.",
        "disaster",
    ),
    (
        "Deputy defence minister resigns over inflated army food contracts",
        "Ukraine's Deputy Defense Minister Vyacheslav Shapovalov resigned on Jan 24 after a "
        "media investigation revealed that the ministry had signed contracts to buy food for "
        "soldiers at prices two to three times higher than in shops in Kyiv. The ministry "
        'said the resignation was "a worthy act" that would help preserve trust, while '
        "insisting the allegations were based on a technical error. An investigative outlet "
        "had reported that eggs were being bought at 17 hryvnias each, compared with about 7 "
        "hryvnias in the capital. Defense Minister Oleksii Reznikov said he would ask the "
        "National Anti-Corruption Bureau to check the contracts. The same day, deputy head of "
        "the presidential office Kyrylo Tymoshenko and several regional governors were "
        'dismissed in a wider shake-up. President Volodymyr Zelensky said there would be "no '
        'return to the way things used to be". The anti-corruption bureau later opened a '
        "criminal case over the procurement of winter jackets. The European Union has made "
        "anti-corruption reforms a condition for accession talks.",
        "crime",
    ),
    (
        "Shakhtar Donetsk make Hamburg their Champions League home for the season",
        "Shakhtar Donetsk will play their Champions League group matches in Hamburg this "
        "season, the Ukrainian club said on Tuesday, as security concerns keep European "
        "football out of Ukraine for a second year. The club, which has not played in its "
        "home city since 2014, will use the Volksparkstadion of second-division Hamburger SV. "
        "Last season Shakhtar hosted their European games in Warsaw. Chief executive Sergei "
        "Palkin said the club hoped to attract Ukrainian refugees living in northern Germany "
        "and would offer them cheap tickets. Shakhtar have been drawn in a group with "
        "Barcelona, Porto and Antwerp. Ukraine's domestic league continues to play at home, "
        "but matches are halted when air-raid sirens sound and players have to go to "
        "shelters. Part of the proceeds will go to the club's fund for the families of fallen "
        "defenders. The club's head coach said the players were \"playing for the whole "
        'country".',
        "sport",
    ),
]
