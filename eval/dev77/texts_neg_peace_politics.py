"""dev77 negatives: deals, ceasefires, talks, elections, government formation and deportations."""

NEGATIVES = [
    (
        "Saudi Arabia and Iran agree to restore ties in Beijing-brokered deal",
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within two months, after talks hosted by China in Beijing. The two rivals, who cut ties seven years ago after protesters attacked Saudi missions in Iran, also agreed to revive a security cooperation pact. Gulf and Iraqi officials welcomed the deal as a step towards ending proxy conflicts in the region.",
        "peace",
    ),
    (
        "Morocco and Israel agree to normalise relations",
        "Morocco agreed to normalise relations with Israel on Thursday, becoming the fourth Arab country to do so this year, and the United States recognised Moroccan sovereignty over Western Sahara as part of the deal. Direct flights and liaison offices will follow, officials said. The Polisario Front rejected the US decision.",
        "peace",
    ),
    (
        "Libya's rival military delegations sign permanent ceasefire in Geneva",
        "Military delegations of Libya's two rival camps signed a permanent nationwide ceasefire in Geneva on Friday, under which foreign fighters and mercenaries are to leave within three months. The UN envoy said the 5+5 Joint Military Commission had also agreed to reopen roads and flights between east and west. Both sides said no clashes had been reported on the front line around Sirte for weeks.",
        "peace",
    ),
    (
        "Calm returns to Tripoli as truce between armed groups takes hold",
        "Shops and banks reopened in Tripoli on Sunday as a truce ending last week's clashes between the government and a rival militia took hold, residents said, and no gunfire was reported overnight. Under the deal brokered by elders from Misrata and Zintan, both sides are to withdraw their fighters to their bases and hand checkpoints to the police. The UN mission said it would monitor the agreement.",
        "peace",
    ),
    (
        "Iran and US agree prisoner swap and release of frozen funds",
        "Iran and the United States agreed to exchange five prisoners each, and about $6 billion of Iranian funds held in South Korea will be moved to banks in Qatar, officials said. The swap was negotiated over months through Qatari and Omani mediators. Iran said the money would be used only for humanitarian purchases.",
        "peace",
    ),
    (
        "Security Council extends Western Sahara mission for another year",
        "The UN Security Council voted on Thursday to extend the mandate of the MINURSO peacekeeping mission in Western Sahara for another year and urged Morocco and the Polisario Front to resume talks without preconditions. Russia and Mozambique abstained. Rabat welcomed the resolution, which again called for a realistic and lasting political solution.",
        "peace",
    ),
    (
        "Iraq and Iran sign pact to disarm Kurdish opposition groups",
        "Iraq and Iran signed a security agreement in Baghdad under which Iranian Kurdish opposition groups based in the Kurdistan Region will be disarmed and moved away from the border, officials said. Iraqi forces will take over border posts now held by the Peshmerga, and the camps are to be turned into refugee camps. The Kurdistan Region government said it would implement the deal.",
        "peace",
    ),
    (
        "Gulf leaders sign Al-Ula declaration ending Qatar boycott",
        "Gulf leaders signed a declaration at the Al-Ula summit in Saudi Arabia on Tuesday ending the three-and-a-half-year boycott of Qatar, and the Saudi crown prince greeted the emir of Qatar with an embrace. Borders and airspace were reopened the day before. Egypt also signed the declaration.",
        "peace",
    ),
    (
        "PKK fighters burn their weapons at ceremony near Sulaymaniyah",
        "About 30 PKK fighters burned their rifles at a ceremony near Sulaymaniyah on Friday, the first step in the group's pledge to lay down arms and end its armed struggle against Turkey. Kurdistan Region officials and Turkish lawmakers attended. Ankara said a commission would prepare laws for the fighters' return.",
        "peace",
    ),
    (
        "Baghdad and Erbil sign deal on Sinjar's security and administration",
        "Baghdad and Erbil signed an agreement on Friday to restore federal authority in Sinjar, under which armed groups are to leave the district and local police will be recruited from its residents. The UN welcomed the deal as a chance for displaced Yazidis to return home. Representatives of the Sinjar Resistance Units said they had not been consulted.",
        "peace",
    ),
    (
        "Sadrist bloc wins most seats in Iraq's parliamentary election",
        "The bloc of Shia cleric Moqtada al-Sadr won the largest number of seats in Iraq's parliamentary election, preliminary results showed on Monday, while parties linked to armed factions lost ground. Turnout was 41%, the lowest since 2005. Losing factions called the results a fraud and said they would appeal. The prime minister urged all sides to accept the results and take disputes to the courts.",
        "politics",
    ),
    (
        "Kurdistan Region votes in long-delayed parliamentary election",
        "Voters in the Kurdistan Region cast ballots on Sunday in a parliamentary election delayed for two years by disputes between the two main parties. Queues formed outside polling stations in Erbil and Sulaymaniyah, and the electoral commission reported no major violations. Results are expected within a week.",
        "politics",
    ),
    (
        "Reformist wins Iran's presidential runoff",
        "Reformist candidate Masoud Pezeshkian won Iran's presidential runoff on Saturday, defeating a hardline former nuclear negotiator, the interior ministry said. Turnout rose to about half of voters after a record low in the first round. Pezeshkian, a heart surgeon, has promised to revive nuclear talks and ease hijab enforcement.",
        "politics",
    ),
    (
        "Tunisians approve new constitution in low-turnout referendum",
        "Tunisians approved a new constitution that gives the president sweeping powers, the electoral commission said on Tuesday, but only about a third of voters took part. Opposition parties, which boycotted the vote, called it an attack on democracy. President Kais Saied said it marked a new era.",
        "politics",
    ),
    (
        "Lebanese lawmakers pick army commander as head of state after long vacancy",
        "Lebanon's parliament elected the army commander as president on Thursday, ending a vacancy of more than two years. He won 99 votes in the second round after Hezbollah and Amal backed him. In his first speech he promised that the state would hold a monopoly on weapons.",
        "politics",
    ),
    (
        "Iran nuclear talks resume in Vienna amid attacks on US demands",
        "Talks to revive the 2015 nuclear deal resumed in Vienna on Monday after a five-month pause, with Iran's chief negotiator attacking what he called excessive American demands. European diplomats said time was running out as Tehran's uranium enrichment advanced. The United States took part indirectly. Israel has threatened military action if diplomacy fails.",
        "politics",
    ),
    (
        "US sanctions Iraqi militia leaders over human rights abuses",
        "The US Treasury imposed sanctions on four leaders of Iraqi armed factions on Friday, accusing them of corruption and of involvement in the killing of protesters last year. The measures freeze any US assets and bar Americans from dealing with them. The Popular Mobilisation Forces called the sanctions an attack on Iraq's sovereignty.",
        "politics",
    ),
    (
        "Kuwait's emir dissolves parliament and suspends constitution articles",
        "Kuwait's emir dissolved parliament on Friday and suspended some articles of the constitution for up to four years, saying the country's democracy had been abused. The decision followed months of clashes between the government and lawmakers that stalled the budget. Streets in Kuwait City were calm.",
        "politics",
    ),
    (
        "Libya's election postponed as battle over candidate rules drags on",
        "Libya's electoral commission said the presidential election would not take place on the planned date, as the battle over who may run remained unresolved. Courts had reinstated candidates the commission had rejected, including a son of the late leader. The UN envoy urged parliament to set a new date.",
        "politics",
    ),
    (
        "Algeria cuts diplomatic ties with Morocco",
        "Algeria cut diplomatic relations with Morocco on Tuesday, accusing its neighbour of hostile actions, and later closed its airspace to Moroccan aircraft. Rabat said the decision was unjustified.",
        "politics",
    ),
    (
        "Kurdish lawmakers attack budget cuts to region's share",
        "Kurdish lawmakers in Baghdad attacked the federal budget on Wednesday, saying cuts to the Kurdistan Region's share would leave public employees unpaid for months. They walked out of the session before the vote. The finance minister said the region must first hand over its oil revenue.",
        "politics",
    ),
    (
        "Tunisia sends migrants back across the border to Libya",
        "Tunisian authorities deported hundreds of sub-Saharan migrants to the desert border area with Libya, rights groups said, after a row in Sfax over the killing of a Tunisian man. The interior ministry said it was enforcing the law against irregular residence. The EU later signed a migration partnership with Tunis.",
        "politics",
    ),
    (
        "Iraqi parliament debates law to regulate Popular Mobilisation Forces",
        "Iraq's parliament held a first reading of a law to regulate the Popular Mobilisation Forces, the state-funded umbrella of mostly Shia militias formed to fight the Islamic State group. The bill would set a retirement age and place the force under the prime minister's command. Washington has warned that the law would entrench armed factions loyal to Iran.",
        "politics",
    ),
]
