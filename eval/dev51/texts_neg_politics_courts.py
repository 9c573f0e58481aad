"""dev51 negatives: politics, parliaments, elections, courts, peace processes and anniversaries of
past wars, from the regional desks of Asia, Africa and Latin America. NEGATIVES = [(title, text,
kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Opposition vows to fight 'attack on judiciary' as amendment tabled in Senate",
        "The opposition staged a walkout from the Senate on Tuesday as the government tabled a constitutional amendment to create a separate bench for constitutional petitions, calling it an attack on the judiciary. The law minister said the bill would ease the burden on the Supreme Court. Voting is expected on Thursday.",
        "politics",
    ),
    (
        "SC reserves verdict on appeals over military trials of civilians",
        "A seven-member constitutional bench of the Supreme Court reserved its verdict on Wednesday on intra-court appeals against the ruling that had barred military courts from trying civilians. The attorney general argued that the trials were lawful under the Army Act, while the petitioners' counsel said they denied the accused a fair hearing.",
        "politics",
    ),
    (
        "NDA seat-sharing talks in Bihar hit a wall",
        "Seat-sharing talks among the NDA allies in Bihar ran into trouble on Sunday after a smaller partner demanded 40 seats, sources said. The BJP leadership is expected to step in to break the deadlock before nominations open next week. The opposition alliance has already named candidates for 120 seats.",
        "other",
    ),
    (
        "Election Commission announces polls in five States",
        "The Election Commission on Friday announced the schedule for Assembly elections in five States, with polling in seven phases from April 8 and counting on May 14. The model code of conduct came into force immediately, the Chief Election Commissioner said. Central forces will be posted at sensitive booths, officials said.",
        "other",
    ),
    (
        "Parties agree on timeline for reform charter",
        "The interim government and 26 political parties agreed on Thursday on a timeline to implement a reform charter, including a two-chamber parliament and a two-term limit for prime ministers, the consensus commission said. Two parties withheld their signatures, saying the charter needed a referendum.",
        "other",
    ),
    (
        "Prime Minister wins vote of confidence in House of Representatives",
        "Prime Minister Kiran Bahadur Thapa secured a vote of confidence in the House of Representatives on Sunday with 188 votes in the 275-member House, a month after a coalition partner quit the government. Opposition lawmakers obstructed the House for an hour before the vote. He is the fourth prime minister in three years.",
        "other",
    ),
    (
        "House passes TNI bill despite civil society criticism",
        "The House of Representatives passed revisions to the Indonesian Military (TNI) Law on Thursday, allowing active officers to hold posts in 16 ministries and agencies. Civil society groups said the change revived the military's dual function of the New Order era and vowed to seek a judicial review.",
        "politics",
    ),
    (
        "Senate convenes as impeachment court; VP's allies vow to fight 'to the last'",
        "The Senate convened as an impeachment court on Monday to try the Vice President on charges of misusing confidential funds, with her allies vowing to fight the case to the last. The prosecution panel of the House said it would present 20 witnesses. The trial is expected to last until the end of the year.",
        "politics",
    ),
    (
        "Court orders police to release records of drug war operations",
        "The Supreme Court ordered the Philippine National Police to hand over records of anti-drug operations carried out during the previous administration's war on drugs, acting on petitions filed by families of people killed. The police said they would comply within 30 days. Rights groups say thousands of people were killed in the operations.",
        "politics",
    ),
    (
        "MPs pass Finance Bill after marathon battle in the House",
        "The National Assembly passed the Finance Bill on Thursday night after MPs battled for more than eight hours over tax measures on mobile money and bread. Treasury Cabinet Secretary Joseph Mbugua said the bill would raise Sh302 billion, while the Minority leader called it an assault on the poor.",
        "politics",
    ),
    (
        "Tribunal upholds governor's election, dismisses petition",
        "The governorship election petition tribunal sitting in Lafia on Saturday upheld the election of the governor and dismissed the petition of his main challenger for lack of merit. The petitioner's counsel said his client would head to the Court of Appeal. The governor dedicated the victory to the people of the state.",
        "other",
    ),
    (
        "Veto survives as Congress falls short of two-thirds",
        "The president's veto of a pension increase survived on Wednesday after the opposition fell eight votes short of the two-thirds majority needed in the Chamber of Deputies to overturn it. Government allies celebrated what they called a decisive battle won for fiscal balance.",
        "politics",
    ),
    (
        "Judicial election turnout below 13%, INE says",
        "Turnout in Mexico's first election of judges was 12.9%, the National Electoral Institute (INE) said on Monday, as counting of the ballots for more than 2,600 posts continued. The opposition called the vote a failure, while the president said it was a triumph for democracy. The newly elected judges will take office in September.",
        "other",
    ),
    (
        "President's labour reform revived after weeks of standoff with Senate",
        "Colombia's Senate revived the president's labour reform on Tuesday, weeks after a committee shelved it and the president threatened a popular consultation. The bill would raise pay for night and Sunday work. Business groups warned that it would cost jobs, while unions planned marches in support.",
        "other",
    ),
    (
        "Supreme Court panel convicts ex-minister in coup plot case",
        "A panel of Brazil's Supreme Federal Court convicted a former defence minister of taking part in a plot to overturn the 2022 election result, sentencing him to 19 years in prison. His lawyers said they would appeal. The trial of six other defendants resumes next week.",
        "politics",
    ),
    (
        "Sri Lanka Cabinet approves draft to repeal Prevention of Terrorism Act",
        "The Cabinet approved a draft bill to repeal and replace the Prevention of Terrorism Act, the Cabinet spokesman said on Tuesday, fulfilling an election pledge. Rights groups said the new law must not keep detention without charge. The act has been in force since 1979.",
        "politics",
    ),
    (
        "Pakistan accuses India of 'weaponising water' in UN war of words",
        "Pakistan and India traded barbs at the UN General Assembly on Friday, with Islamabad accusing New Delhi of weaponising water by holding the Indus Waters Treaty in abeyance. India's delegate used his right of reply to call the remarks a tirade of falsehoods.",
        "politics",
    ),
    (
        "Government and ELN delegations resume talks in Havana",
        "Delegations of the Colombian government and the ELN guerrilla group resumed peace talks in Havana on Monday after a four-month suspension, the guarantor countries said. The agenda includes a new bilateral ceasefire and the participation of civil society.",
        "peace",
    ),
    (
        "Last batch of MILF combatants decommissioned in Sultan Kudarat",
        "Some 2,000 former Moro Islamic Liberation Front combatants turned in their weapons in Sultan Kudarat on Thursday, in the final phase of decommissioning under the 2014 peace agreement, the Office of the Presidential Adviser on Peace said. Each received a transitional cash assistance package.",
        "peace",
    ),
    (
        "Centre, NSCN-IM hold fresh round of Naga peace talks",
        "The Centre's interlocutor held a fresh round of talks with the NSCN-IM leadership in New Delhi on Wednesday, the first in eight months, officials said. The two sides remain divided over the group's demand for a separate flag and constitution. A ceasefire between the two sides has held since 1997.",
        "peace",
    ),
    (
        "Congolese government and M23 rebels sign Doha declaration",
        "The Congolese government and the M23 rebel group signed a declaration of principles in Doha on Saturday, committing to a permanent ceasefire and the restoration of state authority, Qatari mediators said. A final peace agreement is to be negotiated within 90 days.",
        "peace",
    ),
    (
        "Pretoria deal: federal government, Tigray interim leaders meet on implementation",
        "Officials of the federal government and the Tigray Interim Regional Administration met in Addis Ababa on Tuesday to review the implementation of the Pretoria peace agreement, the African Union said. The talks focused on the return of displaced people to western Tigray. The next meeting will be held in Mekelle in two months.",
        "peace",
    ),
    (
        "Former Renamo fighters start receiving pensions",
        "More than 4,000 former Renamo fighters began receiving monthly pensions this week under the peace accord signed in 2019, the Mozambican government said. The last Renamo base in Gorongosa was closed two years ago. Some veterans said the payments were too small.",
        "peace",
    ),
    (
        "Nation pays tribute to Liberation War martyrs on Victory Day",
        "The nation celebrated Victory Day on Tuesday, paying tribute to the martyrs of the 1971 Liberation War at the National Memorial in Savar. The chief adviser placed a wreath at dawn, and freedom fighters were honoured at programmes across the country. Roads around Savar were closed to traffic from midnight.",
        "history",
    ),
    (
        "Malvinas veterans march in Ushuaia on war anniversary",
        "Thousands of people joined veterans in a torchlit vigil in Ushuaia on the eve of the anniversary of the 1982 Malvinas War, and wreaths were laid at the monument to the 649 Argentine dead. The government reaffirmed its sovereignty claim over the islands.",
        "history",
    ),
    (
        "Families recall civil war dead, 55 years after Biafra",
        "Families of people killed in the Nigerian civil war gathered in Enugu on Tuesday to remember the dead, 55 years after the war ended. Historians at the event called for the conflict to be taught in schools. A minute of silence was observed at noon.",
        "history",
    ),
    (
        "Exhumation of 1965 mass grave begins in Central Java",
        "Forensic experts began exhuming a mass grave in a forest in Central Java believed to hold victims of the anti-communist killings of 1965 and 1966, a human rights group said. Relatives of the victims watched as the digging started. The government has never apologised for the killings.",
        "history",
    ),
    (
        "Punjab pays tribute to Jallianwala Bagh martyrs",
        "Political leaders and students paid tribute to the victims of the Jallianwala Bagh massacre on its 106th anniversary in Amritsar on Sunday. A candlelight march was held in the evening, and the memorial remained open to visitors till late.",
        "history",
    ),
]
