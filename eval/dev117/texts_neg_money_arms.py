"""dev117 negatives, sanctions, asset freezes, reconstruction, arms and budgets: whole articles around current wars (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "EU sends first €1.5 billion from frozen Russian assets' profits to Ukraine",
        "The European Union transferred the first €1.5 billion of windfall profits generated "
        "by immobilised Russian central bank assets to Ukraine on Friday, European Commission "
        "President Ursula von der Leyen said. Most of the money will go to the European Peace "
        "Facility to buy military equipment for Kyiv, with the rest going to the Ukraine "
        "Facility for reconstruction. About €210 billion of the Russian central bank's assets "
        "are frozen in the EU, most of them at Euroclear, the Brussels-based securities "
        "depository. Euroclear said the assets generated €3.4 billion of interest in the "
        "first half of the year. Russia's central bank called the transfer theft and said it "
        "would respond with legal action. Hungary had blocked part of the payments for "
        "months, leading EU lawyers to devise a way to bypass Budapest's veto. Group of Seven "
        "leaders agreed in June to a $50 billion loan to Ukraine to be repaid from future "
        "proceeds of the assets. Belgium has resisted calls to confiscate the principal. "
        "Belgian officials argue that seizing the assets themselves could expose Euroclear to "
        "lawsuits and undermine confidence in the euro. Some central banks outside the West "
        "have quietly reduced their holdings in European custodians since 2022, analysts say. "
        "The European Central Bank has also warned about the precedent. Ukraine's finance "
        "ministry said the money would help cover the country's budget needs well into next "
        "year. Kyiv needs about $40 billion a year in outside financing to keep the state "
        "running.",
        "economy",
    ),
    (
        "Allies pledge €10 billion at Rome conference on Ukraine's reconstruction",
        "Governments and companies pledged more than €10 billion for Ukraine's recovery at a "
        "two-day conference in Rome, Italian Prime Minister Giorgia Meloni said on Friday. "
        "The pledges include guarantees, grants and investments for energy, transport and "
        "housing, and a new European fund expected to raise €220 million in equity for "
        "Ukrainian companies. The World Bank estimates the cost of Ukraine's reconstruction "
        "and recovery at $524 billion over the next decade. President Volodymyr Zelensky "
        "urged allies to use Russia's frozen assets to rebuild what he called the damage done "
        "by the aggressor. German Chancellor Friedrich Merz said Germany was ready to buy "
        "Patriot systems from the United States for Ukraine. Business leaders said the lack "
        "of affordable war-risk insurance remained the main obstacle to private investment. "
        "Energy companies signed agreements to repair thermal power plants and build small "
        "gas-fired units before the winter. The next Ukraine Recovery Conference will be held "
        "in Poland in 2026.",
        "economy",
    ),
    (
        "World Bank puts cost of Syria's reconstruction at $216 billion",
        "Rebuilding Syria after nearly 14 years of civil war will cost an estimated $216 "
        "billion, the World Bank said on Tuesday in its first comprehensive assessment of the "
        "damage since the fall of Bashar al-Assad. Physical infrastructure accounts for about "
        "half of the damage, followed by residential and non-residential buildings, the bank "
        "said. Aleppo, Rif Dimashq and Homs were the worst-affected governorates. The report "
        "said the conflict had shrunk Syria's economy by more than half between 2010 and "
        "2022. Finance Minister Mohammed Yisr Barnieh said the government hoped to attract "
        "investment from the Gulf and Turkey, and to avoid taking on heavy debts. The United "
        "States lifted most sanctions on Syria in June, and the European Union has eased "
        "restrictions on the banking and energy sectors. Syrian businessmen said the banking "
        "system, cut off from international transfers for years, remained the main obstacle. "
        "More than one million refugees have returned since December, according to UNHCR.",
        "economy",
    ),
    (
        "US Treasury targets Houthi fuel imports through Ras Isa in new sanctions",
        "The US Treasury on Thursday imposed sanctions on a network of companies and vessels "
        "that it said had delivered refined petroleum products to the Houthi-controlled port "
        "of Ras Isa, in the latest move to choke the Yemeni group's revenue. The designations "
        "include a UAE-based shipping firm, three tankers and a Houthi official who the "
        "Treasury said had arranged the payments. The Houthis were redesignated a Foreign "
        "Terrorist Organization by the Trump administration earlier this year, exposing any "
        "company that deals with them to criminal penalties. Shipping agents in Hodeidah said "
        "importers were already struggling to find insurers and banks willing to handle "
        "cargoes for northern Yemen. The UN and aid groups have warned that restrictions on "
        "fuel imports could drive up food prices in a country where more than half the "
        "population depends on assistance. A Houthi spokesperson said the sanctions would not "
        "change the group's position. The Treasury said the group had earned hundreds of "
        "millions of dollars from fuel sales since 2023.",
        "economy",
    ),
    (
        "Arab leaders back Egypt's $53bn plan to rebuild Gaza without displacing Palestinians",
        "Arab leaders meeting in Cairo on Tuesday endorsed an Egyptian plan to rebuild Gaza "
        "at a cost of $53 billion over five years, in a counter-proposal to US President "
        "Donald Trump's idea of removing Palestinians from the territory. The plan foresees "
        "clearing rubble and unexploded ordnance in the first six months, building temporary "
        "housing for 1.5 million people, and then reconstructing homes, a port and an airport "
        "by 2030. Gaza would be run by a committee of Palestinian technocrats under the "
        "Palestinian Authority for a transitional period. Egyptian President Abdel Fattah "
        "el-Sisi said Egypt would host an international reconstruction conference once a "
        "permanent ceasefire was in place. Hamas welcomed the plan, while Israel's foreign "
        'ministry said it "fails to address the realities" of the situation. The White House '
        "said the proposal did not meet Trump's vision. A joint assessment by the UN, the EU "
        "and the World Bank put the damage to Gaza's buildings and infrastructure at about "
        "$29.9 billion.",
        "economy",
    ),
    (
        "UK freezes assets of firms linked to Sudan's warring army and RSF",
        "Britain imposed sanctions on Wednesday on six companies linked to Sudan's army and "
        "the Rapid Support Forces, freezing their assets in the UK in an effort to cut off "
        "the money the two sides use to finance their war. The list includes Al Junaid, a "
        "gold mining and trading company controlled by the family of RSF commander Mohamed "
        "Hamdan Dagalo, and Defence Industries System, the army's main weapons manufacturer. "
        'Foreign Secretary James Cleverly said the sanctions targeted "those responsible for '
        'fuelling a senseless war". The US imposed similar measures last month. Gold has been '
        "a major source of income for both sides, and much of the metal is smuggled to the "
        "United Arab Emirates, according to analysts. The Sudanese army said the measures "
        'were unfair because they treated a national institution and a "rebel militia" alike. '
        "Previous rounds of sanctions on Sudanese officials have had little impact, said a "
        "researcher at the Chatham House think tank. The UK is the penholder on Sudan at the "
        "UN Security Council.",
        "economy",
    ),
    (
        "Western allies tighten jet fuel sanctions on Myanmar junta",
        "The United States, Britain and Canada announced new sanctions on Wednesday targeting "
        "the supply of aviation fuel to Myanmar's military, which rights groups say has "
        "relied on air strikes to terrorise civilians since the 2021 coup. The US Treasury "
        "sanctioned two individuals and three companies, including a Singapore-based firm "
        "that it said had procured jet fuel for the Myanmar Air Force. Britain added four "
        "entities involved in fuel shipments to its list, while Canada banned the export, "
        "sale and supply of aviation fuel to Myanmar. The measures come on the eve of the "
        "anniversary of the 2017 crackdown on the Rohingya in Rakhine State. Activists from "
        "the group Justice For Myanmar said the sanctions should be extended to the "
        "state-owned Myanma Oil and Gas Enterprise, a key source of the regime's revenue. "
        "Junta spokesman Zaw Min Tun said sanctions would hurt ordinary people who depend on "
        "air travel. Amnesty International has documented the use of imported jet fuel in "
        "attacks on villages and schools.",
        "economy",
    ),
    (
        "World Bank estimates Lebanon's recovery needs at $11 billion after war",
        "Lebanon will need about $11 billion to recover and rebuild after the war between "
        "Israel and Hezbollah, the World Bank said on Friday, with housing accounting for the "
        "largest share of the damage. The bank's Rapid Damage and Needs Assessment covered "
        "the period from October 2023 to December 2024 and found that nearly 100,000 housing "
        "units were partially or completely destroyed, most of them in the south, Nabatieh "
        "and Beirut's southern suburbs. The war cut Lebanon's economic output by 7.1% in "
        "2024, it said. Finance Minister Yassine Jaber said the government would set up a "
        "reconstruction fund but that Lebanon could not bear the cost alone. Gulf states have "
        "made their support conditional on reforms and on the disarmament of Hezbollah, "
        "diplomats say. The World Bank is preparing a $250 million loan for the repair of "
        "critical infrastructure. Hezbollah has paid rent allowances to some families whose "
        "homes were destroyed. President Joseph Aoun has said the state alone should hold "
        "arms.",
        "economy",
    ),
    (
        "Germany to halve new military aid for Ukraine in 2025 budget draft",
        "Germany plans to cut new military aid for Ukraine to about €4 billion next year, "
        "half this year's amount, according to the draft 2025 budget approved by Chancellor "
        "Olaf Scholz's cabinet on Wednesday. Finance Minister Christian Lindner said future "
        "support should increasingly come from the $50 billion loan backed by frozen Russian "
        "assets agreed by the G7. Opposition conservatives accused the government of sending "
        "the wrong signal to Moscow. The defense ministry said deliveries already ordered, "
        "including IRIS-T air defense systems and Leopard 1 tanks, would not be affected. "
        "Germany is Ukraine's second-largest military donor after the United States, having "
        "committed some €28 billion since February 2022. Defense Minister Boris Pistorius had "
        "asked for several billion euros more for the Bundeswehr than he received in the "
        "draft. Economists said the cut reflected the constraints of the constitutional debt "
        "brake rather than a change of policy. The budget must still be approved by the "
        "Bundestag.",
        "military",
    ),
    (
        "House approves $61 billion for Ukraine after months of delay",
        "The House on Saturday approved $61 billion in aid for Ukraine, ending months of "
        "delay as Speaker Mike Johnson defied hard-right members of his party to bring the "
        "package to a vote. The measure passed 311-112, with a majority of Republicans voting "
        "against it. Lawmakers also approved separate bills with $26 billion for Israel and "
        "humanitarian relief in Gaza and $8 billion for allies in the Indo-Pacific, as well "
        "as a measure that could lead to a ban on TikTok. Some Democrats waved small "
        "Ukrainian flags on the House floor after the vote. Ukrainian President Volodymyr "
        'Zelenskyy said the aid would "save thousands and thousands of lives" and thanked '
        "Johnson. The package now goes to the Senate, which is expected to pass it next week, "
        "and President Joe Biden has promised to sign it quickly. Pentagon officials said a "
        "first shipment of artillery shells and air defense interceptors could reach Ukraine "
        "within days. Ukrainian commanders have warned of severe ammunition shortages along "
        "the front.",
        "military",
    ),
    (
        "Zelensky shows off first F-16s as Danish and Dutch jets arrive in Ukraine",
        "Ukrainian President Volodymyr Zelensky presented the country's first F-16 fighter "
        "jets at an undisclosed air base on Sunday, nearly two years after Kyiv began "
        "lobbying allies for the US-made aircraft. Two of the jets flew overhead as Zelensky "
        "spoke to pilots who had trained in Denmark, Romania and the United States. He did "
        'not say how many had been delivered, but said there were "not enough" and that more '
        "pilots were in training. Denmark, the Netherlands, Norway and Belgium have pledged a "
        "total of more than 60 F-16s. Ukraine's air force commander said the jets would first "
        "be used to help intercept cruise missiles and drones. Military analysts say the "
        "aircraft, which need long runways and careful maintenance, will have to be protected "
        'from Russian strikes on airfields. Russian officials have said the jets will "burn" '
        "like other Western equipment. The Netherlands said it had lifted restrictions on "
        "where the aircraft it supplied could be used.",
        "military",
    ),
    (
        "Israel's defense budget hits record as Knesset passes 2025 spending plan",
        "The Knesset approved the 2025 state budget early on Tuesday, with defense spending "
        "set at a record 117 billion shekels, roughly double the pre-war level, after an "
        "all-night session. The budget, passed by 59 votes to 57, also includes tax hikes and "
        "cuts to several ministries, and raises VAT to 18 percent. Finance Minister Bezalel "
        'Smotrich said the budget would allow the IDF to "complete the war\'s goals" while '
        "keeping the deficit in check. The Bank of Israel has warned that the war's costs, "
        "estimated at about 250 billion shekels through 2025, would leave the country with a "
        "higher debt burden for years. The budget also includes funds for ultra-Orthodox "
        "yeshivas that opposition lawmakers said would reward draft evasion. Reservists' "
        "organizations demonstrated outside the Knesset against what they called an unequal "
        "burden. The defense establishment had asked for more, citing the need to replenish "
        "stocks of interceptors and munitions. Much of the procurement relies on American "
        "military aid of $3.8 billion a year.",
        "military",
    ),
    (
        "UK suspends 30 arms export licences to Israel over risk of humanitarian law breaches",
        "The UK government has suspended 30 of its 350 arms export licences to Israel, citing "
        'a "clear risk" that the items could be used to commit or facilitate a serious '
        "violation of international humanitarian law. The foreign secretary, David Lammy, "
        "told MPs the decision followed a review of Israel's compliance with humanitarian law "
        "in Gaza, including the treatment of detainees and the supply of aid. The suspended "
        "licences cover parts for military aircraft, including fighter jets, helicopters and "
        "drones, and items for ground targeting. Components for the international F-35 "
        "programme are excluded, because they cannot be withheld from Israel without "
        "disrupting the whole supply chain, Lammy said. Israel's defence minister, Yoav "
        'Gallant, said he was "deeply disheartened". Campaign groups said the decision did '
        "not go far enough. The UK's arms exports to Israel are small, amounting to about "
        "£18m in 2022. Lammy stressed that the decision was not an arms embargo.",
        "military",
    ),
    (
        "Russia's Duma approves record defence spending for 2025",
        "Russia's lower house of parliament approved a federal budget for 2025 on Thursday "
        "that raises defence spending to a record 13.5 trillion roubles, about 6.3% of gross "
        "domestic product, as the war in Ukraine nears its fourth year. Spending on defence "
        "and security combined will take up about 40% of all budget expenditure, more than "
        "health, education, social policy and the economy together, according to calculations "
        "by economists. Finance Minister Anton Siluanov said the budget would ensure victory, "
        "while keeping the deficit at around 0.5% of GDP. The government plans to raise taxes "
        "on profits and on higher earners to finance the spending. Economists warn that the "
        "military build-up is driving inflation, which the central bank has tried to tame "
        "with a key rate of 21%. Defence factories have added shifts and are struggling to "
        "find workers. The budget now goes to the Federation Council and to President "
        "Vladimir Putin for signing.",
        "military",
    ),
    (
        "Amnesty says French-made military equipment found on RSF vehicles in Sudan",
        "French-made military technology is being used on armoured vehicles deployed by "
        "Sudan's Rapid Support Forces, Amnesty International said on Thursday, possibly in "
        "violation of a UN arms embargo on Darfur. The rights group said it had identified "
        "Galix defence systems, made by the French companies KNDS France and Lacroix Defense, "
        "on Nimr Ajban armoured personnel carriers produced in the United Arab Emirates. Its "
        "Crisis Evidence Lab analysed images of destroyed or captured vehicles posted online "
        "by Sudanese soldiers, Amnesty said. Lacroix said it had sold the systems to the UAE "
        "for its own use and had not authorised re-export. The UAE has repeatedly denied "
        "supplying weapons to the RSF. Amnesty called on France to ensure that its technology "
        "was not being diverted to the war. The UN embargo covers only Darfur, and rights "
        "groups have called for it to be extended to the whole of Sudan. A UN panel of "
        "experts reported in January that it had found credible evidence of arms flights from "
        "the UAE via Chad.",
        "military",
    ),
    (
        "Mali's junta shows off Turkish drones and Russian helicopters in Bamako ceremony",
        "Mali's military government on Thursday showed off a new batch of aircraft, including "
        "Turkish-made Bayraktar TB2 drones and Russian combat helicopters, at a ceremony at "
        "the air base in Bamako. Transitional leader Colonel Assimi Goita said the equipment "
        'would help the armed forces "win the fight against terrorism" and regain control of '
        "the national territory. Defence Minister Sadio Camara thanked Russia and Turkey for "
        'their "sincere cooperation" and said the deliveries had been paid for by Malian '
        "taxpayers. Mali's junta, which seized power in 2020, forced out French troops last "
        "year and has turned to Russia for support, including fighters of the Wagner group, "
        "which it describes as military instructors. The UN peacekeeping mission MINUSMA is "
        "due to complete its withdrawal by the end of the year at the junta's request. "
        "Analysts say armed drones have become a central element of the Sahel armies' "
        "strategy. Bamako has not disclosed the cost of the aircraft.",
        "military",
    ),
]
