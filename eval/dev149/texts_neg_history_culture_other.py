"""dev149 negatives: history, entertainment and other news (anniversaries, a film, a novel,
tourism, an election, returns from Pakistan, a denied rumour, a festival)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "25 years after Kargil, veterans and families return to Dras to remember the fallen",
        "Veterans of the 1999 Kargil war, families of soldiers killed in the conflict and "
        "serving officers gathered at the Kargil War Memorial in Dras on Friday to mark the "
        "25th anniversary of the war, known in India as Operation Vijay. Prime Minister "
        "Narendra Modi laid a wreath at the memorial and paid tribute to the 527 soldiers who "
        "lost their lives in the 60-day conflict with Pakistan in the heights of Kargil, Dras, "
        "Batalik and Mushkoh. Addressing the gathering, he said the country would never forget "
        "their sacrifice. Among those present was the mother of Captain Vikram Batra, who was "
        'killed on Point 4875 and awarded the Param Vir Chakra posthumously. "Every year I come'
        ' here, I feel he is still on those mountains," she said. Retired officers who fought '
        "in the battle for Tololing and Tiger Hill recounted the climbs in the dark under enemy"
        " fire, at altitudes of over 16,000 feet. A light and sound show at the memorial "
        "narrated the story of the war, and a motorcycle rally by Army personnel from Delhi "
        "concluded at Dras. The Army also organised a trek for families to the base of "
        "Tololing, where a plaque bearing the names of the dead was unveiled. Celebrations were"
        " also held at war memorials in Jammu, Srinagar and Delhi, and in several States, "
        "schools organised essay and painting competitions on the war. The Prime Minister also "
        "virtually inaugurated the first blast of the Shinku La tunnel project, which will "
        "provide all-weather connectivity to Ladakh.",
        "history",
    ),
    (
        "Victory Day: Nation pays glowing tributes to 1971 martyrs at Savar, parade in Tejgaon",
        "The nation yesterday celebrated the 52nd Victory Day with due solemnity, paying "
        "glowing tributes to the martyrs of the 1971 Liberation War, in which Bangladesh won "
        "independence after a nine-month armed struggle against the Pakistani occupation "
        "forces. The day began with a 31-gun salute at dawn, and President Mohammed Shahabuddin"
        " and Prime Minister Sheikh Hasina placed wreaths at the National Memorial in Savar. "
        "Thousands of people from all walks of life, carrying flowers and national flags, then "
        "thronged the memorial, while freedom fighters and families of martyrs were received "
        "with special honour. A colourful parade was held at the National Parade Ground in "
        "Tejgaon, where contingents of the army, navy, air force, BGB, police and Ansar "
        "marched, and fighter jets and helicopters of the air force performed a fly-past. At "
        "the Liberation War Museum in Agargaon, visitors queued to see a new gallery of "
        "photographs and letters from the war, including those of people killed in the genocide"
        ' of 1971. "My father went to fight and never came back. This day is for him," said a '
        "woman who came with her grandchildren from Gazipur. Buildings and roads in the capital"
        " and other cities were illuminated with colourful lights, and cultural programmes were"
        " held across the country. Special prayers were offered in mosques, temples, churches "
        "and pagodas for the martyrs.",
        "history",
    ),
    (
        "Mullivaikkal remembrance: Tamils light lamps for war dead amid heavy police presence",
        "Hundreds of Tamils gathered at Mullivaikkal in Mullaitivu yesterday to remember those "
        "killed in the final phase of the war in 2009, lighting oil lamps and laying flowers at"
        " the memorial site on the 15th anniversary of the end of the conflict. Many of those "
        "present were women who had lost husbands, sons or daughters in the last months of the "
        "war, and some broke down as a bell was rung at 10.30 in the morning to mark the start "
        "of the commemoration. Tamil National Alliance parliamentarians, religious leaders and "
        "university students also took part in the event, which was held without incident, "
        "though police and military personnel were deployed in large numbers around the area. "
        "Earlier in the week, police in Trincomalee arrested four people, including a woman, "
        'for distributing "Mullivaikkal kanji", the rice porridge that commemorates the hunger '
        "of civilians trapped in the war zone, in a case that drew criticism from rights "
        "groups. Similar commemorations were held at Jaffna University and in towns across the "
        "North and East. Families of the disappeared, who have been protesting for more than "
        "seven years, renewed their call for an international investigation into what happened "
        "to their relatives. The President's Media Division said the government respected the "
        "right of all communities to remember their dead.",
        "history",
    ),
    (
        "Uri: The Surgical Strike crosses Rs 200 crore; Vicky Kaushal's 'How's the josh?' "
        "becomes national catchphrase",
        "Aditya Dhar's Uri: The Surgical Strike has crossed Rs 200 crore at the domestic box "
        "office in its fifth week, becoming the first Bollywood film of the year to do so, "
        "trade analysts said on Monday. The film, which stars Vicky Kaushal as an Army officer "
        "who leads the 2016 cross-border strikes after the attack on an Army camp in Uri, has "
        "continued to draw crowds despite competition from new releases. Made on a budget of "
        "around Rs 25 crore, it has become one of the most profitable Hindi films in recent "
        'years, trade analyst Taran Adarsh said. Its line "How\'s the josh?", to which the '
        'soldiers reply "High, sir!", has become a catchphrase, used by politicians, cricketers'
        " and even the Prime Minister at public events. Critics have praised the film's action "
        "sequences and Kaushal's performance, but some have described it as jingoistic and said"
        " it blurred the line between cinema and political messaging ahead of the general "
        "elections. Dhar, a debutant director, said he had spent two years researching the "
        'operation and had met several officers who took part in it. "I wanted to make a film '
        'about the men who go out there, not about politics," he said in an interview. The film'
        " has also been made tax-free in several States.",
        "entertainment",
    ),
    (
        "Shehan Karunatilaka wins Booker Prize for 'The Seven Moons of Maali Almeida'",
        "Sri Lankan author Shehan Karunatilaka has won the Booker Prize for his novel 'The "
        "Seven Moons of Maali Almeida', a darkly comic afterlife story set during the civil "
        "war, becoming the second Sri Lankan-born writer to win the prestigious award after "
        "Michael Ondaatje. The novel follows the ghost of a war photographer who wakes up in a "
        "chaotic celestial visa office in 1990 and has seven moons to find out who killed him "
        "and to lead his friends to a hidden cache of photographs documenting wartime "
        "atrocities. Chair of the judges Neil MacGregor praised the book's \"ambition of scope "
        'and audacity of narrative technique", saying it took readers into "the horrors of '
        'civil war" with humour and warmth. Accepting the award at a ceremony in London, '
        "Karunatilaka said he hoped the novel would one day be read in a Sri Lanka that had "
        "learned from its past. He said the book had been written partly as a response to the "
        "2009 end of the war and the silence that followed. Karunatilaka, 47, who lives in "
        "Colombo, will receive £50,000 in prize money. The win was celebrated by writers and "
        "readers in Sri Lanka, where the book had been a bestseller even before it was "
        "shortlisted. President Ranil Wickremesinghe congratulated the author, calling the win "
        "a proud moment for the country.",
        "entertainment",
    ),
    (
        "Bhutan halves tourist levy to $100 a night to woo back visitors",
        "Bhutan has cut its Sustainable Development Fee (SDF) for international tourists by "
        "half, to US$ 100 per night, in a bid to revive tourist arrivals that have remained "
        "well below pre-pandemic levels since the country reopened its borders last year. The "
        "reduced fee, which will take effect from September 1 and remain in place for four "
        "years, was announced by the government after a review of the new tourism policy, which"
        " had raised the levy from US$ 65 to US$ 200 when Bhutan reopened in September 2022. "
        "Visitors from India, Bhutan's largest source market, will continue to pay Nu 1,200 a "
        "day. Children between six and 12 years will pay half the fee, while those under six "
        "are exempt. The Department of Tourism said the move was aimed at supporting hotels, "
        "tour operators, guides and handicraft producers, many of whom had struggled with the "
        'fall in arrivals. "Our high-value, low-volume policy is not changing. We want to make '
        'Bhutan accessible to more travellers who share our values," a government spokesperson '
        "said. Tour operators welcomed the decision but said the government should also "
        "simplify visa procedures and improve flight connectivity. Only around 50,000 "
        "international tourists, excluding those from the region, visited the country in the "
        "first seven months of the year, according to official figures. The levy funds free "
        "health care and education and conservation programmes, officials said. Bhutan's "
        "tourism sector accounts for a significant share of the country's foreign exchange "
        "earnings and employs thousands of young people. Hoteliers in Paro and Thimphu said "
        "they had already received inquiries from tour operators in Europe and the United "
        "States following the announcement. The government also announced that tourists who "
        "stay longer will get fee waivers for some nights in the southern and eastern "
        "districts, which receive few visitors. Industry representatives said the changes could"
        " double arrivals next year.",
        "other",
    ),
    (
        "PNC wins supermajority in parliamentary elections as MDP suffers heavy defeat",
        "President Mohamed Muizzu's People's National Congress (PNC) won a landslide victory in"
        " Sunday's parliamentary elections, securing more than two-thirds of the 93 seats in "
        "the People's Majlis, according to provisional results released by the Elections "
        "Commission. The PNC won 66 seats, while the Maldivian Democratic Party (MDP), which "
        "controlled the outgoing parliament with a supermajority, was reduced to 12 seats. "
        "Independent candidates won 10 seats, and the remaining seats went to smaller parties. "
        "Turnout was around 75 percent, lower than in the previous parliamentary elections, the"
        " commission said. The result gives Muizzu, who took office in November after defeating"
        " Ibrahim Mohamed Solih, the numbers to amend the constitution and pass legislation "
        'without the support of the opposition. "The people have given us the mandate to fulfil'
        ' our pledges," Muizzu said in a statement, thanking voters. MDP chairperson Fayyaz '
        "Ismail conceded defeat and congratulated the PNC, saying the party would act as a "
        "responsible opposition. Observers from the Transparency Maldives said voting was "
        "largely peaceful and orderly, although they noted concerns about vote-buying and the "
        "use of state resources in the campaign. The new parliament will be sworn in on May 28.",
        "other",
    ),
    (
        "Over 200,000 Afghans return from Pakistan as deportation deadline passes; Torkham "
        "crossing overwhelmed",
        "More than 200,000 Afghans have returned from Pakistan through the Torkham and Spin "
        "Boldak crossings since Pakistan announced in October that undocumented foreigners must"
        " leave the country or face deportation, officials of the Islamic Emirate said on "
        "Saturday. Thousands of families, many of whom had lived in Pakistan for decades, "
        "crossed at Torkham on Friday alone, with trucks piled high with household goods, "
        "livestock and bedding, according to the Ministry of Refugees and Repatriation. "
        "Officials at the crossing said a temporary camp set up near the border was struggling "
        "to cope, and that returnees were waiting for days to be registered and transported to "
        'their home provinces. "We were born in Peshawar. We have no house and no land in '
        'Afghanistan," said Gul Rahman, 45, who returned with his wife and seven children. '
        "Returnees complained that they had been forced to sell their belongings at low prices "
        "and that Pakistani police had detained some family members before the deadline. "
        "Pakistan's caretaker government has said the campaign targets only those without legal"
        " documents and is not aimed at Afghans in particular. The UN refugee agency and the "
        "International Organization for Migration have called on Pakistan to halt forced "
        "returns, warning that many of the returnees face a humanitarian crisis with winter "
        "approaching. The Islamic Emirate has formed a commission to address the problems of "
        "returnees and said it would provide land and shelter to those who had none. Aid "
        "agencies are providing food, cash and medical care at the border.",
        "other",
    ),
    (
        "No communal clash in Ullal, police say, warn of action against those spreading fake "
        "videos",
        "The Dakshina Kannada police on Tuesday denied reports on social media that a communal "
        "clash had broken out in Ullal on Monday night, and said a video being circulated as "
        "evidence was from a different State and several years old. The video, which showed "
        "people fighting with sticks outside a place of worship, was widely shared on WhatsApp "
        "and X with captions claiming that members of one community had attacked the other "
        'during a religious procession. "There has been no such incident anywhere in the '
        'district. The procession passed off peacefully," the Superintendent of Police said in '
        "a video message, urging people not to believe or forward unverified content. Police "
        "said a minor argument over parking had broken out between two groups of youths near a "
        "bus stop in Ullal but was resolved on the spot by local elders, and that no one was "
        "injured. Cases have been registered against four social media accounts for spreading "
        "false information with the intention of creating enmity between groups, and one person"
        " was detained for questioning. Shops and businesses in Ullal and Mangaluru functioned "
        "normally on Tuesday, and schools and colleges were open. The district administration "
        "said it was monitoring social media round the clock during the festival season. "
        "Leaders of several religious organisations appealed for calm and thanked the police "
        "for the quick clarification.",
        "other",
    ),
    (
        "Durga Puja ends with immersion ceremonies; record mandaps, tight security across country",
        "The five-day Durga Puja, the biggest religious festival of the Hindu community, ended "
        "yesterday with the immersion of idols in rivers and ponds across the country amid "
        "festivity and tight security. In the capital, devotees carried idols in trucks and on "
        "their shoulders to the Buriganga, where the main immersion took place at Wiseghat, "
        'with drums, conch shells and chants of "Dugga Maiki Jai". This year, the festival was '
        "celebrated at a record 32,666 mandaps across the country, including 252 in Dhaka city,"
        " according to the Bangladesh Puja Udjapan Parishad. Members of the police, Rab, BGB "
        "and Ansar were deployed at mandaps and immersion points, and volunteers from the "
        "community and local mosque committees helped manage the crowds. The home adviser, who "
        "visited several mandaps in the capital, said there had been no major untoward incident"
        " anywhere in the country this year. Leaders of the Puja Udjapan Parishad thanked the "
        "government and the public for their cooperation, but said security should be ensured "
        "for the minority community throughout the year, not only during festivals. Devotees "
        "bade farewell to the goddess with tearful eyes, and women smeared each other with "
        "vermilion in the ritual of sindur khela at Dhakeshwari National Temple. The day was a "
        "public holiday.",
        "other",
    ),
]
