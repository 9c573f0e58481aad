"""dev235 negatives, part B: votes and debates on defence budgets, military aid, arms sales,
war powers, conscription and sanctions, with the wars they concern as background only.
(title, text, kind code)."""

NEGATIVES = [
    (
        "House passes $61bn Ukraine aid package after months of delay",
        "The House of Representatives voted on Saturday to approve $61 billion in military and "
        "economic aid for Ukraine, ending a months-long standoff that had left Kyiv short of "
        "artillery shells and air defence interceptors. The measure passed by 311 votes to "
        "112, with 101 Republicans voting against. Democrats waved small Ukrainian flags on the "
        "floor as the vote closed, drawing a rebuke from the chair. Speaker Mike Johnson, who "
        "had held back the package for weeks under pressure from the party's right, defied "
        "threats to his job to bring it forward. Separate bills provided aid to Israel and "
        "Taiwan and could force the sale of TikTok. The Senate is expected to approve the "
        "package next week, and President Joe Biden has promised to sign it at once. "
        "Ukrainian President Volodymyr Zelensky thanked lawmakers.",
        "military",
    ),
    (
        "Bundestag clears way for unlimited defence spending in debt brake overhaul",
        "Germany's outgoing Bundestag on Tuesday approved changes to the constitution that "
        "exempt defence spending above 1% of economic output from the debt brake and create a "
        "€500 billion fund for infrastructure. The package passed with 513 votes, above the "
        "two-thirds majority needed, after the Greens agreed to back it in exchange for "
        "climate money. Chancellor-in-waiting Friedrich Merz said Germany was sending a "
        "message that it would defend itself, and described the vote as a first step towards "
        "a new European defence community. The far-right Alternative for Germany and the Left "
        "party, which will have a blocking minority in the new parliament, went to court to "
        "stop the vote and lost. The Bundesrat must also approve the changes. German bond "
        "yields jumped after the vote.",
        "military",
    ),
    (
        "Japan's Diet approves record defence budget including counterstrike missiles",
        "Japan's parliament approved a record ¥6.8 trillion defence budget on Tuesday, as "
        "Prime Minister Fumio Kishida's government began a five-year build-up that will "
        "double military spending. The budget includes money to buy up to 400 Tomahawk cruise "
        "missiles from the United States, giving the country the ability to strike enemy "
        "bases for the first time since the second world war. The upper house passed it "
        "with support from the ruling Liberal Democrats and their coalition partner Komeito. "
        "Opposition parties attacked the plan to fund it partly through higher corporate and "
        "tobacco taxes. The defence ministry says the build-up is needed because of China's "
        "growing military and North Korea's missile tests. A senior LDP member said the "
        "battle over how to pay for it had only begun.",
        "military",
    ),
    (
        "Knesset debate on drafting Haredi men ends without vote",
        "A stormy Knesset debate on a bill to regulate military service for ultra-Orthodox men "
        "ended on Wednesday night without a vote, as coalition partners failed to agree on "
        "the number of yeshiva students who should be drafted each year. The defence ministry "
        "has told lawmakers the army needs about 10,000 more soldiers, and the Supreme Court "
        "ruled last year that there was no legal basis to exempt Haredi men. United Torah "
        "Judaism members heckled the chair of the foreign affairs and defence committee and "
        "threatened to quit the government if sanctions on draft evaders were included. "
        "Reservists who have served hundreds of days since the war began demonstrated in the "
        "gallery with placards. The committee chair said he would bring a new text next "
        "month. Opposition leader Yair Lapid called the bill a draft-dodging law.",
        "military",
    ),
    (
        "Taiwan opposition cuts defence budget in blow to Lai",
        "Taiwan's opposition-controlled legislature passed the government's budget on Friday "
        "after cutting and freezing billions of dollars in spending, including part of the "
        "money for submarines and drones. Lawmakers from the Kuomintang and the Taiwan "
        "People's Party froze half of the funding for the indigenous submarine programme "
        "until the navy completes sea trials of its first boat. The defence ministry said the "
        "cuts would weaken its ability to respond to Chinese military pressure. KMT "
        "legislators said the spending lacked oversight and that they supported a strong "
        "defence. The US State Department said it was concerned. The session ended with "
        "members of the two camps shouting at each other across the chamber. The Executive "
        "Yuan said it would ask the legislature to reconsider.",
        "military",
    ),
    (
        "Senate blocks bid to halt $500m bomb sale to Saudi Arabia",
        "The Senate on Wednesday rejected a resolution that would have blocked the sale of "
        "$500 million of precision-guided bomb kits to Saudi Arabia, handing the "
        "administration a victory in a long fight with Congress over arms for the kingdom. "
        "The measure, sponsored by Senators Rand Paul and Chris Murphy, failed by 47 votes to "
        "53. Supporters of the block cited the kingdom's conduct of the war in Yemen and the "
        "killing of the journalist Jamal Khashoggi. Opponents argued that halting the sale "
        "would push Riyadh towards buying weapons from China and Russia. Raytheon, which makes "
        "the kits, declined to comment. It was the third time in two years that the chamber "
        "had voted on arms sales to the Gulf. Murphy said he would keep trying.",
        "military",
    ),
    (
        "MPs back target of 2.5% of GDP for defence as Trident costs rise",
        "MPs backed a government motion committing the UK to spending 2.5% of national income "
        "on defence by 2027 after a four-hour debate in the Commons on Tuesday. The defence "
        "secretary told the house that the army would need new artillery and drones, and that "
        "the cost of renewing the Trident nuclear deterrent had risen to £31 billion. Several "
        "Conservative MPs attacked the timetable as too slow, while Liberal Democrats asked "
        "where the money would come from. The chair of the defence committee said the armed "
        "forces had been hollowed out over two decades. No MP forced a division. Ministers "
        "will set out the details in a defence review in the spring. The Treasury has said the "
        "increase will be paid for by cutting overseas aid.",
        "military",
    ),
    (
        "Senate passes Yemen war powers resolution, setting up Trump veto",
        "The Senate passed a resolution on Wednesday directing the president to end US "
        "military support for the Saudi-led coalition in Yemen, in a rare use of the 1973 War "
        "Powers Act to challenge a president's foreign policy. The measure passed 54 to 46, "
        "with seven Republicans joining Democrats. Its backers said Congress had never "
        "authorised American involvement in the war, in which the US has provided "
        "intelligence and refuelling. The House is expected to pass it next month, and the "
        "White House has said the president will veto it. Opponents argued that the "
        "resolution would weaken the alliance with Riyadh and embolden Iran. Senator Bernie "
        "Sanders, a co-sponsor, said it was a historic day for the Senate. It would be the "
        "first war powers resolution to reach a president's desk.",
        "military",
    ),
    (
        "Latvia's Saeima votes to bring back military conscription",
        "Latvia's parliament voted on Wednesday to reintroduce compulsory military service for "
        "men aged 18 to 27, more than 15 years after it was abolished. The law passed with 64 "
        "votes in the 100-seat Saeima. The first call-up, of about 1,000 volunteers, begins in "
        "July, and from next year young men will be chosen by lottery if there are not enough "
        "volunteers. Defence Minister Inara Murniece said the country needed a larger reserve "
        "given the threat from Russia. Conscripts will serve 11 months and can choose "
        "alternative civilian service. Several opposition members voted against, saying the "
        "plan was poorly funded. Neighbouring Lithuania brought back conscription in 2015, "
        "and Estonia never abolished it.",
        "military",
    ),
    (
        "Philippine Senate ratifies troop access pact with Japan",
        "The Philippine Senate on Monday ratified a reciprocal access agreement with Japan "
        "that allows each country to deploy troops on the other's territory for joint "
        "training and exercises. The pact was approved by 19 votes to none. It will allow "
        "larger exercises in the South China Sea, where the Philippines and China have had "
        "repeated confrontations. Senator Imee Marcos, who chairs the foreign relations "
        "committee, said the deal would not drag the country into anyone's war. The Japanese "
        "embassy welcomed the vote, and the agreement will take effect once both sides "
        "exchange diplomatic notes. Japan's Diet approved it earlier in the year. Manila "
        "already has similar agreements with the United States and Australia.",
        "military",
    ),
    (
        "Polish parliament approves defence spending of 4.7% of GDP",
        "Poland's Sejm approved a budget for next year on Friday that will lift defence "
        "spending to 4.7% of gross domestic product, the highest share in NATO. The defence "
        "ministry plans to spend the money on Korean tanks and howitzers, American Apache "
        "helicopters and a new line of air defence. Defence Minister Władysław "
        "Kosiniak-Kamysz told deputies that Poland was building the strongest land army in "
        "Europe. The opposition Law and Justice party attacked the government for relying on "
        "loans, while Confederation members called for a referendum on arms debt. The "
        "finance ministry said the deficit would stay above 6% of GDP. President Karol "
        "Nawrocki has not said whether he will sign the budget. The army aims to have 300,000 "
        "soldiers by 2035.",
        "military",
    ),
    (
        "Rada passes mobilisation law after months of fights over call-up rules",
        "Ukraine's parliament passed a law on Thursday tightening the rules of mobilisation, "
        "after months of wrangling and more than 4,000 amendments. The law requires men aged "
        "18 to 60 to update their details with the military within 60 days and allows call-up "
        "papers to be sent electronically. A provision allowing soldiers to be demobilised "
        "after 36 months of service was dropped at the request of the general staff, angering "
        "soldiers' families. The vote was 283 in favour. A separate law lowered the minimum "
        "age for mobilisation from 27 to 25. Deputies from European Solidarity abstained, "
        "saying the law did not go far enough. Officials say the army needs to recruit tens "
        "of thousands of soldiers to rotate troops who have served for more than two years.",
        "military",
    ),
    (
        "Danish lawmakers extend conscription to women",
        "Denmark's parliament voted on Tuesday to extend compulsory military service to women "
        "and lengthen it from four to 11 months, as the country steps up spending in response "
        "to Russia's war in Ukraine. The law, backed by a broad majority in the Folketing, "
        "means women turning 18 will take part in the annual draft lottery from July. The "
        "defence ministry expects the number of conscripts to rise from about 4,700 to 6,500 "
        "a year by 2033. Women have been able to volunteer since 1998 and make up about a "
        "quarter of current recruits. The Red-Green Alliance voted against, calling it a step "
        "backwards. Norway and Sweden already conscript women. The defence minister said the "
        "armed forces needed more trained people.",
        "military",
    ),
    (
        "Congress sends Russia sanctions bill to Trump with veto-proof majorities",
        "The Senate voted 98 to two on Thursday to approve new sanctions on Russia, Iran and "
        "North Korea, sending the bill to President Donald Trump with majorities large enough "
        "to override a veto. The legislation limits the president's ability to ease sanctions "
        "on Moscow without the approval of Congress, a rebuke to a White House that had "
        "sought better relations with the Kremlin. European companies warned that measures "
        "targeting Russian gas pipelines could hurt their energy projects, and the European "
        "Commission said it was ready to act within days to protect its interests. The House "
        "passed the bill by 419 votes to three on Tuesday. Russia's foreign ministry said the "
        "sanctions would further damage relations. The rouble fell against the dollar.",
        "economy",
    ),
]
