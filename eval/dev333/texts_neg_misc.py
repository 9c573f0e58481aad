"""dev333 negatives: peaceful protests, films and books, and the military."""

NEGATIVES = [
    (
        "Budapest Pride draws record crowd in defiance of ban",
        "Tens of thousands of people marched through central Budapest on Saturday in the largest "
        "Pride march in Hungary's history, defying a government ban and warnings that "
        "participants could be identified with facial recognition cameras. The march, organised "
        "with the backing of the city's mayor, Gergely Karacsony, as a municipal event, crossed "
        "the Danube on the Elisabeth Bridge in sweltering heat. Police kept a small far-right "
        "counter-demonstration away from the route, and no incidents were reported. More than 70 "
        'members of the European Parliament joined the crowd. "They wanted to make us invisible, '
        'and look how many we are," said one organiser. Prime Minister Viktor Orban had said the '
        "police would not break up the march but warned of legal consequences for organisers. "
        "Amnesty International said the turnout was a powerful answer to what it called a battle "
        "over the right to assemble.",
        "protest",
    ),
    (
        "Serbian students block Kragujevac for 'Sretenje' rally, with 15 minutes of silence",
        "Tens of thousands of people filled the centre of Kragujevac on Saturday for the latest "
        "in a wave of student-led protests that began after the collapse of a railway station "
        "canopy in Novi Sad killed 15 people in November. Students who had walked for days from "
        "Belgrade and Novi Sad were welcomed with food and flowers by residents along the route. "
        "Traffic stopped at 11.52 a.m. as the crowd held 15 minutes of silence for the victims. "
        "The protesters are demanding the release of all documents on the station's renovation "
        "and accountability for officials. The Belgrade Centre for Security Policy said the rally "
        "passed without incident. President Aleksandar Vucic has accused foreign agencies of "
        "trying to stage a colour revolution but has said the students have a right to protest. "
        "Rights groups have criticised pro-government media for labelling protesters as traitors.",
        "protest",
    ),
    (
        "Laila Soueif enters fifth month of hunger strike for jailed son",
        "Laila Soueif, the mother of British-Egyptian activist Alaa Abd el-Fattah, entered the "
        "fifth month of her hunger strike on Saturday, living on black coffee, tea and "
        "rehydration salts as she campaigns for her son's release from an Egyptian prison. The "
        "68-year-old mathematics professor has lost more than 20kg and her family says doctors "
        "have warned she is at risk of sudden death. Abd el-Fattah, a leading figure of the 2011 "
        "uprising, was due to be freed last September after serving a five-year sentence for "
        "sharing a social media post, but Egypt has refused to count the time he spent in "
        "pre-trial detention. Supporters held a daily vigil outside Downing Street. The prime "
        "minister said he had raised the case with President Abdel Fattah al-Sisi twice. Amnesty "
        "International called on Egypt to release Abd el-Fattah immediately. Soueif's daughter, "
        "Sanaa Seif, said her mother had been admitted to hospital twice but refused to eat. Abd "
        "el-Fattah has himself been on a partial hunger strike in Wadi el-Natrun prison. The "
        "Foreign Office said it was doing everything it could to secure his release. His case is "
        "one of the best known of tens of thousands of political prisoners held in Egypt, "
        "according to rights groups.",
        "protest",
    ),
    (
        "Tamil mothers of the disappeared mark 3,000 days of roadside protest",
        "Tamil women whose relatives went missing during and after Sri Lanka's civil war marked "
        "3,000 days of continuous protest on Tuesday at a roadside shelter in Kilinochchi, where "
        "they have sat every day since February 2017. Holding photographs of sons, husbands and "
        "daughters, dozens of mothers walked silently to the district secretariat to hand over a "
        "petition addressed to the president. Many say they last saw their relatives when they "
        "surrendered to the army in May 2009, or when they were taken away in white vans. More "
        "than 200 of the original protesters have died without learning what happened. The Office "
        "on Missing Persons says it has received more than 14,000 complaints. \"We don't want "
        'compensation, we want our children," said one mother, now in her seventies. Police '
        "watched from across the road but did not intervene.",
        "protest",
    ),
    (
        "Millions join 'No Kings' rallies across US in largely peaceful protests",
        "Millions of people marched in cities and towns across the United States on Saturday in "
        '"No Kings" protests against President Donald Trump\'s policies, organisers said, in one '
        "of the largest days of demonstrations in the country's recent history. Crowds filled "
        "streets in New York, Chicago, Washington and Los Angeles, as well as hundreds of small "
        "towns, carrying inflatable costumes, American flags and hand-written signs about "
        "immigration raids and press freedom. Organisers estimated turnout at about seven million "
        "at more than 2,600 events. Police in several cities said there had been no arrests "
        "linked to the rallies. The American Civil Liberties Union, one of the organisers, said "
        "the marches were a reminder that peaceful protest is protected by the First Amendment. "
        'Republican leaders dismissed the events as "hate America" rallies, while the president '
        "said he was not a king. In Boston, marchers gathered on the Common, where organisers "
        "read out the names of immigrants detained by federal agents. In small towns in Idaho and "
        "Texas, retirees waved signs on street corners. Some Republican governors had placed the "
        "National Guard on standby before the rallies. No deployments were reported. Organisers "
        "said the next national day of action would be held in the spring.",
        "protest",
    ),
    (
        "Slovaks rally in 30 towns against takeover of public broadcaster",
        "Tens of thousands of people rallied in Bratislava and about 30 other Slovak towns on "
        "Thursday against a government plan to dissolve the public broadcaster RTVS and replace "
        "it with a new body under tighter political control. Protesters in Bratislava's Freedom "
        'Square shone the lights of their phones and chanted "We won\'t give up Slovakia". The '
        "European Federation of Journalists said the bill was a direct attack on media "
        "independence and would allow the culture minister to influence the new broadcaster's "
        "management. Culture Minister Martina Simkovicova has accused RTVS of biased reporting. "
        "The organisers, including the opposition Progressive Slovakia party, said the protests "
        "would continue every week. Police reported no incidents. Prime Minister Robert Fico, who "
        "survived an assassination attempt last year, has called critics of the bill part of a "
        "campaign against his government.",
        "protest",
    ),
    (
        "'I'm Still Here', story of a man taken by Brazil's dictatorship, wins Oscar",
        "\"I'm Still Here\", Walter Salles's film about the disappearance of former congressman "
        "Rubens Paiva during Brazil's military dictatorship, won the Oscar for best international "
        "feature on Sunday, the first Brazilian film to take the award. The film follows Paiva's "
        "wife, Eunice, played by Fernanda Torres, as she searches for her husband after he is "
        "taken from their Rio de Janeiro home by plainclothes soldiers in 1971 and never seen "
        "again. Crowds watching on screens during Rio's carnival erupted in cheers. The film has "
        "sparked renewed debate in Brazil over the 1979 amnesty law, which has shielded military "
        "officers from prosecution. In its wake, a Supreme Court justice reopened the question of "
        "whether the law covers enforced disappearances. Relatives of the dictatorship's victims "
        "said the success had brought their struggle to a generation that knew little about it.",
        "entertainment",
    ),
    (
        "Mariupol siege film by AP journalist Mstyslav Chernov takes Academy Award",
        '"20 Days in Mariupol", a film by Ukrainian video journalist Mstyslav Chernov about the '
        "first weeks of Russia's siege of the port city, won the Oscar for best documentary "
        "feature on Sunday, the first Academy Award for a Ukrainian film. Chernov and his "
        "Associated Press colleagues were the last international journalists in Mariupol before "
        "they escaped in a Red Cross convoy. Accepting the award, Chernov said he would trade it "
        "for Russia never having attacked his country. The film includes footage of the bombed "
        "maternity hospital that was seen around the world in March 2022. The AP and the PBS "
        "series Frontline produced the documentary, which also won a Pulitzer Prize for the "
        "agency's coverage. Press freedom groups said the win was a tribute to the journalists "
        "who risk their lives to document war. Chernov is working on a second film.",
        "entertainment",
    ),
    (
        "Narges Mohammadi's prison testimonies published as book in English",
        '"White Torture", a collection of interviews that jailed Iranian activist and Nobel '
        "Peace Prize laureate Narges Mohammadi conducted with fellow women prisoners, was "
        "published in English this week. The book describes the use of prolonged solitary "
        "confinement in Tehran's Evin prison and other detention centres, which Mohammadi says is "
        "designed to break prisoners' minds without leaving marks on their bodies. Thirteen "
        "women, among them journalists, religious minorities and a student, recount weeks in "
        "windowless cells with the lights on day and night. Mohammadi, who has spent much of the "
        "past two decades in prison, wrote the introduction from Evin. Her husband and children, "
        "who live in Paris, presented the book at a launch in London. Reviewers have compared it "
        "to the great prison literature of the Soviet era. Proceeds will go to a fund for "
        "political prisoners' families.",
        "entertainment",
    ),
    (
        "World Press Photo exhibition opens in Amsterdam with image of Gaza boy",
        "The World Press Photo exhibition opened at the Nieuwe Kerk in Amsterdam on Friday, led "
        "by Samar Abu Elouf's portrait of Mahmoud Ajjour, a nine-year-old from Gaza who lost both "
        "arms and now lives in Doha, where he is learning to write with his feet. The jury said "
        "the photograph, taken for the New York Times, spoke quietly about a war that would "
        "affect generations. The show includes 42 winning images and projects from 141 countries, "
        "on subjects ranging from migration across the Darien Gap to drought in the Amazon. It "
        "will travel to more than 60 cities over the next year. The foundation's director said it "
        "had never received so many entries documenting attacks on press freedom. Entry to the "
        "exhibition is free for under-18s. Organisers expect about 100,000 visitors in Amsterdam "
        "alone.",
        "entertainment",
    ),
    (
        "High Court rejects challenge to UK export of F-35 parts to Israel",
        "The High Court in London on Monday dismissed a legal challenge by a Palestinian rights "
        "group to the British government's decision to keep exporting parts for F-35 fighter jets "
        "to a global spares pool from which Israel can draw. Al-Haq and the Global Legal Action "
        "Network had argued that the exemption breached Britain's obligations under international "
        "law. The judges ruled that the decision was a matter for ministers, who had to weigh the "
        "impact on NATO and the international F-35 programme. The government suspended about 30 "
        "other licences for arms exports to Israel last September, citing a clear risk that they "
        "could be used in serious violations of humanitarian law. Oxfam and Amnesty "
        "International, which intervened in the case, said they were deeply disappointed. The "
        "claimants are considering an appeal. Britain supplies about 15% of the components of "
        "each F-35. The judges said the court was not the right place to decide whether Israel "
        "was complying with the laws of war. Lawyers for the claimants said the judgment set a "
        "dangerous precedent for arms control. The Campaign Against Arms Trade said it would keep "
        "pressing for a full embargo. The government said it had one of the most robust export "
        "control regimes in the world.",
        "military",
    ),
    (
        "South Korea's conscientious objectors say alternative service is punishment in disguise",
        "Young men doing South Korea's alternative to military service say the 36-month "
        "programme, spent living and working in prisons, amounts to punishment for their beliefs, "
        "according to a report by Amnesty International released on Tuesday. The alternative "
        "service was introduced in 2020 after the Constitutional Court ruled that jailing "
        "conscientious objectors was unconstitutional, ending decades in which hundreds of "
        "Jehovah's Witnesses were imprisoned each year. The report said the service lasts twice "
        "as long as the army's 18 months and involves cooking, cleaning and distributing meals to "
        'inmates. "We are treated like half-prisoners," one participant said. The UN Human '
        "Rights Committee has urged Seoul to shorten the term and allow service outside prisons. "
        "The Defence Ministry said the length reflected the greater burden of active duty.",
        "military",
    ),
    (
        "UN rapporteur: Eritrea's indefinite national service amounts to forced labour",
        "Eritrea's system of indefinite national service continues to amount to forced labour and "
        "is the main driver of young people fleeing the country, the UN special rapporteur on "
        "Eritrea told the Human Rights Council on Wednesday. Conscripts are sent to military "
        "training at the Sawa camp in their final year of secondary school and many remain in "
        "service for a decade or more, working on farms, construction sites and in government "
        "offices for minimal pay, he said. Families of those who evade conscription face fines, "
        "detention and the confiscation of property. Eritrea has not held national elections "
        "since independence in 1993 and has no independent media. The government refused to let "
        "the rapporteur visit and its representative accused the council of a campaign against "
        "the country. Eritreans are among the largest groups of asylum seekers reaching Europe. "
        "Eritrean refugees in Ethiopia and Sudan told the rapporteur's team that they had fled "
        "after serving more than ten years. He said the government had released no information "
        "about journalists arrested in 2001, some of whom are believed to have died in custody.",
        "military",
    ),
]
