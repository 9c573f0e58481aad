"""dev291 negatives: courts, censorship, politics, crime and peaceful protest (written blind)."""

NEGATIVES = [
    (
        "Pensioner fined for 'discrediting the army' over anti-war sticker on her fridge magnet stall",
        """A court in Kaliningrad has fined a 67-year-old woman 30,000 roubles for "discrediting the armed forces" after she sold fridge magnets with the words "No to war" at a city market, her lawyer said on Tuesday. Police came to the stall after a customer filed a complaint, according to the OVD-Info rights group, which tracks such cases. The woman, a retired schoolteacher, told the court she had not meant to insult anyone and that the phrase was "a simple human wish". The judge ruled that the slogan "forms a negative attitude" towards the army's operation in Ukraine. Since the article was introduced in March 2022, courts have heard more than 10,000 administrative cases under it, OVD-Info says. A second offence within a year can lead to criminal charges and up to five years in prison. Her lawyer said they would appeal, although he did not expect it to succeed.""",
        "politics",
    ),
    (
        "Moscow councillor jailed for seven years over remarks at council meeting",
        """A Moscow court on Friday sentenced Alexei Gorinov, a municipal deputy in the capital's Krasnoselsky district, to seven years in a penal colony for spreading "false information" about the army. Gorinov was arrested after a council meeting in March at which he said a children's drawing contest should be cancelled because "children are dying every day" in Ukraine. He was the first person to be jailed under the law on military "fakes" adopted a week after the start of the invasion. In his final statement, Gorinov held up a sign reading "Do you still need this war?" and said he did not regret his words. Prosecutors had asked for seven years. Dozens of supporters gathered in the corridor of the Meshchansky court, and several diplomats from Western embassies attended the hearing. Memorial, which has been dissolved by a court, declared him a political prisoner.""",
        "politics",
    ),
    (
        "Journalist sentenced in absentia to eight years for reporting on army losses",
        """A Moscow court on Wednesday sentenced the exiled journalist Farida Kurbangaleeva in absentia to eight years in prison for spreading "deliberately false information" about the Russian army, according to court records. The case concerned a video interview she published in 2022 in which a former soldier described the shelling of a Ukrainian town. Kurbangaleeva, who lives in Prague, said she had learned about the verdict from a colleague's message and called the case "a ritual". The court also banned her from running websites for four years after her release. Russian prosecutors have brought dozens of such cases against journalists who left the country, many of them designated as foreign agents. Reporters Without Borders said Russia currently holds at least 30 journalists in prison. The Kremlin says the laws protect the army from "hostile information attacks".""",
        "politics",
    ),
    (
        "Theatre director Berkovich and playwright Petriychuk jailed for six years over play",
        """A military court in Moscow on Monday sentenced theatre director Zhenya Berkovich and playwright Svetlana Petriychuk to six years each in prison for "justifying terrorism" in their award-winning play about Russian women lured to Syria to marry Islamic State fighters. The play, "Finist the Brave Falcon", won two Golden Mask awards in 2022, Russia's most prestigious theatre prizes. The defence argued that the play condemned radicalisation rather than justifying it, and several theatre critics testified in the women's favour. An expert witness for the prosecution, who analysed the text for "destructive ideology", had no training in theatre or linguistics, the defence said. Berkovich, 39, made a heart shape with her hands as the sentence was read out. Her supporters, many of them actors, applauded as the two were led away. The case has become a symbol of the pressure on culture since the start of the war.""",
        "politics",
    ),
    (
        "YouTube slows to a crawl as regulator tightens screws, users turn to VPNs",
        """Download speeds for YouTube in Russia have fallen by as much as 70% over the past week, internet monitoring services said, as the authorities step up pressure on the world's largest video platform. Roskomnadzor, the media regulator, blamed Google for failing to upgrade its caching servers in Russia, but a Duma deputy, Alexander Khinshtein, said the slowdown was a response to YouTube's refusal to unblock the channels of Russian state media. Bloggers who rely on the platform said their audiences had shrunk overnight. Demand for VPN services jumped fivefold, according to the analytics firm GlobalCheck. The state-backed platform RuTube said registrations had reached a record. Officials have repeatedly denied plans to ban YouTube outright, which remains the most popular video service among Russians with about 50 million daily users. Critics called the move part of a "war on independent content".""",
        "politics",
    ),
    (
        "Calls on WhatsApp and Telegram restricted to 'counter fraudsters', regulator says",
        """Russia's communications regulator said on Wednesday it had begun partially restricting voice calls on WhatsApp and Telegram, accusing the two platforms of failing to cooperate with law enforcement in cases of fraud and terrorism. Roskomnadzor said text messaging would not be affected. Users across the country reported dropped calls and poor sound from late July, according to the Downdetector service. The state-backed messenger Max, developed by VK, will be pre-installed on all smartphones sold in Russia from September under a government decree. Digital Development Minister Maksut Shadayev said the restrictions would be lifted when the foreign services "start complying with Russian law". Telegram's press service said the company actively removes millions of harmful messages a day. Analysts said the move fitted a broader campaign to push Russians towards domestic platforms that the security services can monitor.""",
        "politics",
    ),
    (
        "Duma fast-tracks law on confiscating property of those who 'discredit' army",
        """The State Duma on Wednesday passed in three readings a bill allowing the authorities to seize money and property from people convicted of spreading "fakes" about the army or calling for sanctions against Russia. Speaker Vyacheslav Volodin said the law was aimed at "scoundrels" who had left the country and were "throwing mud" at soldiers, and named several exiled writers and performers. The bill also strips the convicted of state honours and titles. Only one deputy voted against. Lawyers said it was not clear how the confiscation would be applied to people who have already sold their property in Russia. "This is a battle for the souls of our citizens," Volodin told deputies. The Federation Council is expected to approve the bill next week, after which it goes to Putin for signature.""",
        "politics",
    ),
    (
        "Ex-deputy defence minister Ivanov gets 13 years for embezzlement",
        """A Moscow court on Thursday sentenced Timur Ivanov, a former deputy defence minister, to 13 years in a high-security penal colony after finding him guilty of embezzlement and money laundering. Ivanov, who oversaw construction projects for the ministry, including the rebuilding of occupied Mariupol, was arrested in April 2024 in a case that opened a wave of detentions of senior military officials. Prosecutors said he had taken part in schemes that caused losses of nearly 4 billion roubles during the purchase of ferries and construction work. Ivanov, 49, denied the charges and his lawyers said they would appeal. His former business partner received a term of 12 years. The court also ordered the seizure of property including a villa, cars and a collection of watches. Since Andrei Belousov replaced Sergei Shoigu as defence minister, more than a dozen senior officials have been arrested for corruption.""",
        "crime",
    ),
    (
        "Former sea captain jailed over string of hoax bomb calls in the Urals",
        """A court in Yekaterinburg sentenced a 48-year-old former merchant navy captain to three years in prison on Monday for making false reports of bombs at shopping centres and schools across the Urals. Investigators said the man had made more than 40 calls over four months from a prepaid SIM card, each time claiming that explosives were planted in a crowded building. Police evacuated about 12,000 people during the hoaxes, including students of a university and shoppers at the Greenwich mall, regional officials said. No explosives were found. The man told the court he had been drinking heavily and was angry at his former employer. Reports of bombs rose sharply after the attack on Crocus City Hall in March, the Interior Ministry says, and most turn out to be pranks or fraud. The judge ordered him to pay 2.3m roubles in costs to the police and emergency services.""",
        "crime",
    ),
    (
        "Student opens fire at Perm university, killing six",
        """A first-year student opened fire at Perm State University on Monday morning, killing six people and wounding more than 20, the Investigative Committee said. Students barricaded themselves in classrooms and some jumped from first-floor windows, videos posted on social media showed. The 18-year-old gunman, who had a licence for the hunting rifle he used, was wounded by police as he resisted arrest and taken to hospital. In a post online before the attack, he wrote that he had planned it for a long time and that he acted out of hatred, investigators said, and no political or religious motive was reported. The case was opened on charges of murder. Putin expressed condolences and ordered a review of gun licensing rules. It was the second school shooting in Russia this year after a teenager killed nine people at a school in Kazan in May.""",
        "crime",
    ),
    (
        "Businessman shot dead outside Moscow City tower in apparent contract killing",
        """A businessman involved in a long dispute over a construction firm was shot dead in the car park of a tower in the Moscow City business district on Tuesday evening, the Investigative Committee said. The gunman, wearing a hood and a medical mask, fired several shots from a pistol with a silencer and fled on foot, according to footage from security cameras published by the Baza Telegram channel. The victim, 56, was the co-owner of a company that had won several contracts to build roads in the Moscow region. Investigators opened a murder case and said they were examining his business dealings. Police set up checkpoints around the district and searched the nearby metro station. Contract killings of businessmen, common in Russia in the 1990s, have become rare in the capital, although several cases have been reported in recent years.""",
        "crime",
    ),
    (
        "Customs seize record haul of cocaine in banana shipment at St Petersburg port",
        """Russian customs officers found more than 1.5 tonnes of cocaine hidden in a shipment of bananas from Ecuador at the port of St Petersburg, the Federal Customs Service said on Thursday, the largest such seizure this year. The drugs were packed in 45 bags among boxes of fruit in two refrigerated containers, officials said. Investigators detained four people, including the director of a fruit importing firm in Leningrad region, and opened a case on charges of smuggling narcotics on an especially large scale. The street value of the haul was estimated at 15 billion roubles. The Interior Ministry said the operation had been carried out together with the FSB and police in Latin America. "Our war on drugs does not stop for a day," the head of the customs service's northwestern directorate said in a statement.""",
        "crime",
    ),
    (
        "Teenage girl shoots classmate and herself at Bryansk school",
        """A 14-year-old schoolgirl opened fire with a shotgun at a school in Bryansk on Thursday morning, killing a classmate and wounding five other children before shooting herself, investigators said. The girl had brought her father's hunting gun to school in a case, and started shooting during a biology lesson. Rescue services and police arrived within minutes, regional governor Alexander Bogomaz said. The Investigative Committee opened a case of murder and said investigators were examining reports that the girl had been bullied. The girl's father was detained on charges of negligent storage of a firearm. Education Minister Sergei Kravtsov ordered a review of security in schools, most of which have metal detectors and guards but no armed protection. The school will stay closed until Monday, and psychologists were sent to work with pupils and teachers.""",
        "crime",
    ),
    (
        "Thousands file past Navalny's coffin as funeral passes without arrests at cemetery",
        """Thousands of people queued for hours in southeast Moscow on Friday to say goodbye to opposition leader Alexei Navalny, who died in an Arctic prison last month. His funeral service was held at the Church of the Icon of the Mother of God Quench My Sorrows in Maryino, after which his coffin was carried to the Borisovskoye cemetery. Mourners carried flowers and chanted "Navalny!", "No to war" and "We will not forgive". Police in large numbers stood along the route and set up metal barriers, but reporters at the cemetery saw no detentions. Navalny's mother Lyudmila and his father Anatoly attended, while his widow Yulia, who lives abroad, spoke in a video message. Diplomats including the ambassadors of the United States, France and Germany were present. Mobile internet was slow in the area, users said. The Kremlin said it had nothing to say to his family.""",
        "protest",
    ),
    (
        "Soldiers' wives lay flowers at Kremlin wall to demand return of mobilised husbands",
        """About 30 women whose husbands were mobilised in 2022 laid red carnations at the Tomb of the Unknown Soldier near the Kremlin wall on Saturday, in a silent protest calling for their men to be demobilised. The women, members of the Put Domoi (Way Home) movement, wore white headscarves and held no posters. Police watched the gathering but did not intervene, and the women dispersed after about half an hour. Several journalists were asked to show their documents. The movement, which has about 70,000 subscribers on Telegram, says men who were called up should be rotated home after a year. The Justice Ministry has labelled the group a foreign agent. "We are not against the army, we are for our families," a woman from Kaluga told the Moscow Times. The Kremlin says the mobilised will serve until the end of the special military operation.""",
        "protest",
    ),
    (
        "'Noon against Putin': long queues form at polling stations at midday",
        """Long queues formed outside polling stations in Moscow, St Petersburg and other cities at noon on Sunday, the last day of the presidential election, as opposition supporters answered a call to turn up at the same time in a peaceful protest against Putin. The "Noon against Putin" action had been backed by Yulia Navalnaya and the team of her late husband. In Moscow, hundreds of people waited outside a school in the Maryino district, some spoiling their ballots or writing Navalny's name on them. Queues also formed outside Russian embassies in Berlin, London, Almaty and Yerevan. OVD-Info reported isolated detentions, including of several people who allegedly poured green dye into ballot boxes. The Central Election Commission said turnout was a record of above 74%. Putin, running against three Kremlin-approved candidates, was on course to win more than 87% of the vote.""",
        "protest",
    ),
    (
        "Lone picketer detained on Red Square with blank sheet of paper",
        """Police detained a young woman on Red Square on Sunday after she stood near the GUM department store holding a blank sheet of A4 paper, a photographer who witnessed the scene said. The woman, a 24-year-old designer, was taken to a police station and charged with "discrediting the armed forces", her lawyer told the OVD-Info rights group. Police said she had been held to "establish her identity". Single pickets, once the only form of street protest in Russia that did not need permission, have become rare since 2022. Blank placards and sheets of paper with asterisks in place of words have appeared in several cities, and courts have sometimes ruled that they too "discredit" the army. She was released late in the evening and is due in court next week, where she faces a fine of up to 50,000 roubles.""",
        "protest",
    ),
    (
        "Orsk residents rally outside city hall to demand compensation after dam burst",
        """Several hundred residents of Orsk whose homes were flooded when a dam on the Ural river burst gathered outside the city administration on Monday to demand compensation and an explanation of why the dam failed. People chanted "Putin, help!" and "Shame!" and demanded that the mayor come out to talk to them. The mayor, Vasily Kozupitsa, spoke to the crowd and promised that payments would be made within days. Police stood by but did not disperse the rally, which ended peacefully after about three hours, local media reported. Similar gatherings were held in the regional capital Orenburg, where the river was still rising. About 10,000 homes in the region have been flooded, officials said. Prosecutors have opened a case of negligence over the construction of the dam, which was completed in 2014.""",
        "protest",
    ),
]
