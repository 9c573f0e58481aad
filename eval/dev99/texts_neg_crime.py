"""dev99 hard negatives: crime and the courts in the vocabulary of communal violence."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Kano man kills cousin over family farmland, police say",
        "Police in Kano State have arrested a 41-year-old man for allegedly hacking his cousin "
        "to death with a machete during a quarrel over the sharing of their late grandfather's "
        "farmland in Dawakin Tofa Local Government Area. The command's spokesman said the "
        "suspect attacked the victim on the farm on Tuesday morning after family elders failed "
        "to settle the matter. Residents said the two men had quarrelled over the land for "
        "months and that the village head had twice summoned them for settlement. The victim "
        "was buried on Wednesday according to Islamic rites, and the suspect will be charged to "
        "court after investigation.",
        "crime",
    ),
    (
        "Land court dismisses Ol Moran family's claim to 400-acre farm",
        "The Environment and Land Court in Nyahururu has dismissed a claim by 14 members of a "
        "family in Laikipia's Ol Moran to a 400-acre farm they said their father bought in "
        "1979. Justice Mary Wanjiru ruled that the title held by a neighbouring company was "
        "valid and ordered the family to vacate within 90 days. The case had dragged on since "
        "2014, when the family first went to court after a survey placed their homestead inside "
        "the company's boundary. Their lawyer said they would appeal, Nation reports. Several "
        "similar disputes over ranch land in Laikipia are pending before the same court.",
        "crime",
    ),
    (
        "Police arrest three suspected cattle rustlers, recover 23 cows in Kaduna",
        "The Kaduna State Police Command has arrested three suspected cattle rustlers and "
        "recovered 23 cows stolen from a herder's ranch in Kachia, its spokesperson said on "
        "Friday. Acting on a tip-off, detectives intercepted the suspects as they drove the "
        "animals towards a market in Kafanchan. The cows have been handed back to their owner, "
        "and the suspects will be arraigned once investigations are complete. The spokesperson "
        "urged herders to brand their animals and to report thefts promptly, noting that "
        "stolen cattle were often sold within a day of being taken. Traders at the Kafanchan "
        "market have also been asked to demand proof of ownership from sellers.",
        "crime",
    ),
    (
        "Man dies after fight at Port Moresby nightclub",
        "A 29-year-old man died at Port Moresby General Hospital on Sunday after he was "
        "stabbed during a fight outside a nightclub at Gordons, police said. Witnesses told "
        "police the fight started inside the club over a spilled drink and continued in the "
        "car park. A suspect has been taken into custody, the NCD metropolitan commander said, "
        "urging young people to 'drink responsibly and walk away from trouble'.",
        "crime",
    ),
    (
        "Gurugram: Man shot dead after car scrapes his SUV on expressway",
        "A 32-year-old man was shot dead allegedly by the occupants of another car after a "
        "minor collision on the Dwarka Expressway late on Saturday, Gurugram police said. The "
        "two cars had scraped each other near a toll plaza, and an argument followed before "
        "one of the men pulled out a pistol, the police said. Two accused, both residents of "
        "Jhajjar, have been arrested and the weapon recovered, Indian Express reports. The "
        "victim, who worked for a logistics firm, was driving home with his wife and "
        "five-year-old son. CCTV footage from the toll plaza helped police trace the car.",
        "crime",
    ),
    (
        "Nairobi school suspends 12 students after dormitory fight",
        "A boys' secondary school in Nairobi has sent home 12 students after a fight between "
        "Form Three and Form Four students in a dormitory left three of them with injuries, "
        "the principal said. One student needed stitches after being hit with a metal bar. "
        "The school board will meet parents next week, and police are recording statements. "
        "Students said the fight broke out over the seniors' demand that younger boys wash "
        "their uniforms. The Ministry of Education said it had received reports of similar "
        "incidents in four other counties this term and warned that bullying would not be "
        "tolerated.",
        "crime",
    ),
    (
        "Court sentences 10 to life imprisonment in 2019 lynching case",
        "A district court in Jharkhand on Wednesday sentenced 10 men to life imprisonment for "
        "the 2019 killing of a young man who was tied to a pole and beaten by a mob on "
        "suspicion of theft. The court convicted them of culpable homicide and rioting, and "
        "acquitted three others for lack of evidence. The victim's widow said she would "
        "challenge the acquittals in the High Court. Defence lawyers said they would appeal "
        "the convictions. The case was heard on a day-to-day basis after the High Court "
        "ordered the trial to be completed within a year.",
        "crime",
    ),
    (
        "Special court convicts man for casteist abuse of Dalit neighbour",
        "A special court for SC/ST Act cases in Madurai has sentenced a 50-year-old man to "
        "three years in prison for abusing his Dalit neighbour by caste name and denying her "
        "family access to a common well, The Hindu reports. The court also ordered him to pay "
        "a fine of 25,000 rupees as compensation. The complainant said she had waited five "
        "years for the verdict.",
        "crime",
    ),
    (
        "Kisumu trader stabbed in market row over goat",
        "A livestock trader was stabbed in the chest at the Kibuye market in Kisumu on Monday "
        "after a quarrel with another trader over the price of a goat, police said. The "
        "injured man was taken to the Jaramogi Oginga Odinga Teaching and Referral Hospital, "
        "where he was said to be stable. The suspect fled and is being sought.",
        "crime",
    ),
    (
        "Herder convicted under Benue's anti-open grazing law",
        "A Makurdi magistrate's court has sentenced a 27-year-old herder to six months in "
        "prison with an option of a fine for grazing 60 cattle on farmland in violation of "
        "Benue's Open Grazing Prohibition and Ranches Establishment Law. The court ordered "
        "that the impounded animals be released on payment of the fine. Livestock guards "
        "arrested the herder in Guma last month.",
        "crime",
    ),
    (
        "Police seize homemade guns at Nakuru road block",
        "Police in Nakuru County have seized three homemade guns and 40 rounds of ammunition "
        "from a matatu at a road block on the Nakuru-Marigat road, the county commander said. "
        "Two passengers were arrested and are expected to be arraigned on Monday. Officers "
        "suspect the guns were to be sold in Baringo.",
        "crime",
    ),
    (
        "Mount Hagen court jails four for sorcery-accusation killing",
        "The National Court in Mount Hagen has sentenced four men to 30 years in prison for "
        "the murder of an elderly woman they accused of sorcery in 2021. The presiding "
        "judge said beliefs in sorcery were no defence and urged communities to report "
        "accusations to police. The woman was tortured for two days before she died, the court "
        "heard.",
        "crime",
    ),
    (
        "Father held for murder of daughter's Dalit husband in Nalgonda",
        "Telangana police have arrested a businessman and four others for the murder of his "
        "daughter's husband, a Dalit man who was hacked to death outside a hospital in "
        "Miryalaguda last week. Police said the father had paid a hired killer because he "
        "opposed the inter-caste marriage. The couple had married against his wishes in "
        "January, and his daughter, who is five months pregnant, had been returning from a "
        "check-up with her husband when he was attacked. Dalit organisations staged a sit-in "
        "outside the police station, demanding a fast-track trial. The Nalgonda Superintendent "
        "of Police said a charge sheet would be filed within 60 days.",
        "crime",
    ),
    (
        "Two brothers shot dead over old enmity in Kohat",
        "Two brothers were shot dead and their nephew wounded in Kohat's Jangle Khel area on "
        "Friday over an old enmity, police said. The victims were on their way home from "
        "Friday prayers when the accused, their cousins, opened fire on them. The police "
        "registered a case and launched raids to arrest the accused, Dawn reports. The two "
        "branches of the family have been locked in a dispute over property for more than a "
        "decade, and four people have been killed on both sides since 2015, according to "
        "police. Elders of the area said several attempts at a jirga to end the feud had "
        "failed.",
        "crime",
    ),
    (
        "Pará police arrest farmer over forged land titles",
        "Federal police arrested a cattle farmer in Marabá on Tuesday on suspicion of forging "
        "land titles to register 12,000 hectares of public forest as private property, "
        "officials said. The operation, which also served 15 search warrants, targets a scheme "
        "known as 'grilagem' in which public land is claimed with fake documents. Several "
        "firearms were seized at the farmer's house.",
        "crime",
    ),
    (
        "Police rescue kidnapped businessman in Puebla",
        "Police in Puebla freed a businessman who had been held for ransom for eight days and "
        "arrested four alleged members of a kidnapping gang, the state prosecutor said on "
        "Monday. The man was found in a house in the municipality of Tecamachalco. His family "
        "had received a ransom demand of two million pesos. The prosecutor said the gang had "
        "been linked to at least three other kidnappings of merchants in the region this year.",
        "crime",
    ),
    (
        "Sri Lanka police arrest three over hate posts on social media",
        "Sri Lanka police arrested three men in Kurunegala on Thursday for posting messages "
        "against a religious community on social media, a police spokesman said. The suspects "
        "were arrested under the ICCPR Act and produced before the magistrate, who remanded "
        "them until next week. Police urged the public not to share unverified posts. Religious "
        "leaders in the district had complained that the posts could stir up tension ahead of "
        "a local festival, a police officer said.",
        "crime",
    ),
    (
        "Student dies after tawuran between schools in Bogor",
        "A 16-year-old student died of stab wounds after a brawl between students of two "
        "vocational schools in Bogor, West Java, on Monday afternoon, police said. The students "
        "had arranged the fight on social media, and some carried sickles, according to police. "
        "Seven students have been detained. The city's education office said it would "
        "require schools with a history of brawls to hold classes in staggered shifts so "
        "students leave at different times. Bogor police recorded 21 such brawls last year.",
        "crime",
    ),
    (
        "Juba court jails man for killing neighbour over stray goats",
        "A court in Juba has sentenced a man to 10 years in prison for killing his neighbour "
        "during a quarrel over goats that had eaten vegetables in his garden, Radio Tamazuj "
        "reports. The court heard that the accused struck the victim with a stick in Gudele "
        "last year. The victim's family accepted blood compensation of 31 cows under "
        "customary law, which the judge took into account.",
        "crime",
    ),
    (
        "Court frees man accused of killing neighbour in boundary row",
        "The High Court in Kakamega has acquitted a farmer accused of murdering his neighbour "
        "during a dispute over a boundary beacon in 2020, ruling that the prosecution failed "
        "to prove he struck the fatal blow. The judge said the two men's families had fought "
        "in court over the plot for more than a decade. The farmer had been in remand for "
        "four years.",
        "crime",
    ),
    (
        "Parking dispute: Man stabbed by neighbours in Jamia Nagar",
        "A 35-year-old man was stabbed by his neighbours in Delhi's Jamia Nagar on Sunday "
        "night after an argument over parking a scooter in a narrow lane, police said. The "
        "victim is undergoing treatment at AIIMS Trauma Centre. Three men, including a father "
        "and son, have been arrested.",
        "crime",
    ),
    (
        "Jos: Man arraigned for killing friend over N5,000 debt",
        "A 30-year-old man was on Wednesday arraigned before a Jos Magistrates' Court for "
        "allegedly killing his friend with a broken bottle during a quarrel over a N5,000 debt "
        "in the Angwan Rogo area of the city. The prosecutor told the court the incident "
        "occurred at a drinking joint in September. The magistrate ordered the defendant "
        "remanded in a correctional centre and adjourned the case. Witnesses told police the "
        "two men had been drinking together for most of the evening before the argument "
        "started. The case will resume on November 14.",
        "crime",
    ),
]
