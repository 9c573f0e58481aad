"""dev365 negatives: floods, quakes, heat, accidents, crime and feuds, health and peaceful protest."""

NEGATIVES = [
    (
        "Derna: thousands dead and missing after dams burst in storm Daniel",
        "Thousands of people were killed and thousands more are missing in the eastern Libyan "
        "city of Derna after two dams above the city burst during storm Daniel, officials in "
        "the east said on Tuesday. Al-Quds Al-Arabi's correspondent described whole "
        "neighbourhoods on both banks of the valley swept into the sea, and bodies lying in "
        "the streets and on the beach. The health minister of the eastern administration said "
        "more than 5,000 people were feared dead. The International Organization for Migration "
        "said at least 30,000 residents had been displaced. Rescue teams from Egypt, Algeria, "
        "Tunisia and Turkey arrived to help search the rubble, and the army sent units to the "
        "city. Engineers had warned for years that the dams, built in the 1970s, needed "
        "urgent maintenance. The rival governments in Tripoli and Benghazi both declared "
        "three days of mourning.",
        "disaster",
    ),
    (
        "Two years after the flood, Derna's survivors wait for new homes",
        "Two years after the flood that swept away a quarter of Derna, hundreds of families are "
        "still living in rented flats and prefabricated units on the edge of the city, Asharq "
        "Al-Awsat reported. The reconstruction fund set up by the eastern authorities says it "
        "has built new bridges, a stadium and several residential towers. Residents told the "
        "newspaper that compensation had been slow and unequal, and that many families still "
        "did not know the fate of their relatives. A court in the city sentenced 12 officials to "
        "prison terms last year for negligence in the maintenance of the dams. Teachers said "
        "children still panic when it rains. The newspaper said the old city by the sea was "
        "being rebuilt in stone to match the original houses. "
        "The Libyan Red Crescent said it was still receiving requests from families seeking "
        "news of relatives missing since the flood. A memorial bearing thousands of names "
        "was unveiled near the valley on the anniversary. Officials said new dams would be "
        "built upstream with the help of foreign engineering firms. Many residents who lost "
        "their homes said they would not return to live near the valley.",
        "disaster",
    ),
    (
        "Earthquake in Al Haouz: villages flattened in the High Atlas",
        "A magnitude 6.8 earthquake struck the High Atlas mountains south-west of Marrakech late "
        "on Friday, killing more than 2,000 people, Morocco's interior ministry said. Most of "
        "the dead were in the province of Al Haouz, where whole villages of mud brick houses "
        "collapsed, Al Jazeera reported. In the village of Tafeghaghte, residents dug through "
        "the rubble with their hands to reach neighbours. The army sent troops, helicopters and "
        "field hospitals, and volunteers drove lorries of food and blankets up the mountain "
        "roads. Thousands of families spent the nights in the open or in tents. The government "
        "accepted rescue teams from Spain, Britain, Qatar and the United Arab Emirates. In "
        "Marrakech, parts of the old city walls were damaged, and tourists slept in the main "
        "square.",
        "disaster",
    ),
    (
        "Hajj heat: hundreds of pilgrims die as temperatures top 51C",
        "More than 1,300 pilgrims died during this year's Hajj as temperatures in Mecca rose "
        "above 51 degrees Celsius, Saudi authorities said on Sunday, most of them pilgrims who "
        "had no official permits. Asharq Al-Awsat said that many of the dead had walked long "
        "distances in the sun without shade or access to air-conditioned tents. Egypt said it "
        "had revoked the licences of 16 travel companies that took pilgrims to Mecca on tourist "
        "visas. The Saudi health minister said hospitals had treated more than 2,700 cases of "
        "heat exhaustion. Families in Egypt, Jordan and Indonesia searched for missing "
        "relatives on social media. Scientists said the Hajj was moving into the hottest months "
        "of the year and would become more dangerous as temperatures rise. "
        "Saudi officials said that the kingdom had done all it could and blamed unlicensed "
        "tour operators for leaving pilgrims without shelter. Tunisia and Jordan also opened "
        "investigations into agencies that sent pilgrims outside the official system. The "
        "authorities said that more than 1.8 million pilgrims performed the Hajj this year.",
        "disaster",
    ),
    (
        "Sudden floods sweep Jeddah streets, cars swept away",
        "Heavy rain flooded streets in Jeddah on Thursday, sweeping away cars and cutting "
        "several main roads, the civil defence said, as schools were closed and flights at "
        "King Abdulaziz airport were delayed. Asharq Al-Awsat said more than 179 millimetres of "
        "rain fell in six hours in some districts, more than the city usually receives in a "
        "year. Two people died, according to the civil defence, and dozens were rescued from "
        "cars and flooded homes. Videos showed vehicles floating through underpasses in the "
        "north of the city. Residents recalled the floods of 2009, which killed more than a "
        "hundred people. The authorities said drainage projects built since then had reduced "
        "the damage. "
        "The National Center for Meteorology issued a red alert for Mecca and the coastal "
        "areas and warned of more rain on Friday. Schools will teach online until the end of "
        "the week, the education ministry said.",
        "disaster",
    ),
    (
        "Dozens of pilgrims crushed in Mina stampede",
        "Hundreds of pilgrims were killed on Thursday in a crush at Mina, near Mecca, as two "
        "large groups of pilgrims met at a junction on their way to the stoning ritual, Saudi "
        "officials said. Asharq Al-Awsat reported that the civil defence put the toll at 717 "
        "dead and 863 injured, the worst disaster at the Hajj in a quarter of a century. "
        "Survivors said people fell on top of each other in the heat and that many could not "
        "breathe. Iran, which lost the largest number of pilgrims, accused Saudi Arabia of "
        "mismanagement. The Saudi health minister said some pilgrims had not followed the "
        "timetables set for the rituals. King Salman ordered a review of the plans for the "
        "pilgrimage. "
        "Saudi Arabia has spent billions of dollars on widening the Jamarat bridge and on "
        "crowd management since earlier disasters. More than two million pilgrims performed "
        "the Hajj this year.",
        "accident",
    ),
    (
        "Sohag train collision kills 19 in Upper Egypt",
        "Two trains collided near the town of Tahta in Sohag province on Friday, killing 19 "
        "people and injuring 185, Egypt's health ministry said. Al-Ahram reported that an "
        "unknown person had pulled the emergency brake on one train, which was then hit from "
        "behind by a second train travelling at speed. Two carriages overturned and rescuers "
        "worked for hours to pull passengers from the wreckage. President Abdel Fattah al-Sisi "
        "said those responsible for negligence would be punished. The public prosecutor "
        "ordered the arrest of the drivers and the signal operator. The railway authority "
        "said it was in the middle of a programme to modernise signals on the southern line. "
        "It was one of the worst train accidents in the country in recent years. "
        "Relatives gathered outside the hospital in Tahta, where doctors appealed for blood "
        "donors. The transport minister, a former army general, said he took political "
        "responsibility but would not resign. Egypt's railway network, one of the oldest in "
        "the world, has suffered a series of deadly crashes in the past decade.",
        "accident",
    ),
    (
        "Beirut blast judge charges former ministers in port explosion probe",
        "The judge investigating the Beirut port explosion charged former ministers and senior "
        "security officials on Monday, Annahar reported, reviving an investigation that had "
        "been frozen for more than two years. The explosion of hundreds of tonnes of ammonium "
        "nitrate on August 4, 2020, killed more than 220 people and wrecked large parts of the "
        "capital. Judge Tarek Bitar summoned several officials for questioning next month. "
        "Families of the victims, who have held monthly vigils outside the port, welcomed the "
        "move. The newspaper said political parties were likely to file new complaints against "
        "the judge to remove him from the case. The new justice minister said he would "
        "protect the independence of the judiciary. "
        "The judge's earlier attempts to question ministers and MPs were blocked by dozens "
        "of legal challenges and by refusals to appear. Several of those charged have said "
        "they are immune from prosecution while they hold office. The newspaper said the "
        "next step would be to issue an indictment, which the families have been waiting for "
        "since 2020.",
        "accident",
    ),
    (
        "Migrant boat capsizes off Tobruk, dozens missing",
        "A boat carrying migrants capsized off the coast of Tobruk in eastern Libya on "
        "Wednesday, and at least 61 people are missing, the International Organization for "
        "Migration said. Al-Quds Al-Arabi said fishermen rescued 25 survivors, most of them "
        "Egyptians and Bangladeshis, and brought them to the port. The survivors said the boat "
        "had left the coast east of Tobruk the night before with about 90 people on board and "
        "took on water in rough seas. The Libyan Red Crescent recovered eight bodies from the "
        "beach. The eastern route from Libya to Crete has grown busier this year, according "
        "to Greek coastguard figures. The IOM called for more search and rescue capacity in "
        "the central Mediterranean. "
        "Eastern Libyan authorities said they had arrested two men suspected of organising "
        "the crossing. Relatives of the missing gathered outside the hospital in Tobruk "
        "waiting for news.",
        "accident",
    ),
    (
        "Reconciliation session ends 20-year feud between two families in Qena",
        "A reconciliation session in Qena province on Saturday ended a feud between two families "
        "that had claimed 11 lives in revenge killings over two decades, Al-Ahram reported. In "
        "a ceremony attended by the governor, the security director and al-Azhar clerics, a "
        "member of one family carried a shroud to the head of the other, in the traditional "
        "sign of surrender and forgiveness. The feud began in 2005 with a quarrel over an "
        "irrigation canal that ended with a man shot dead. The courts have sentenced several "
        "members of both families to prison terms for the killings over the years. The "
        "governor said the reconciliation committees had settled more than 40 feuds in the "
        "province in five years. Elders said the agreement included compensation paid under "
        "customary law.",
        "crime",
    ),
    (
        "Jordanian court sentences killers in tribal dispute case",
        "A Jordanian criminal court sentenced two men to 15 years in prison on Tuesday for the "
        "killing of a young man in a dispute between two clans in the town of Ramtha, the "
        "newspaper Al-Ghad reported. The court heard that the argument began over a parking "
        "space and that the defendants fired a pistol after a fight broke out. The victim's "
        "family had agreed to a tribal truce, or atwa, after the killing, which allowed the "
        "families to avoid further violence while the case went to court. Under Jordanian "
        "law, the victim's family dropping its personal right reduced the sentence. The "
        "interior ministry has tried to limit the practice of expelling the relatives of a "
        "killer from their town. Lawyers said the case showed the courts and tribal customs "
        "working side by side.",
        "crime",
    ),
    (
        "Mansoura student murder: court upholds death sentence",
        "Egypt's Court of Cassation upheld on Monday the death sentence against a university "
        "student convicted of killing his classmate Nayera Ashraf in front of the gates of "
        "Mansoura University, Al-Ahram reported. The killer stabbed the 21-year-old "
        "repeatedly in broad daylight after she refused his advances, a crime filmed by "
        "passers-by that shocked the country. The trial court had ordered that the verdict be "
        "broadcast on television, an unusual step. The victim's father told the newspaper that "
        "justice had been done. Women's rights groups said the case had opened a national "
        "debate about violence against women and the harassment that precedes it. Lawyers for "
        "the defendant said he had suffered from psychological problems. "
        "Parliament later discussed tougher penalties for stalking and harassment, and "
        "universities increased security at their gates. Under Egyptian law, the sentence "
        "must be approved by the president before it is carried out. The victim's mother "
        "said she would visit her daughter's grave to tell her the news.",
        "crime",
    ),
    (
        "Kidnappers free businessman in Bekaa after ransom paid",
        "A Syrian businessman kidnapped in Lebanon's Bekaa valley last week was released on "
        "Sunday after his family paid a ransom, security sources told Annahar. The sources said "
        "a gang of four men seized him near the town of Baalbek and took him across the border "
        "into a smuggling area. The gang had demanded 500,000 dollars, but the family paid a "
        "much smaller sum after days of negotiations. The army intelligence said it had "
        "identified the kidnappers and was pursuing them. Kidnappings for ransom have risen in "
        "the Bekaa since the economic collapse, residents said. The businessman was taken to a "
        "hospital in Zahle for checks. "
        "A security official said several gangs in the area were made up of wanted men who "
        "had eluded arrest for years. Families often pay quietly instead of going to the "
        "police, fearing for their relatives, he told the newspaper. Last month, another "
        "gang released a child in return for money.",
        "crime",
    ),
    (
        "Captagon haul found in pomegranates at Jeddah port",
        "Saudi customs seized more than 5 million Captagon pills hidden in a shipment of "
        "pomegranates at Jeddah Islamic Port, the General Directorate of Narcotics Control "
        "said on Tuesday. Asharq Al-Awsat said inspectors found the pills packed inside plastic "
        "fruit moulded to look like the real thing. Three people were arrested in Riyadh who "
        "were waiting to receive the shipment. Saudi Arabia has seized hundreds of millions of "
        "pills in recent years, most of them smuggled from Syria and Lebanon. The authorities "
        "said the drug war had become one of the kingdom's top security priorities. A "
        "spokesman urged citizens to report suspicious activity through a hotline. "
        "Under Saudi law, drug smuggling can carry the death penalty. The seizure was the "
        "largest at the port since the start of the year, officials said.",
        "crime",
    ),
    (
        "Egypt declares itself free of hepatitis C after mass screening",
        "The World Health Organization awarded Egypt gold tier status on the path to "
        "eliminating hepatitis C on Monday, the first country to reach the milestone, Al-Ahram "
        "reported. A national campaign launched in 2018 screened more than 60 million people "
        "and treated over 4 million with antiviral pills made locally at low cost. Only a decade "
        "ago, Egypt had one of the highest rates of the disease in the world. The health "
        "minister said the campaign was a battle won by the health teams in villages across "
        "the country. The WHO director-general praised the country's leadership and said its "
        "model could be used elsewhere. The ministry said screening would continue for "
        "pregnant women and newborns. "
        "The disease spread widely in the second half of the last century through campaigns "
        "against bilharzia that used unsterilised needles. Today the cure costs a patient "
        "almost nothing.",
        "health",
    ),
    (
        "Measles cases climb in Morocco as health ministry urges vaccination",
        "Morocco's health ministry said on Wednesday that measles had spread to all the "
        "kingdom's regions, with more than 25,000 cases and 120 deaths since the outbreak began "
        "in late 2023, Al Jazeera reported. Most of the deaths were among children who had not "
        "been vaccinated. The ministry launched a catch-up campaign in schools, and health "
        "workers went door to door in the Souss-Massa region, the worst hit. Doctors told the "
        "channel that vaccine hesitancy had grown after the pandemic. Parents said they had "
        "been unaware that their children had missed doses. The ministry said the outbreak "
        "would be brought under control within months if coverage rose above 95%. "
        "The WHO said the outbreak was one of the largest in North Africa in two decades. "
        "Health centres extended their opening hours in the evening during Ramadan.",
        "health",
    ),
    (
        "Algerians march for the sixth Friday, peacefully and in their millions",
        "Huge crowds marched through Algiers and other cities on Friday for the sixth week "
        "running, calling for the end of the political system and rejecting the president's "
        "plan to extend his term, Al-Quds Al-Arabi reported. Demonstrators carried flags and "
        'roses and chanted "silmiya, silmiya", peaceful, peaceful. Young volunteers in orange '
        "vests formed lines between the marchers and the police, and others cleaned the "
        "streets after the march. The police kept their distance and no incidents were "
        "reported, the newspaper said. Students said they would keep marching every Tuesday as "
        "well. The army chief of staff said the army and the people shared the same vision of "
        "the future. "
        "Opposition figures joined the march for the first time, walking among the crowds "
        "without speeches. Shops in central Algiers stayed open and some handed out water to "
        "marchers.",
        "protest",
    ),
    (
        "Lebanese depositors stage sit-in outside parliament",
        "Dozens of depositors staged a sit-in outside the Lebanese parliament in Beirut's Nejmeh "
        "Square on Wednesday as MPs met to discuss the bank restructuring law, Annahar "
        'reported. Protesters carried banners reading "Our deposits are not a loss" and '
        "chanted against the banks and the central bank. Security forces stood behind metal "
        "barriers, and the protest ended peacefully in the afternoon. A retired teacher told "
        "the newspaper that her life savings of 80,000 dollars were now worth a fraction of "
        "that. The depositors' association said it would continue its protests every week "
        "until the law protected small savers. Two MPs came out to speak to the protesters. "
        "The session was later adjourned without a vote. Since 2019, depositors have held "
        "sit-ins outside banks across the country and taken their cases to courts abroad.",
        "protest",
    ),
    (
        "Tunisian journalists strike over detention of colleagues",
        "Tunisian journalists held a general strike on Thursday and a protest outside the "
        "National Syndicate of Tunisian Journalists in Tunis, demanding the release of "
        "colleagues detained under a decree on false news, Al Jazeera reported. Newspapers "
        "published blank front pages and radio stations aired only music and news about the "
        "strike. The syndicate said five journalists and commentators were in prison and more "
        "than 20 faced charges. The protesters taped their mouths shut and held pens in the "
        "air. The justice ministry said the cases concerned crimes under the law and not "
        "opinions. The protest dispersed after the syndicate's head read a statement. "
        "It was the largest protest by the profession since 2012, the syndicate said. The "
        "strike was observed by public and private media alike, apart from the state news "
        "agency.",
        "protest",
    ),
]
