"""eval/dev86 negatives: truth commissions and disarmament (peace), veterans, demining and
withdrawals (military).

(title, text, kind code); none reports a current violent event.
"""

NEGATIVES = [
    (
        "Colombia's truth commission says 450,000 died in armed conflict and calls "
        "for drug policy overhaul",
        "BOGOTÁ (Reuters) - Colombia's truth commission presented its final report "
        "on Tuesday, concluding that at least 450,000 people were killed in the "
        "country's armed conflict between 1985 and 2018, far more than previously "
        "estimated, and that most of the victims were civilians. The commission, "
        "created under the 2016 peace agreement with the FARC guerrillas, said "
        "paramilitary groups were responsible for about 45% of the killings, "
        "guerrilla groups for 27% and state agents for 12%. It recommended reforms "
        "of the security forces, a new approach to drug policy that moves away from "
        '"the war on drugs", and measures to protect social leaders. The report, '
        "drawn from more than 14,000 interviews in Colombia and abroad, runs to "
        "several volumes. Father Francisco de Roux, the Jesuit priest who chaired "
        "the commission, told an audience in Bogotá that the country had to "
        'recognise "the magnitude of the tragedy". President-elect Gustavo Petro, '
        "who was a member of the M-19 guerrilla group in his youth, said his "
        "government would implement the recommendations. Some military veterans' "
        "groups rejected the findings as biased.",
        "peace",
    ),
    (
        "Gambia accepts truth commission's call to prosecute former ruler Jammeh",
        "BANJUL (Reuters) - The Gambian government on Wednesday accepted the "
        "recommendation of the country's truth commission that former president "
        "Yahya Jammeh be prosecuted for crimes including murder, torture and rape "
        "committed during his 22 years in power. In a white paper responding to the "
        "commission's report, the government said it would work with the West "
        "African regional bloc ECOWAS to set up a hybrid court to try Jammeh and "
        "dozens of others. The Truth, Reconciliation and Reparations Commission "
        "heard nearly 400 witnesses over two years, including members of a death "
        "squad known as the Junglers, who described killing dozens of migrants and "
        "political opponents on Jammeh's orders. Jammeh, who lost an election in "
        "2016 and went into exile in Equatorial Guinea in January 2017, has denied "
        "wrongdoing. Victims' groups welcomed the decision but urged the government "
        'to move quickly. "We have told our stories. Now we want justice," said a '
        "campaigner whose father was killed in 2006. The white paper also accepted "
        "most of the commission's recommendations on reparations.",
        "peace",
    ),
    (
        "Nepal passes long-delayed law on justice for civil war victims",
        "KATHMANDU (AFP) - Nepal's parliament has passed amendments to its "
        "transitional justice law, clearing the way for the country's truth and "
        "disappearance commissions to resume work on tens of thousands of complaints "
        "from the decade-long civil war between Maoist rebels and the state. More "
        "than 17,000 people were killed and 1,300 disappeared in the conflict, which "
        "ended with a peace deal in 2006 that brought the Maoists into mainstream "
        "politics. Both the army and the former rebels are accused of torture, "
        "killings and enforced disappearances. The amendment excludes rape and other "
        "serious violations from any amnesty, meeting a key demand of victims and of "
        "the Supreme Court, but rights groups say it still allows reduced sentences "
        'for those who confess. "We have waited 18 years for this," said the head of '
        "a conflict victims' network. The law was passed with the support of the "
        "major parties, including the Maoist party of former rebel leader Pushpa "
        "Kamal Dahal. New commissioners are expected to be appointed within months.",
        "peace",
    ),
    (
        "Philippines resumes decommissioning of former MILF fighters",
        "COTABATO CITY, Philippines (Reuters) - Hundreds of former fighters of the "
        "Moro Islamic Liberation Front handed in their rifles and mortars at a "
        "ceremony in Sultan Kudarat province on Monday, as the Philippines resumed a "
        "decommissioning process that had stalled for more than a year over delays "
        "in promised livelihood aid. The process is part of the 2014 peace agreement "
        "that ended the MILF's decades-long rebellion in the south and created the "
        "autonomous Bangsamoro region. About 26,000 of the group's 40,000 fighters "
        "have been decommissioned so far, according to the independent body that "
        "oversees it. Each fighter receives a cash grant and access to housing and "
        "training programmes. MILF leaders said the government had met most of its "
        "commitments, though some former combatants complained that they had "
        "received only part of the money. The conflict in Mindanao killed an "
        "estimated 120,000 people from the 1970s onwards. Officials said the "
        "remaining fighters would be decommissioned before the region's first "
        "parliamentary election.",
        "peace",
    ),
    (
        "Ethiopia begins disarming Tigrayan fighters under Pretoria accord",
        "MEKELLE, Ethiopia (Reuters) - Ethiopia began a programme on Thursday to "
        "disarm and reintegrate former fighters in the northern region of Tigray, a "
        "central part of the peace agreement that ended two years of war between the "
        "federal government and Tigrayan forces. In the first phase, about 1,000 "
        "fighters handed over their weapons at a camp near Mekelle and received cash "
        "and civilian clothes, officials of the national rehabilitation commission "
        "said. The government says more than 270,000 former combatants in Tigray, "
        "Amhara and other regions will be demobilised, at a cost of about $760 "
        "million. Donors have pledged only part of that. The war, which began in "
        "November 2020, killed hundreds of thousands of people by some estimates "
        "before the truce signed in Pretoria in November 2022. Heavy weapons were "
        "handed to the federal army last year. Tigray's interim leader called the "
        'demobilisation "a step towards lasting peace", but some fighters said they '
        "had nowhere to go because their home districts were still occupied.",
        "peace",
    ),
    (
        "Mozambique closes last Renamo base as disarmament ends",
        "VUNDUZI, Mozambique (AFP) - The last base of Mozambique's former rebel "
        "movement Renamo was closed on Thursday in the Gorongosa mountains, marking "
        "the end of a disarmament programme that has demobilised more than 5,000 "
        "former guerrillas. President Filipe Nyusi and Renamo's leader Ossufo Momade "
        "attended the ceremony, at which the final group of fighters surrendered "
        "their weapons and boarded buses for their home districts. Renamo fought a "
        "16-year civil war against the Frelimo government that ended in 1992, in "
        "which about a million people died, and its armed wing clashed with "
        "government forces again between 2013 and 2019. A peace deal signed in 2019 "
        "provided for the integration of some former fighters into the police and "
        "pensions for others. A breakaway faction, the Renamo Military Junta, "
        'disbanded after its leader was killed in 2021. "There are no more weapons '
        "in Renamo's hands,\" Momade said. Renamo is now Mozambique's main opposition "
        "party.",
        "peace",
    ),
    (
        "Veterans exposed to burn pits gain health care under new US law",
        "WASHINGTON (AP) - President Joe Biden signed a law on Wednesday that "
        "expands health care and disability benefits for millions of veterans "
        "exposed to toxic smoke from burn pits in Iraq and Afghanistan, a measure "
        "that veterans' advocates spent years campaigning for. The PACT Act presumes "
        "that 23 respiratory illnesses and cancers are linked to service in the "
        "areas where the military burned waste in open pits, removing the need for "
        "veterans to prove the connection themselves. It also extends benefits to "
        "veterans of the Vietnam War exposed to Agent Orange in several more "
        "countries. About 3.5 million service members may have been exposed to burn "
        "pit smoke, according to the Department of Veterans Affairs. Biden, whose "
        "son Beau served in Iraq and died of brain cancer in 2015, has said he "
        "believes the pits may have contributed to his illness. The bill passed the "
        "Senate last week after a brief delay that prompted veterans to camp on the "
        "steps of the Capitol. The law is expected to cost about $280 billion over a "
        "decade.",
        "military",
    ),
    (
        "Ukraine turns to remote-controlled machines to clear mined farmland",
        "KYIV (Reuters) - Ukraine plans to buy hundreds of remote-controlled "
        "demining machines this year as it tries to return mined farmland to "
        "production, the economy ministry said on Tuesday, as part of a programme "
        "that pays farmers to have their fields cleared. About a quarter of the "
        "country's territory is thought to be contaminated by mines and unexploded "
        "ordnance since Russia's full-scale invasion in 2022, making Ukraine one of "
        "the most mined countries in the world. Machines built by Ukrainian firms, "
        "some converted from tractors and armoured vehicles, can clear a field "
        "several times faster than deminers working on foot. Donors including Japan "
        "and Switzerland have funded equipment and training for state and private "
        "operators. Officials say that 30,000 square kilometres have been surveyed "
        "and released since 2022, much of it in the Kharkiv, Kherson and Mykolaiv "
        "regions. Mines and ordnance have killed or injured more than 1,000 "
        "civilians since the start of the full-scale war, according to the United "
        "Nations, many of them farmers. The war, now in its fourth year, continues "
        "to add contamination along the front line.",
        "military",
    ),
    (
        "France hands over its last military base in Chad, ending decades of presence",
        "N'DJAMENA (AFP) - France handed over its last military base in Chad to the "
        "Chadian army on Thursday, completing a withdrawal that ends more than six "
        "decades of French military presence in the country and leaves Paris without "
        "a permanent base in the Sahel. The Kossei base in N'Djamena, which housed "
        "around 1,000 troops and fighter jets, was the hub of French operations "
        "against jihadist groups in the region, including the Barkhane mission that "
        "ended in 2022. Chad's government ended a defence cooperation agreement with "
        "France in November, saying it wanted to fully assert its sovereignty. "
        "French forces have already left Mali, Burkina Faso and Niger after coups in "
        "those countries brought to power military governments hostile to Paris. "
        "France still keeps small bases in Djibouti, Gabon and Côte d'Ivoire. At the "
        "handover ceremony, the Chadian army's chief of staff thanked French "
        "soldiers for their service. The last French troops flew out in transport "
        "planes the same day.",
        "military",
    ),
    (
        "US-led coalition ends its mission in Baghdad, shifting to Kurdistan",
        "BAGHDAD (Reuters) - The US-led coalition formed to fight Islamic State "
        "ended its mission at bases in federal Iraq on Saturday, handing over its "
        "headquarters at Baghdad airport and the Ain al-Asad air base in Anbar "
        "province to the Iraqi army, under an agreement reached with the Iraqi "
        "government last year. Remaining coalition troops will operate from the "
        "Kurdistan region until September 2026, supporting operations in Syria, the "
        "agreement says. The coalition was set up in 2014 after the jihadists seized "
        "a third of Iraq, including the city of Mosul, and its air strikes and "
        "advisers helped Iraqi forces to defeat the group territorially by 2017. At "
        "its peak it had more than 5,000 US troops in Iraq. Iraqi officials said the "
        "country's forces were now able to handle the remnants of Islamic State on "
        "their own. Some Iraqi factions close to Iran had demanded a complete "
        "withdrawal. The Pentagon said about 2,500 US troops were in Iraq before the "
        "drawdown began.",
        "military",
    ),
    (
        "Armenia rebuilds its army with French and Indian weapons after defeat in Karabakh",
        "YEREVAN (Reuters) - Armenia is overhauling its armed forces with weapons "
        "bought from France and India, the defence ministry said on Monday, as the "
        "country seeks to reduce its reliance on Russia after last year's offensive "
        "in which Azerbaijan took full control of Nagorno-Karabakh. The ministry "
        "said it had received the first of 36 self-propelled howitzers ordered from "
        "an Indian manufacturer and that French air-defence radars would be "
        "delivered by the end of the year. Yerevan has frozen its participation in "
        "the Russian-led Collective Security Treaty Organisation, accusing Moscow of "
        "failing to protect it. Defence spending has roughly doubled since 2020, "
        "when Armenia lost a 44-day war with Azerbaijan in which about 4,000 "
        "Armenian soldiers were killed. The reforms include a shift to a "
        "professional army and the creation of new training centres with Western "
        "instructors. Azerbaijan has criticised the purchases as a threat to the "
        "peace process between the two countries.",
        "military",
    ),
]
