"""dev157 negatives: courts, politics and accidents (a wartime arms contract, corruption,
crime, elections and decrees, a capsized boat, a tanker fire), no current violent event."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Court orders arms supplier to repay Hr 1.3 billion for mortar shells never delivered",
        "The Commercial Court of Kyiv on Wednesday ordered a private arms supplier "
        "to return nearly Hr 1.3 billion ($35 million) to the Defense Ministry for "
        "100,000 mortar shells it was paid for in the first year of the full-scale "
        "war but never delivered. The ministry signed the contract in the autumn of "
        "2022 and paid the full amount in advance, as was common at the time, to a "
        "Lviv-based company that was to buy the ammunition from a foreign producer. "
        "Investigators from the Security Service of Ukraine (SBU) say most of the "
        "money was transferred abroad through a chain of intermediaries and that "
        "part of it was frozen in a bank in the Balkans. In a separate criminal "
        "case, five people, including two former ministry officials and the "
        "company's owner, have been charged with embezzlement. The company's lawyers "
        "argued in court that delivery had been blocked by export licenses that the "
        "foreign producer failed to obtain. Anti-corruption activists said the case "
        "showed how the ministry's procurement rules had allowed huge prepayments "
        "without guarantees. Since then, the ministry has created a separate "
        "procurement agency and requires bank guarantees for most contracts. The "
        "supplier can appeal the ruling within 20 days. The ministry said it "
        "expected to recover only part of the money. The company's owner, who left "
        "Ukraine in 2023, is wanted by Ukrainian investigators and is believed to be "
        "living in Europe. Parliament's anti-corruption committee has called on the "
        "ministry to publish a list of all prepaid contracts that have not been "
        "fulfilled. Defense Minister Rustem Umerov said his team had inherited "
        "dozens of such contracts and was pursuing them in court.",
        "crime",
    ),
    (
        "Former deputy defense minister Timur Ivanov sentenced to 13 years for embezzlement",
        "A Moscow court on Tuesday sentenced former Deputy Defense Minister Timur "
        "Ivanov to 13 years in a maximum-security penal colony after finding him "
        "guilty of embezzlement and money laundering in connection with contracts "
        "for the ministry's construction projects. The court also fined Ivanov 100 "
        "million rubles and ordered the confiscation of property, including "
        "apartments in Moscow and a country house in the Moscow region. Prosecutors "
        "said Ivanov and his associates had stolen more than 4 billion rubles "
        "through inflated contracts for the reconstruction of buildings and the "
        "purchase of ships. Ivanov, who was detained in April 2024, pleaded not "
        "guilty and his lawyers said they would appeal. He was the most senior of "
        "more than a dozen defense officials arrested since the dismissal of Defense "
        "Minister Sergei Shoigu last year, in what analysts have described as a "
        "purge of the former minister's team. Ivanov oversaw military construction, "
        "including projects in the occupied city of Mariupol, and was known for his "
        "lavish lifestyle, according to investigations by Alexei Navalny's "
        "Anti-Corruption Foundation. His former business partner was sentenced to a "
        "shorter term after he testified against him. The Kremlin has said the "
        "arrests are not a campaign but part of routine anti-corruption work.",
        "crime",
    ),
    (
        "Killings in Arab towns pass 200 this year, the highest toll on record",
        "The number of Arab citizens of Israel murdered since the beginning of the "
        "year passed 200 on Sunday, after a man was shot dead in his car in the "
        "northern town of Kafr Kanna, police said. The figure is more than double "
        "the toll for all of last year and the highest since records began, "
        "according to the Abraham Initiatives, which monitors violence in Arab "
        "communities. Most of the killings are linked to criminal organizations "
        "involved in extortion, loan sharking and control of public tenders, police "
        "and researchers say. Arab local leaders accuse the government and police of "
        "neglecting the problem, and note that only a small share of the murders in "
        "Arab communities are solved, compared with most of those in Jewish "
        "communities. National Security Minister Itamar Ben Gvir has rejected calls "
        "to involve the Shin Bet in investigations, a step that was used by previous "
        'governments. "Every mother in my town is afraid when her son leaves the '
        'house at night," the mayor of a town in the Triangle told Haaretz. The '
        "High Follow-Up Committee for Arab Citizens called a general strike in Arab "
        "towns and a protest outside the Prime Minister's Office. Police said they "
        "had arrested suspects in several of the recent killings. Economists say the "
        "violence is also driving young professionals to leave Arab towns for mixed "
        "cities.",
        "crime",
    ),
    (
        "Depositor holds Hamra bank branch for five hours to withdraw his savings",
        "A depositor armed with a hunting rifle held employees and customers of a "
        "bank branch in Beirut's Hamra district for about five hours on Thursday, "
        "demanding to withdraw his own savings that had been frozen since 2019. The "
        "man, a 42-year-old father of three, poured petrol inside the branch and "
        "threatened to set himself on fire unless he was given $210,000 from his "
        "account, witnesses said. Security forces surrounded the building, and "
        "crowds gathered outside, chanting in support of the depositor. After "
        "negotiations, the bank agreed to hand over 35,000 dollars to his brother, "
        "and the man surrendered to the police, who took him to a nearby station. No "
        "one was injured. The Depositors' Union said the man needed the money to pay "
        "for his father's hospital treatment. The Association of Banks announced "
        "that branches would close for three days in protest at the growing number "
        "of such incidents. Lebanese banks have imposed informal capital controls "
        "since the financial collapse, limiting withdrawals of dollars to small "
        "monthly amounts. The depositor was released the following day after the "
        "bank dropped its complaint, his lawyer told L'Orient Today.",
        "crime",
    ),
    (
        "Joseph Aoun elected president, ending more than two years of vacuum",
        "Parliament elected army commander General Joseph Aoun as president of the "
        "Republic on Thursday, ending a presidential vacuum of more than two years. "
        "Aoun won 99 votes out of 128 in the second round of voting, after falling "
        "short of the required two-thirds majority in the first round earlier in the "
        "day. The Hezbollah and Amal blocs, which had abstained in the first round, "
        "voted for him in the second after a meeting with the army commander, "
        "according to political sources. In his inaugural speech, Aoun pledged to "
        'establish the state\'s "monopoly on arms," to reform the judiciary and to '
        "carry out the reconstruction of areas destroyed in the war. He also "
        "promised to protect depositors and to hold accountable those responsible "
        "for the Beirut port explosion. Celebrations broke out in his hometown of "
        "Aichiyeh in South Lebanon, where residents fired celebratory fireworks and "
        "distributed sweets. He is expected to begin consultations with "
        "parliamentary blocs in the coming days to name a prime minister.",
        "politics",
    ),
    (
        "Transition: political parties dissolved by decree",
        "The transitional president, General Assimi Goïta, signed on Tuesday a "
        "decree dissolving all political parties and associations of a political "
        "nature across the national territory, the government spokesman announced on "
        "national television. The decree also bans any meeting of political parties "
        "and their members, the spokesman said. The decision follows the "
        "recommendations of the national consultations held last month, which "
        "proposed the dissolution of parties and the appointment of General Goïta as "
        "president for a renewable five-year term without elections. More than 100 "
        "political parties existed in Mali. Several party leaders, who had formed a "
        'coalition to demand a return to constitutional order, denounced a "decree '
        'of exclusion" and said they would challenge it in court. A rally planned '
        "by the coalition in Bamako last week had been postponed after the "
        "authorities warned it would not be authorised. The Council of Ministers "
        "also adopted a bill to repeal the charter governing political parties. The "
        "Economic Community of West African States, which Mali left last year, did "
        "not react. Residents of Bamako interviewed by Studio Tamani were divided, "
        "with some saying the parties had failed the country and others worried "
        "about the end of political pluralism.",
        "politics",
    ),
    (
        "South Sudan postpones elections for a second time, to December 2026",
        "South Sudan's transitional government has postponed the general elections "
        "planned for December this year by two years, to December 2026, the "
        "presidency announced on Friday, after meetings between President Salva Kiir "
        "and the parties to the 2018 peace agreement. Minister of Cabinet Affairs "
        "Martin Elia Lomuro said the electoral commission and the political parties "
        "had agreed that essential tasks, including the census, the drafting of a "
        "permanent constitution and the registration of voters, could not be "
        "completed in time. The transitional period, which began in 2020, was "
        "already extended in 2022. The United States, Britain and Norway, which "
        "together form the Troika, expressed disappointment and called on the "
        "leaders to show the political will to hold credible elections. The National "
        "Elections Commission said it had received only a small part of the budget "
        "it needed to prepare the polls. Civil society groups warned that repeated "
        "extensions were eroding public confidence in the peace process. Opposition "
        "figures said the ruling party had not implemented key provisions of the "
        "peace deal, including the unification of armed forces. The announcement was "
        "made a few days before the planned start of voter registration. Kiir said "
        'in a statement that elections would be "free and fair" when held.',
        "politics",
    ),
    (
        "President Abbas appoints Hussein al-Sheikh as vice-president of the PLO and "
        "of the State of Palestine",
        "President Mahmoud Abbas issued a decision on Saturday appointing Hussein "
        "al-Sheikh, Secretary General of the PLO Executive Committee, as "
        "vice-president of the Executive Committee of the Palestine Liberation "
        "Organization and of the State of Palestine, WAFA reported. The appointment "
        "follows the decision of the PLO Central Council, which met in Ramallah last "
        "week, to create the post of vice-president. The Central Council's session "
        'was held to "protect the national project and strengthen the institutions '
        'of the State of Palestine," according to its final statement. The '
        "Executive Committee approved al-Sheikh's appointment at a meeting chaired "
        "by President Abbas. Al-Sheikh has headed the General Authority of Civil "
        "Affairs for years and has been the main channel of contact with the Israeli "
        "authorities. The creation of the post has been seen as a response to "
        "international and Arab calls for reforms in the Palestinian Authority and "
        "for arrangements for the succession of the 89-year-old president. Several "
        "factions, including Hamas and the Popular Front, boycotted the Central "
        "Council session and criticised the decision. President Abbas also "
        "reaffirmed his commitment to holding general elections within a year after "
        "the end of the war, the statement said.",
        "politics",
    ),
    (
        "Junta announces first phase of election in 102 townships, leaving out much of the country",
        "Myanmar's military-appointed Union Election Commission said on Monday that "
        "the first phase of the general election will be held in 102 of the "
        "country's 330 townships on December 28, with further phases to follow in "
        "January. The commission's chairman said voting would not take place in "
        'townships where "security conditions do not allow," without naming them, '
        "but the list published by the commission excludes large parts of Sagaing, "
        "Magwe, Chin, Kachin, Karenni and Rakhine. Twenty-two parties have "
        "registered to contest the election, led by the military-backed Union "
        "Solidarity and Development Party. The National League for Democracy, which "
        "won the 2015 and 2020 elections, was dissolved in 2023 for failing to "
        "re-register, and its leader, Daw Aung San Suu Kyi, remains in prison. The "
        "National Unity Government and many ethnic armed organizations have called "
        'for a boycott of what they describe as a "sham election." A new law '
        "passed by the regime in July makes it a crime punishable by prison to "
        "criticize or disrupt the election. Officials said electronic voting "
        "machines would be used for the first time. Western governments have said "
        "the vote will be neither free nor fair, while China has offered technical "
        "assistance to the commission. The election results are expected to be "
        "announced in stages.",
        "politics",
    ),
    (
        "Lake Kivu: boat capsizes near Goma with hundreds of passengers from Minova",
        "A boat carrying several hundred passengers from Minova capsized on Thursday "
        "morning on Lake Kivu, a few metres from the port of Kituku in Goma, "
        "provincial authorities said. The Provincial Minister of Transport said at "
        "least 34 bodies had been recovered and that 80 people had been rescued, "
        "while a search continued for dozens of missing passengers. Witnesses said "
        "the boat, which was heavily overloaded, began to tilt as it approached the "
        "quay and turned over in minutes. Many passengers could not swim and no life "
        "jackets were seen on board, said a port worker who took part in the rescue. "
        "The boat was operating the Minova-Goma route, on which traffic has "
        "increased sharply since the road between the two towns was cut by the "
        "fighting between the army and the M23 rebels in 2024. Relatives gathered at "
        "the port on Thursday afternoon to identify bodies laid out under "
        "tarpaulins. The governor of North Kivu announced an investigation and the "
        "suspension of the boat's owner. Boat accidents are frequent on Lake Kivu "
        "and on the other lakes of eastern DRC, where many vessels are overloaded "
        "and poorly maintained. The government announced three days of national "
        "mourning and said it would pay for the funerals of the victims.",
        "accident",
    ),
    (
        "Fuel tanker explosion in Miragoâne kills at least 21",
        "At least 21 people were killed and dozens more seriously burned when a fuel "
        "tanker exploded on Saturday in Miragoâne, in the Nippes department, the "
        "Civil Protection Directorate said. The tanker overturned on the national "
        "road No 2 at the entrance of the town in the early afternoon, and residents "
        "rushed to collect fuel leaking from the tank with buckets and containers "
        "before it caught fire, witnesses told Le Nouvelliste. The flames spread to "
        "nearby houses and motorcycles. The wounded were taken to the Sainte-Thérèse "
        "hospital of Miragoâne, which quickly ran out of capacity, and some patients "
        "were evacuated by helicopter to hospitals in Port-au-Prince and Les Cayes. "
        "The Prime Minister expressed his condolences and announced the dispatch of "
        "medical supplies and a team of doctors. Health officials said many of the "
        "burned victims were in critical condition. Fuel is scarce and expensive in "
        "the South, where many residents buy it from informal sellers along the "
        "roads. A similar explosion in Cap-Haïtien in December 2021 killed more than "
        "90 people. Authorities asked the population not to approach overturned "
        "tankers.",
        "accident",
    ),
]
