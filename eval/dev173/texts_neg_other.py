"""dev173 negatives: health, entertainment, disaster and accident cases (hard negatives)
and asylum appeals, a climate ruling and a former child soldier's admission to the bar
(`negative_other`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        'Covid inquiry finds UK "planned for the wrong pandemic"',
        "The UK was poorly prepared for the Covid pandemic and its government "
        'systems for planning were "fatally flawed", the public inquiry into the '
        "pandemic has found in its first report. Former judge Baroness Hallett said "
        "the country had prepared for a flu pandemic rather than a fast-spreading "
        "coronavirus, and that ministers had been given little challenge by their "
        "advisers. The report found that the planning document in place when the "
        "virus arrived in 2020 was outdated and did not consider lockdowns, mass "
        "testing or contact tracing. Hallett said that without changes, the next "
        'pandemic would lead to "huge financial and human cost". More than 230,000 '
        "people died with Covid in the UK. The inquiry made ten recommendations, "
        "including a single cabinet committee for emergencies and a UK-wide pandemic "
        "exercise every three years. Bereaved families, who sat in the hearing room "
        "as the findings were read, said it confirmed their loved ones had been let "
        "down. The government said it would respond within six months. Further "
        "reports on decision-making, vaccines and care homes are due next year.",
        "health",
    ),
    (
        "German top court upholds compulsory measles vaccination for daycare children",
        "KARLSRUHE (AFP) - Germany's Constitutional Court on Thursday upheld a law "
        "requiring children to be vaccinated against measles before they can attend "
        "daycare centres and kindergartens, rejecting complaints by parents who said "
        "it violated their rights. The judges said the law, in force since March "
        "2020, interfered with parents' rights to bring up their children and with "
        "children's physical integrity, but that the interference was justified to "
        "protect vulnerable people from a highly contagious disease. Parents who "
        "refuse the jab can be fined up to 2,500 euros, and unvaccinated children "
        "can be turned away from childcare. The law also applies to staff in "
        "schools, hospitals and refugee accommodation. Germany recorded more than "
        "500 measles cases in 2019, prompting the then health minister to push for "
        "the rule. The World Health Organization says measles vaccination coverage "
        "needs to reach 95 percent to stop the virus spreading.",
        "health",
    ),
    (
        "Bosnian court dismisses war veteran's defamation suit over Srebrenica film",
        "A court in Sarajevo has dismissed a defamation lawsuit brought by a Bosnian "
        "Serb war veteran against the producers of an award-winning film about the "
        "1995 Srebrenica genocide, ruling that the film was a work of art and did "
        "not identify him. The veteran claimed that a character in the film, a "
        "soldier who separates a family at the UN base in Potocari, was based on him "
        "and had damaged his reputation in his home town. The judge said the "
        "character was fictional and that the film's makers had made clear it was "
        '"inspired by true events" rather than a documentary. The film, which '
        "follows a UN translator trying to save her husband and sons as Bosnian Serb "
        "forces take over the town, was nominated for an Oscar and has been shown in "
        "schools across the Federation entity. Its director said she was relieved "
        'and that art "must be free to remember". The film has never been shown in '
        "cinemas in Republika Srpska, where officials deny that a genocide took "
        "place. The veteran's lawyer said they would appeal. BIRN has reported "
        "several similar lawsuits against writers and journalists over the past "
        "decade.",
        "entertainment",
    ),
    (
        "Judge rules Call of Duty makers did not need AM General licence to show Humvees",
        "NEW YORK (Reuters) - A federal judge in Manhattan ruled on Tuesday that "
        "Activision Blizzard did not infringe AM General's trademarks by depicting "
        "Humvee military vehicles in its Call of Duty video games, saying the games "
        "were expressive works protected by the First Amendment. AM General, which "
        "makes the vehicles for the U.S. military, sued in 2017, arguing that the "
        "publisher had used its trademarks without permission to make its games more "
        "realistic and boost sales of figurines and other merchandise. U.S. District "
        "Judge George Daniels said realism was an artistic goal and that the Humvees "
        "appeared in the games as part of combat scenes rather than as an "
        "endorsement. The games let players drive Humvees through war zones while "
        'fighting enemy troops and firing mounted guns. "If realism is an artistic '
        "goal, then the presence in modern warfare games of vehicles employed by "
        'actual militaries undoubtedly furthers that goal," Daniels wrote. '
        "Activision said it was pleased with the decision.",
        "entertainment",
    ),
    (
        "Turkish court jails hotel owner over collapse that killed 72 in quake",
        "A Turkish court on Wednesday sentenced the owner of a hotel that collapsed "
        "in the February 2023 earthquakes, killing 72 people, including a school "
        "volleyball team from northern Cyprus, to more than 18 years in prison. The "
        "court in Adıyaman found that the Isias Hotel had been built with "
        "poor-quality concrete and that extra floors were added without permission, "
        "leaving it unable to withstand the magnitude 7.8 quake. Ten other "
        "defendants, including engineers and former hotel managers, received "
        "sentences of up to 18 years. The children, aged 11 to 14, were in Adıyaman "
        "for a tournament with their teachers and parents when the hotel came down "
        "in the early hours. Rescuers from Cyprus and Turkey searched the rubble for "
        "days, and the last bodies were recovered more than a week after the quake. "
        "An expert report presented in court said columns had been removed from the "
        "ground floor during a renovation. Families from Cyprus, many wearing shirts "
        "printed with the faces of the victims, wept as the verdict was read. More "
        "than 53,000 people died in Turkey in the quakes, and thousands of buildings "
        "collapsed across 11 provinces. Hundreds of contractors and officials have "
        "been put on trial, but critics say few senior officials have been held to "
        "account for lax enforcement of building codes. The families said they would "
        "appeal to have the charges upgraded.",
        "disaster",
    ),
    (
        "Judge approves $4 billion settlement for Lahaina wildfire victims",
        "HONOLULU (AP) — A Hawaii judge on Friday gave preliminary approval to a "
        "$4.04 billion settlement to resolve thousands of lawsuits over the deadly "
        "2023 wildfire that destroyed the historic town of Lahaina on Maui. Hawaiian "
        "Electric, the state, Maui County, large landowners and telecommunications "
        "companies agreed to pay into the fund, which lawyers say is one of the "
        "largest wildfire settlements in U.S. history. The fire, driven by "
        "hurricane-force winds, killed 102 people and destroyed more than 2,000 "
        "buildings, most of them homes, in the deadliest U.S. wildfire in more than "
        "a century. Investigators found that the blaze was sparked by downed power "
        "lines and rekindled after firefighters thought it had been put out. "
        "Survivors had sued, saying the utility failed to shut off power despite "
        "forecasts of high winds and that the county's water system failed during "
        "the fire. The settlement had been held up by a dispute with insurers over "
        "whether they could recover money they had already paid out. Many residents "
        "are still living in temporary housing. Payments could begin next year.",
        "disaster",
    ),
    (
        "Beirut port blast judge charges former ministers as probe resumes",
        "BEIRUT (Reuters) - The Lebanese judge investigating the 2020 Beirut port "
        "explosion has charged two former ministers and several senior security "
        "officials with homicide with probable intent, resuming an inquiry that had "
        "been frozen for two years by legal challenges and political pressure. Judge "
        "Tarek Bitar summoned the officials for questioning next month, judicial "
        "sources said. The blast on Aug. 4, 2020 was caused by hundreds of tonnes of "
        "ammonium nitrate that had been stored unsafely at the port for years, and "
        "killed more than 220 people, wounded 6,500 and devastated large parts of "
        "the capital. No official has yet been held to account, and families of the "
        "victims have staged regular protests outside the Palace of Justice. Bitar's "
        "work was halted in 2021 by a series of lawsuits filed by politicians he had "
        "charged, who accused him of bias. The families' lawyers say the officials "
        "knew of the danger posed by the chemicals, which had been unloaded from a "
        "ship in 2013, and failed to act on warnings that they could explode. "
        "Lebanon's new president and prime minister have promised to protect the "
        "independence of the investigation. Relatives of the victims welcomed the "
        'move. "We have waited four and a half years to hear these words," said a '
        "woman whose brother, a firefighter, was killed.",
        "accident",
    ),
    (
        "Seoul police chief acquitted over Itaewon crowd crush",
        "SEOUL (AFP) - A South Korean court on Thursday acquitted Seoul's former "
        "police chief of professional negligence over the 2022 Itaewon Halloween "
        "crowd crush that killed 159 people, angering families of the victims. The "
        "Seoul Western District Court said the prosecution had not proved that Kim "
        "Kwang-ho could have foreseen the disaster or that his failures directly "
        "caused the deaths. The crush happened when tens of thousands of young "
        "people packed a narrow alley in the nightlife district, and victims were "
        "trapped and suffocated as people kept pushing forward. Investigators found "
        "that police had received 11 emergency calls warning of a possible crush in "
        'the hours before. "Who is responsible for the 159 deaths, if not the '
        'police?" one mother said. Prosecutors said they would appeal.',
        "accident",
    ),
    (
        "Afghan interpreter who worked with British troops wins asylum appeal",
        "An Afghan interpreter who worked alongside British forces in Helmand has "
        "won his appeal against the Home Office's refusal of his asylum claim, after "
        "a tribunal judge found that he would face a real risk of persecution by the "
        "Taliban if returned. The man, who cannot be named, arrived in the UK in a "
        "small boat in 2022 after his application under the government's relocation "
        "scheme for Afghans went unanswered for more than a year. The first-tier "
        "tribunal heard that he had served as an interpreter for a Royal Marines "
        "unit in Nad-e Ali between 2010 and 2012 and had been threatened by the "
        "Taliban after the takeover of Kabul. He told the tribunal that Taliban "
        "fighters came to his family's house in Lashkar Gah looking for him in 2021 "
        "and beat his brother when he was not found. He then spent months hiding in "
        "Pakistan before crossing into Iran and travelling overland to France. The "
        "Home Office had argued that his account was inconsistent and that there was "
        "not enough evidence of his work for British forces. The judge said a letter "
        'from his former commanding officer was "compelling" and that the Home '
        'Office\'s case was "unsustainable". Charities said hundreds of former '
        "interpreters and soldiers who served with British forces remain in "
        "Afghanistan or neighbouring countries. The Home Office said it did not "
        "comment on individual cases. The man's lawyer said he hoped to bring his "
        "wife and three children to the UK.",
        "other",
    ),
    (
        "German court upholds refusal of protection to Syrian who fled conscription",
        "A German administrative court has upheld a decision to refuse refugee "
        "status to a young Syrian man who fled the country to avoid military "
        "service, ruling that after the fall of Bashar al-Assad he no longer faces "
        "persecution for desertion. The court in Münster said the Syrian army the "
        "man had refused to join no longer existed and that the new authorities in "
        "Damascus had announced an amnesty for draft evaders. The case is being "
        "closely watched because Germany has frozen decisions on tens of thousands "
        "of pending asylum applications by Syrians since December. Lawyers for the "
        "man argued that the security situation in Syria remained unstable and that "
        "he could not return to his home town near Homs, where his family's house "
        "had been destroyed during the war. The court allowed an appeal to the "
        "federal administrative court, given the number of similar cases. The man, "
        "who has lived in Germany since 2021, keeps a temporary right to stay while "
        "the appeal is pending. Germany's interior ministry has said it wants to "
        "begin deporting Syrians with criminal convictions. About 975,000 Syrians "
        "live in Germany.",
        "other",
    ),
    (
        "European court rules Switzerland violated rights by failing to act on climate",
        "STRASBOURG (AFP) - The European Court of Human Rights ruled on Tuesday that "
        "Switzerland had violated the rights of a group of older women by failing to "
        "do enough to fight climate change, a landmark first ruling on the issue by "
        "the court. The Grand Chamber found by 16 votes to one that Switzerland had "
        "failed to meet its obligations under the European Convention on Human "
        "Rights, including the right to respect for private and family life. The "
        "case was brought by KlimaSeniorinnen, an association of more than 2,000 "
        "Swiss women aged 64 and over, who argued that they were particularly "
        "vulnerable to the heatwaves made worse by global warming. The court said "
        "Switzerland had failed to set a national carbon budget and had missed its "
        "past emissions targets. It dismissed two other climate cases on procedural "
        "grounds, including one brought by six Portuguese young people against 32 "
        "countries. Campaigners outside the court in Strasbourg cheered and hugged "
        "as the ruling was read. Switzerland's government said it would study the "
        "judgment. The ruling is binding and cannot be appealed.",
        "other",
    ),
    (
        "Former child soldier admitted as lawyer in Melbourne, 20 years after fleeing South Sudan",
        "A man who was forced to fight as a child soldier in Sudan's civil war was "
        "admitted to practise as a lawyer in Victoria's Supreme Court on Friday, two "
        "decades after arriving in Australia as a refugee. Akech Malual Deng, now "
        "33, told the ceremony he had been taken from his village by rebels at the "
        "age of six and spent years carrying weapons before his brother smuggled him "
        "into Kenya, where the family was accepted for resettlement. He learned to "
        "read in Blacktown, in western Sydney, after arriving with almost no "
        'schooling, then studied law at night while working at a petrol station. "I '
        'did not know what a courtroom was until I was 22," he said. He plans to '
        "work in criminal defence and to offer free advice to young people from "
        "migrant communities in Melbourne's west. His mother, who still lives in a "
        "camp in Kenya, watched the ceremony on a video call. The Law Institute of "
        "Victoria said he was one of a growing number of former refugees entering "
        "the profession. He will start at a community legal centre in Footscray next "
        "month.",
        "other",
    ),
]
