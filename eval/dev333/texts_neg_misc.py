"""dev333 negatives: peaceful protests, films and books, the military, accidents, health,
disasters, sport, business and other rights news."""

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
    (
        "Mexican officials charged after 40 migrants die in Ciudad Juarez detention centre fire",
        "Mexican prosecutors have charged six people, including officials of the National "
        "Migration Institute, over a fire at a detention centre in Ciudad Juarez in which 40 "
        "migrants died. Security camera footage showed guards walking away from a locked cell as "
        "smoke filled the room, after detainees set fire to foam mattresses in protest at their "
        "imminent deportation. The victims came from Guatemala, Honduras, Venezuela and El "
        "Salvador, and about two dozen others were injured. Rights groups said the disaster "
        "exposed the conditions in which migrants are held, often for days without access to "
        "lawyers. President Andres Manuel Lopez Obrador said the guards had not opened the cell "
        "because they did not have the keys. The UN refugee agency and the International "
        "Organization for Migration called for alternatives to detention. Relatives gathered "
        "outside the building with candles and flowers.",
        "accident",
    ),
    (
        "Fire destroys 2,000 shelters in Rohingya camp in Cox's Bazar",
        "A fire swept through a Rohingya refugee camp in Cox's Bazar, Bangladesh, on Sunday, "
        "destroying about 2,000 bamboo and tarpaulin shelters and leaving some 12,000 people "
        "homeless, officials said. The blaze broke out in the afternoon in Camp 11 and spread "
        "quickly in dry, windy conditions before firefighters brought it under control after "
        "about three hours. No deaths were reported, but dozens of learning centres, health posts "
        "and mosques were also destroyed. Bangladesh's refugee commissioner said an investigation "
        "had been ordered. Aid agencies began distributing food and tarpaulins to families "
        "sleeping in the open. Rights groups have long criticised fences around the camps, which "
        "they say slow escape and firefighting. More than a million Rohingya live in the camps "
        "after fleeing Myanmar. Refugees said the fire spread so fast that many families could "
        "not save their documents or food rations. It was the third large fire in the camps this "
        "year. A fire in 2021 killed at least 15 people and destroyed about 10,000 shelters. The "
        "UN refugee agency said its volunteers had helped evacuate elderly people and children.",
        "accident",
    ),
    (
        "TB rates in Philippine jails up to ten times national average, study finds",
        "Tuberculosis rates in Philippine jails are up to ten times higher than in the general "
        "population, a study published on Thursday found, and rights groups said overcrowding was "
        "turning cells into incubators for the disease. Researchers screened more than 9,000 "
        "inmates in 19 jails in Metro Manila and found active TB in about 4% of them. Some "
        "facilities hold more than five times the number of people they were built for, with "
        "inmates sleeping in shifts on concrete floors. The Bureau of Jail Management and "
        "Penology said it had introduced portable X-ray machines and was working with the health "
        "department on treatment. Most of those held have not been convicted and are awaiting "
        "trial, often for years. The Commission on Human Rights called for wider use of bail for "
        "minor offences. The World Health Organization lists the Philippines among the countries "
        "with the heaviest TB burden.",
        "health",
    ),
    (
        "Report links 14 deaths in US immigration detention to medical neglect",
        "At least 14 people have died in US immigration detention since January, and in most "
        "cases detention staff failed to provide timely medical care, a report by a coalition of "
        "physicians and civil liberties groups said on Tuesday. The report, based on death "
        "reviews by Immigration and Customs Enforcement and medical records obtained through "
        "lawsuits, found cases of diabetes, heart conditions and infections that went untreated "
        "for days. It said detention numbers have risen above 60,000 for the first time, "
        "stretching the medical staff of privately run facilities. Physicians for Human Rights "
        "said several of the deaths were preventable. ICE said in a statement that detainees "
        "receive comprehensive medical care and that each death is reviewed. Two senators have "
        "asked the inspector general to investigate conditions at a centre in Georgia.",
        "health",
    ),
    (
        "Texas prisons without air conditioning linked to heat deaths, lawsuit claims",
        "A federal lawsuit filed on Monday accuses the Texas prison system of exposing inmates to "
        "deadly heat, saying that 41 people may have died of heat-related causes during last "
        "summer's heatwave in facilities without air conditioning. Temperatures inside some cells "
        "exceeded 43C for weeks, according to the lawsuit, which was brought by the Texas Civil "
        "Rights Project on behalf of prisoners and their families. About two-thirds of the "
        "state's prisons lack air conditioning in housing areas. The Texas Department of Criminal "
        "Justice said it had provided fans, ice water and cooled respite areas, and that none of "
        "the deaths had been confirmed as caused by heat. A federal judge said last year that "
        'conditions were "sadistic". The legislature has budgeted funds for cooling, but '
        "installing it in all units could take years. Forecasters expect another hotter than "
        "normal summer.",
        "disaster",
    ),
    (
        "Pakistan floods: Hindu and Christian families say they were turned away from relief camps",
        "Hindu and Christian families displaced by Pakistan's floods in Sindh province say they "
        "were denied food and shelter at relief camps run by local officials and charities, the "
        "Human Rights Commission of Pakistan said on Wednesday. The commission's fact-finding "
        "team visited camps in the districts of Dadu, Jacobabad and Sanghar, where some families "
        "told them they had been asked to leave after giving their names. Hundreds of Hindu "
        "families were living on raised embankments without tents or clean water, the report "
        "said. The floods, caused by record monsoon rains and melting glaciers, have killed more "
        "than 1,700 people and affected 33 million across the country. The provincial government "
        "said aid was distributed without discrimination and promised to investigate. Minority "
        "rights groups said similar complaints were made after the floods of 2010.",
        "disaster",
    ),
    (
        "FIFA confirms Saudi Arabia as 2034 World Cup host despite rights warnings",
        "FIFA confirmed Saudi Arabia as host of the 2034 World Cup on Wednesday in a virtual "
        "congress that approved the bid by acclamation, brushing aside warnings from human rights "
        "groups about the treatment of migrant workers who will build the stadiums. Amnesty "
        "International said the decision showed FIFA had scored a spectacular own goal on its own "
        "human rights policy. The kingdom plans 11 new stadiums, including one on top of a "
        "skyscraper in the planned city of Neom, and a vast expansion of hotels and transport. "
        "Human Rights Watch said migrant workers in the country still faced wage theft and "
        "dangerous heat. Saudi officials say labour reforms have ended many of the abuses of the "
        "kafala system. The Norwegian football federation abstained in protest. The 2030 "
        "tournament was awarded to Spain, Portugal and Morocco at the same congress. FIFA "
        "president Gianni Infantino said the tournament would bring people together and would be "
        "a catalyst for social change. The bid was the only one submitted after the governing "
        "body gave candidates less than a month to declare interest. Players' union FIFPRO said "
        "FIFA must make sure that the rights of workers and fans were respected. The Saudi Public "
        "Investment Fund is also a major sponsor of FIFA events. Football supporters' groups in "
        "Europe said they would campaign for guarantees for LGBTQ fans travelling to the kingdom.",
        "sport",
    ),
    (
        "Afghan women's cricket team reunites in Melbourne three years after fleeing",
        "Members of Afghanistan's women's cricket team played their first match together in more "
        "than three years on Thursday, at Melbourne's Junction Oval, in a fixture arranged by "
        "Cricket Australia. Most of the players left Afghanistan after the Taliban returned to "
        "power in 2021 and banned women from sport, and now live in Australia on humanitarian "
        "visas. The Afghanistan Women XI lost to a Cricket Without Borders side by four wickets, "
        'but their captain said the result did not matter. "Today we are not just playing for '
        'ourselves, we are playing for the women who are not allowed to leave their homes," she '
        "said. The International Cricket Council has not recognised the team and continues to let "
        "Afghanistan's men play in its tournaments. Several national boards have refused to play "
        "bilateral series against Afghanistan's men in protest. The players trained for the match "
        "at a camp in Melbourne with coaches provided by Cricket Australia. Many had not held a "
        "bat since leaving Kabul.",
        "sport",
    ),
    (
        "Rights groups say Paris cleared migrants and homeless people ahead of Olympics",
        "French authorities moved about 12,500 homeless people, migrants and sex workers out of "
        "the Paris region in the year before the Olympics, a coalition of nearly 100 charities "
        "said on Monday in a report it described as social cleansing. The group, Le Revers de la "
        "Medaille, said people were bused from evacuated squats and camps to temporary shelters "
        "in other regions, where many were left without support after a few weeks. Police also "
        "cleared tents along the Seine near venues for the opening ceremony. The government says "
        "the transfers were part of a long-standing policy of relieving pressure on the capital's "
        "saturated emergency housing and had nothing to do with the Games. Organisers of the "
        "Olympics said they were not involved. The charities said they had offered to work with "
        "the government on a lasting plan but were ignored.",
        "sport",
    ),
    (
        "US customs blocks $3.6bn of goods under Uyghur forced labour law",
        "US Customs and Border Protection has detained more than 10,000 shipments worth about "
        "$3.6 billion under a law that presumes goods made in China's Xinjiang region are "
        "produced with forced labour, according to agency data released on Monday. Solar panels, "
        "electronics and car parts account for most of the blocked shipments. The Uyghur Forced "
        "Labor Prevention Act requires importers to prove that their supply chains do not use "
        "forced labour of Uyghurs and other Muslim minorities. The Department of Homeland "
        "Security added 37 companies to its entity list this year, including makers of aluminium "
        'and seafood. Beijing says the allegations of forced labour are "the lie of the '
        'century" and calls the law economic bullying. Rights groups said enforcement must now '
        "extend to goods that pass through third countries such as Vietnam and Malaysia. "
        "Importers have complained that the process of proving a clean supply chain is slow and "
        "expensive. Some solar developers in the United States say projects have been delayed for "
        "months. Customs officials say they have also started testing the isotopes in cotton to "
        "trace its origin. The European Union has adopted its own ban on products made with "
        "forced labour, which will take effect in 2027.",
        "economy",
    ),
    (
        "Amnesty: forced evictions for cobalt and copper mines in Kolwezi",
        "The expansion of industrial cobalt and copper mines around Kolwezi in the Democratic "
        "Republic of Congo has led to the forced eviction of thousands of people, many without "
        "compensation, Amnesty International said in a report on Tuesday. The group said "
        "residents of the Mukumbi settlement woke to find bulldozers demolishing their homes, and "
        "that some who resisted were threatened by mine security guards. Demand for cobalt, used "
        "in the batteries of electric cars and phones, has soared as the energy transition "
        "gathers pace, and Congo produces about 70% of the world's supply. The mining companies "
        "named in the report said they followed international standards on resettlement. The "
        "Congolese government said it would review the cases. Amnesty said car makers must check "
        "their supply chains for such abuses, not just for child labour.",
        "economy",
    ),
    (
        "Nobel Peace Prize for rights groups in Russia and Ukraine and jailed Belarusian",
        "The Nobel Peace Prize was awarded on Friday to jailed Belarusian activist Ales "
        "Bialiatski, the Russian human rights group Memorial and the Ukrainian organisation "
        "Center for Civil Liberties, which the Norwegian Nobel Committee said had made an "
        "outstanding effort to document abuses of power. Bialiatski, the founder of the Viasna "
        "centre, has been held without trial since last year. Memorial, which compiled records of "
        "the millions of victims of Soviet repression, was dissolved by a Russian court in "
        "December. The Center for Civil Liberties, led by lawyer Oleksandra Matviichuk, has been "
        "recording testimony of abuses against civilians in Ukraine. Matviichuk said the prize "
        "was recognition for people who had worked for years without attention. The Kremlin said "
        "it was not interested in the award. The prize will be presented in Oslo on December 10. "
        "The committee's chair said the prize was not directed against President Vladimir Putin "
        "but was intended to honour civil society. Memorial's co-founder said the award showed "
        "that its work continued despite the closure of its offices. Bialiatski's wife, Natalia "
        "Pinchuk, said she hoped the prize would help him endure. Belarusian authorities did not "
        "comment.",
        "other",
    ),
    (
        "Thailand's first same-sex couples marry as equality law takes effect",
        "Hundreds of same-sex couples registered their marriages across Thailand on Thursday as "
        "the country became the first in Southeast Asia to allow marriage equality. At a shopping "
        "mall in Bangkok, where a mass registration was organised with the city authorities, "
        "couples in matching suits and traditional silk exchanged rings under rainbow banners. "
        "The law gives same-sex spouses full legal, financial and medical rights, including "
        "inheritance and the right to adopt children. Activists said the campaign had taken more "
        'than two decades. "We fought a long battle, and today we can finally celebrate," said '
        "one campaigner who married her partner of 17 years. Officials said more than 1,400 "
        "couples had registered by the afternoon. Tourism authorities hope the change will "
        "attract more visitors. Parliament passed the bill with near-unanimous support last year "
        "after several failed attempts. Neighbouring countries including Vietnam and Cambodia do "
        "not recognise same-sex marriages.",
        "other",
    ),
]
