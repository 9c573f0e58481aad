"""eval/dev28 negatives: peace and politics. Whole articles that mention war or violence only as
background, history, fiction or metaphor; see labels.py for P and N.
"""

from labels import N

ARTICLES = [
    # ------------------------------------------------------------ peace
    N(
        "Colombia and FARC sign peace deal ending half a century of war",
        "CARTAGENA, Colombia - Colombia's president and the leader of the Revolutionary "
        "Armed Forces of Colombia signed a peace agreement on Monday in front of heads of "
        "state, the UN secretary-general and thousands of guests dressed in white, "
        "formally ending a conflict that has lasted 52 years. The signing took place in "
        "the walled city of Cartagena, and the two men used a pen made from a bullet. "
        '"Welcome to democracy," the president told the former rebels. The guerrilla '
        "leader asked the victims of the conflict for forgiveness. The war has killed "
        "more than 220,000 people and displaced millions, according to official "
        "estimates. Under the deal, negotiated over four years in Havana, the FARC's "
        "roughly 7,000 fighters will hand their weapons to UN monitors within six months "
        "and form a political party, which will be guaranteed seats in Congress. A "
        "special court will try war crimes, offering lighter sentences to those who "
        "confess. Colombians will vote on the agreement in a referendum next week. Polls "
        "suggest it will be approved, though a former president has led a campaign "
        "against it, arguing that it is too lenient. Fighters at camps in the jungle "
        "watched the ceremony on television, and some said they hoped to study or farm. "
        "Business leaders said peace could add a percentage point to annual growth. The "
        "government is also in preliminary talks with the smaller ELN guerrilla group. "
        "The talks began in Havana in 2012, with Cuba and Norway as guarantors. The "
        "agreement covers rural development, political participation, illicit drugs and "
        "the rights of victims, and includes a programme to help coca farmers switch to "
        "other crops. The president said he would dedicate himself to making the peace "
        "work. In the crowd in Cartagena, many guests wore white and waved small flags "
        "bearing the word peace. A group of victims of the conflict, including women "
        "whose relatives had been kidnapped by the rebels and others whose families had "
        'been killed by paramilitaries, sat near the front. "I did not think I would live '
        'to see this day," said a woman from the department of Choco whose son '
        "disappeared in 2002. Some of the victims had met the rebel commanders during the "
        "talks in Havana, and several said they had forgiven them. Others said they would "
        "vote against the deal in the referendum, because they did not want former rebels "
        "to sit in Congress without serving prison sentences. Fighter jets flew over the "
        "old city at the end of the ceremony, briefly startling some of the guests.",
        "peace",
    ),
    N(
        "Families reunite as Ethiopia and Eritrea reopen border crossings",
        "ZALAMBESSA, Ethiopia - Hundreds of people crossed the border between Ethiopia "
        "and Eritrea on foot on Tuesday, many embracing relatives they had not seen for "
        "two decades, as the two countries reopened crossing points that had been closed "
        "since their war of 1998 to 2000. Ethiopia's prime minister and Eritrea's "
        "president attended a ceremony at the Bure crossing, near the Eritrean port of "
        "Assab, and then at Zalambessa, where they marked the Ethiopian new year with "
        "soldiers from both armies. The two countries signed a peace declaration in July, "
        "ending a state of war that lasted long after the fighting stopped. Flights "
        'between the capitals resumed weeks ago, and phone lines have been restored. "My '
        'sister was a young woman when I last saw her; now she has grandchildren," said a '
        "man who had come from Adigrat. Traders said they hoped to sell teff, cement and "
        "clothes across the border. Ethiopia says it will withdraw troops from the "
        "disputed border town of Badme, as required by an international ruling in 2002. "
        "The reconciliation has been praised around the world, and the UN is expected to "
        "lift sanctions on Eritrea. The war killed tens of thousands of soldiers. Eritrea "
        "remains one of the world's most closed countries, and diplomats say its economy "
        "will need years to open up. Buses between Mekelle and Asmara are expected to "
        "start running next month. The rapprochement began after Ethiopia's new prime "
        "minister, who took office in April, said he would accept the border ruling in "
        "full. Eritrea's president visited Addis Ababa in July, his first trip there in "
        "more than two decades, and the two countries reopened embassies. Ethiopian "
        "Airlines has begun daily flights to Asmara.",
        "peace",
    ),
    N(
        "Former Moro rebels hand in guns as Bangsamoro decommissioning begins",
        "SULTAN KUDARAT, Philippines - More than 1,000 fighters of the Moro Islamic "
        "Liberation Front handed in their weapons on Saturday in a ceremony attended by "
        "the Philippine president, the first large batch in a process meant to turn "
        "40,000 former rebels into civilians. The fighters, some of whom had spent "
        "decades in the jungle, lined up to register their rifles, grenade launchers and "
        "mortars with an international body made up of officials from Turkey, Norway, "
        "Brunei and the Philippines. The weapons will be stored and later destroyed. In "
        "exchange, each fighter will receive a cash grant and help with housing, training "
        'and farming. "I was 15 when I took up arms; I am 48 now and I want my children '
        'to go to school," said one former commander. The decommissioning is part of a '
        "peace agreement signed in 2014 that ended one of Asia's longest insurgencies, in "
        "which more than 120,000 people are estimated to have died. A new autonomous "
        "region, Bangsamoro, was created this year after a referendum, and MILF leaders "
        "now run its interim government. The president said the government would keep its "
        "promises. Analysts say the success of the process will depend on whether the "
        "economy of the region, one of the poorest in the country, improves. Officials "
        "said the next batch of fighters would hand in their weapons next year. The MILF "
        "broke away from another rebel group in the late 1970s and signed a ceasefire "
        "with the government in the 1990s, which was broken several times before the "
        "final peace deal. The interim government will run the region until elections "
        "scheduled for 2022. Officials said the ceremony was a sign that the peace "
        "process was on track.",
        "peace",
    ),
    N(
        "Sudan signs peace deal with rebel alliance in Juba",
        "JUBA - Sudan's transitional government signed a peace agreement with an alliance "
        "of rebel groups on Saturday in the South Sudanese capital, in a ceremony "
        "attended by the leaders of several neighbouring countries. The deal is meant to "
        "end conflicts in Darfur, South Kordofan and Blue Nile that have lasted nearly "
        "two decades. Under the agreement, the rebel groups will get seats in the "
        "transitional government and parliament, and their fighters will be integrated "
        "into the army and police. It also provides for the return of displaced people "
        "and compensation for victims. Hundreds of people in Juba danced and waved flags "
        'after the signing. "Today we close a dark page," said the head of Sudan\'s '
        "sovereign council. The conflicts began in 2003, when rebels in Darfur rose "
        "against the government in Khartoum, and the UN has estimated that 300,000 people "
        "died there. Two major groups did not sign, including a faction of the Sudan "
        "Liberation Movement that controls parts of the Jebel Marra mountains, and talks "
        "with them continue. Analysts said implementation would be costly at a time when "
        "Sudan's economy is in crisis, with inflation above 160%. The UN envoy welcomed "
        "the deal. The government of South Sudan, which mediated the talks, said it hoped "
        "the agreement would bring stability to both countries. Displaced people in camps "
        "in Darfur said they would wait to see whether it changed their lives. The "
        "transitional government took office last year after months of protests that led "
        "to the removal of Omar al-Bashir. The prime minister has made peace with the "
        "rebel groups one of his priorities. Under the agreement, the transition period "
        "will be extended, with elections expected in 2024.",
        "peace",
    ),
    N(
        "Armenia and Azerbaijan agree text of peace treaty",
        "YEREVAN/BAKU - Armenia and Azerbaijan have agreed on the text of a peace treaty "
        "meant to end nearly four decades of conflict between the two South Caucasus "
        "neighbours, their foreign ministries said on Thursday. The announcement came "
        "after months of talks on the wording of 17 articles, including mutual "
        "recognition of territorial integrity and a commitment not to station "
        "third-country forces along the border. Azerbaijan said it would sign the treaty "
        "only after Armenia changed its constitution to remove what Baku sees as a "
        "territorial claim on Nagorno-Karabakh. Armenia's prime minister said a new "
        'constitution would be put to a referendum, but gave no date. "This is a historic '
        'chance for peace," he told parliament. The two countries fought wars over '
        "Karabakh in the early 1990s and in 2020, and Azerbaijan took full control of the "
        "region in 2023. The border between them, much of which has never been "
        "demarcated, remains closed. Commissions from both sides have agreed on the first "
        "stretches of the frontier in the north. The European Union has a civilian "
        "monitoring mission on the Armenian side. Russia, Armenia's traditional ally, "
        "said it welcomed the agreement. Analysts said many obstacles remained, including "
        "the question of transport links through southern Armenia. Both governments said "
        "they expected trade to grow once the treaty is signed. The European Union and "
        "the United States have both offered to host a signing ceremony. Armenia has been "
        "seeking to reduce its dependence on Russia and has frozen its participation in a "
        "Moscow-led security alliance. Azerbaijan's president said the agreement would "
        "open a new era in the region.",
        "peace",
    ),
    N(
        "Yemen's warring parties agree to extend UN truce by two months",
        "AMMAN - Yemen's warring parties agreed on Tuesday to extend a UN-brokered truce "
        "by two more months, hours before it was due to expire, the UN envoy said. The "
        "truce, which first took effect in April, is the longest lull in seven years of "
        "war between the Iran-aligned Houthi movement and a Saudi-led coalition backing "
        "the government. It has allowed fuel ships to enter the port of Hodeidah and "
        "commercial flights to resume from Sanaa airport for the first time since 2016. "
        '"The truce has delivered tangible benefits," the envoy said, urging the parties '
        "to agree on a longer deal. Aid groups say the truce has let families travel and "
        "trade more freely. Talks on reopening roads around the city of Taiz, closed for "
        "years, have made little progress, and the Houthis have called for government "
        "salaries to be paid in areas they control. The United Nations and Oman mediated "
        "the extension. The war has killed tens of thousands of people and pushed "
        "millions to the edge of famine, according to the UN, which still calls Yemen one "
        "of the world's worst humanitarian crises. Fuel queues in Sanaa have shortened "
        "since the truce began. The UN said it hoped to use the next two months to "
        "negotiate an expanded agreement, including a ceasefire and a political process. "
        "Saudi Arabia welcomed the extension. The truce includes a halt to offensive "
        "military operations inside Yemen and across its borders. Diplomats said Saudi "
        "Arabia was keen to end its involvement in the war. The United States welcomed "
        "the extension and praised the role of Saudi Arabia and Oman in securing it.",
        "peace",
    ),
    # ------------------------------------------------------------ politics
    N(
        "EU adopts 14th sanctions package against Russia, targeting LNG",
        "BRUSSELS - European Union governments adopted a 14th package of sanctions "
        "against Russia on Monday, banning for the first time the re-export of Russian "
        "liquefied natural gas through EU ports, after weeks of negotiations in which "
        "Hungary and Germany sought changes. The package also adds dozens of ships of "
        "Moscow's so-called shadow fleet of tankers to a blacklist and targets companies "
        "in China and elsewhere accused of helping Russia obtain technology. EU foreign "
        'ministers, meeting in Luxembourg, welcomed the agreement. "We keep up the '
        "pressure on Moscow to end its war,\" the bloc's foreign policy chief said. The EU "
        "has imposed sanctions on Russia since it invaded Ukraine in 2022 and annexed "
        "Crimea in 2014. The LNG measures do not ban imports of Russian gas for EU "
        "consumption, which some member states still rely on. Germany had sought to "
        "soften a provision making EU companies responsible for the actions of their "
        "subsidiaries abroad. Russia's foreign ministry called the sanctions illegal and "
        "said they would hurt Europe more than Russia. Analysts said the measures would "
        "have limited effect on Russia's revenues, as most of its LNG can find other "
        "buyers. The EU is also working on a plan to use profits from frozen Russian "
        "central bank assets to help Ukraine. Ministers also discussed the bloc's "
        "relations with China and the situation in Georgia. EU diplomats said the shadow "
        "fleet measures were meant to make it harder for Russia to sell oil above a price "
        "cap set by Western countries. Shipping data show that Russia has built up a "
        "fleet of hundreds of older tankers to carry its oil. Hungary has repeatedly held "
        "up sanctions decisions, arguing that they hurt Europe's economy.",
        "politics",
    ),
    N(
        "Shutdown battle drags on as Congress trades blame over wall",
        "WASHINGTON - The partial shutdown of the US government entered its fourth week "
        "on Saturday, becoming the longest in the country's history, as the president and "
        "Democratic leaders in Congress remained at war over his demand for $5.7 billion "
        "to build a wall on the border with Mexico. About 800,000 federal workers missed "
        "their first paychecks on Friday. Some have turned to food banks, and airports "
        "have reported longer lines at security checkpoints as screeners called in sick. "
        "The president has threatened to declare a national emergency to fund the wall "
        'without Congress. "We are in a battle for the soul of our border," he said at '
        'the White House. The Democratic speaker of the House said the wall was "immoral" '
        "and that her party would not give in to hostage-taking. Republicans in the "
        "Senate are divided, with some urging the president to end the stand-off and "
        "others holding firm. Economists say the shutdown is cutting growth each week it "
        "lasts. Museums in Washington have closed, and national parks are running without "
        "staff. The Coast Guard, which is part of the Department of Homeland Security, is "
        "working without pay. Polls show most Americans blame the president for the "
        "shutdown. Negotiations at the White House broke down on Wednesday when the "
        "president walked out of a meeting. No new talks were scheduled. The shutdown "
        "began on December 22 after Congress failed to agree on a spending bill that "
        "included money for the wall. The president had promised during his campaign that "
        "Mexico would pay for it. Democrats took control of the House of Representatives "
        "in January after winning the midterm elections.",
        "politics",
    ),
    N(
        "Gabon officers announce takeover on TV, no shots fired in Libreville",
        "LIBREVILLE - A group of senior Gabonese officers appeared on national television "
        "early on Wednesday to announce that they had taken power and annulled the "
        "results of the presidential election, minutes after the electoral commission "
        "declared the incumbent the winner of a third term. The officers, from the "
        "Republican Guard and the army, said they were dissolving state institutions and "
        "closing the borders until further notice. They said the president, whose family "
        "has ruled the oil-producing country for 56 years, was under house arrest at his "
        'residence, where he was "retired". The streets of the capital were calm, and '
        "residents said no gunfire had been heard. Crowds gathered in several districts "
        "to celebrate, dancing and singing the national anthem. Later in the day, the "
        "officers named the head of the Republican Guard as leader of a transition. The "
        "African Union and France condemned the takeover. It was the eighth coup in West "
        "and Central Africa since 2020. The opposition had called the election a fraud, "
        'and internet access had been cut during the vote. "We are free," said a taxi '
        "driver in Libreville. French mining group Eramet suspended operations at its "
        "manganese mine. The price of Gabon's bonds fell sharply. The detained president "
        'appeared in a video from his residence, calling on "friends around the world" to '
        "make noise. The president first took office in 2009 after the death of his "
        "father, who had ruled for 42 years. He suffered a stroke in 2018. Gabon is a "
        "member of OPEC and one of Africa's wealthier countries per head, but a third of "
        "its people live in poverty. Flights at Libreville airport were suspended for the "
        "day.",
        "politics",
    ),
]
