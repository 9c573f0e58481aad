"""dev309 negatives, part a: elections and politics, oil and money, pilgrims, peaceful strikes.

NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset KIND_CODES.
"""

NEGATIVES = [
    (
        "Sudani's coalition tops Baghdad vote as turnout rises",
        "Prime Minister Mohammed Shia al-Sudani's Reconstruction and Development coalition won the largest number of seats in Baghdad in Iraq's parliamentary election, according to preliminary results released by the Independent High Electoral Commission on Wednesday. "
        "Turnout nationwide reached 56%, up from 41% in 2021, the commission said, although the Sadrist movement boycotted the vote. "
        "The battle for Baghdad's 69 seats had been the fiercest of the campaign, with posters of candidates covering every roundabout from Karrada to Sadr City. "
        "Sudani's list was followed by the State of Law coalition of former prime minister Nouri al-Maliki and by the Taqaddum party of former speaker Mohammed al-Halbousi. "
        "In the Kurdistan Region, the Kurdistan Democratic Party again came first, ahead of the Patriotic Union of Kurdistan. "
        "Results must be ratified by the Federal Supreme Court before parliament can meet to elect a speaker and begin the long business of forming a government. "
        "Analysts told Al-Monitor the negotiations could take months.",
        "politics",
    ),
    (
        "Kurdistan parliament vote delayed again amid seat row between KDP and PUK",
        "The Kurdistan Region's parliamentary election has been postponed for the third time, the Independent High Electoral Commission said on Monday, after the Federal Supreme Court ruled to abolish the 11 seats reserved for minorities. "
        "The Kurdistan Democratic Party had threatened to boycott the vote, calling the ruling 'an attack on the constitutional entity of the region' and accusing Baghdad of waging a legal war against Erbil. "
        "The Patriotic Union of Kurdistan welcomed the decision and accused its rival of using the minority quota seats to keep its grip on power. "
        "The region's legislature has not sat since its term was extended in 2022, which the court later ruled unconstitutional. "
        "Diplomats in Erbil urged the parties to agree on a new date. "
        "A Rudaw survey of voters in Duhok and Sulaimani found that more than half did not expect to vote. "
        "The commission said it needed at least three months to prepare once a date was set.",
        "politics",
    ),
    (
        "Pezeshkian and Jalili trade blows in final presidential debate",
        "Iran's two remaining presidential candidates, the reformist Masoud Pezeshkian and the hardliner Saeed Jalili, clashed over sanctions, the economy and the hijab law in their last televised debate before Friday's runoff. "
        "Pezeshkian, a heart surgeon and former health minister, accused his rival of having 'fought a war against the world' as nuclear negotiator and said Iran could not grow while under sanctions. "
        "Jalili hit back, saying the country did not need to 'beg' the West and that his opponent's team had already failed under President Hassan Rouhani. "
        "The first round, called after President Ebrahim Raisi died in a helicopter crash in May, drew the lowest turnout of any presidential vote since 1979, at about 40%. "
        "Young voters interviewed by IranWire in Tehran said they were still undecided or would stay at home. "
        "The Tehran Times described the debate as 'a fiery duel of visions'. "
        "Polling stations will open at 8 a.m. and may stay open until midnight.",
        "politics",
    ),
    (
        "Sadr declares 'war on corruption' in call to supporters",
        "Muqtada al-Sadr, the Shia cleric whose movement won the most seats in Iraq's 2021 election, told supporters on Friday that he was launching 'a war on corruption that will spare no one, not even members of my own movement'. "
        "In a statement read at Friday prayers in Kufa, he ordered the dismissal of several officials from his bloc accused of taking kickbacks in the health and electricity ministries. "
        "Sadr also repeated his call for a 'national majority government' and said the Coordination Framework of Shia parties must go into opposition. "
        "Framework leaders said in response that they would not be bullied out of government formation. "
        "Iraq ranks 157th out of 180 countries in Transparency International's corruption index. "
        "Political analyst Ihsan al-Shammari told Shafaq News that the cleric's campaign was aimed as much at his rivals as at graft. "
        "Parliament remains deadlocked over the election of a president, a step required before a prime minister can be named.",
        "politics",
    ),
    (
        "Budget battle: Erbil and Baghdad still apart on oil revenue clause",
        "Negotiators from Baghdad and Erbil ended another round of talks on Thursday without agreement on the clause of the federal budget that governs the Kurdistan Region's oil revenues, officials from both sides said. "
        "The dispute, which has held up the payment of public salaries in the region for weeks, centres on who markets Kurdish crude and where the money is deposited. "
        "'It is a battle over every word,' a member of the parliament's finance committee told Rudaw. "
        "Under the draft, the Kurdistan Region would hand 400,000 barrels a day to the state oil marketer SOMO in exchange for its share of the budget. "
        "Kurdish lawmakers say the text lets Baghdad cut the region's share if exports fall short. "
        "The Federal Supreme Court has ruled several times that Erbil's independent oil sales were unconstitutional. "
        "Teachers in Sulaimani said they had not been paid for two months and were borrowing from relatives to buy food.",
        "politics",
    ),
    (
        "Iraq and Turkey locked in 'water war' rhetoric as Tigris runs low",
        "Iraqi lawmakers accused Turkey on Tuesday of waging a 'water war' against their country, as the flow of the Tigris at the border fell to its lowest level in decades and farmers in Nineveh and Salahuddin abandoned their wheat fields. "
        "The water resources ministry said Iraq's reservoirs held less than a tenth of their capacity, and that it would cut the area allocated for winter crops by half. "
        "Turkey's ambassador in Baghdad said his country was itself facing drought and urged Iraqis to 'use water more efficiently', a remark that caused uproar on social media. "
        "Iraqi officials said they hoped to secure a release of more water during a visit by President Recep Tayyip Erdogan next month. "
        "The United Nations ranks Iraq among the five countries most vulnerable to climate change. "
        "In the southern marshes, buffalo herders told Shafaq News they had lost half their animals to salty water this summer.",
        "politics",
    ),
    (
        "TotalEnergies starts work on $27bn Basra gas and solar project",
        "France's TotalEnergies laid the foundation stone on Sunday for the Gas Growth Integrated Project in Basra, a $27 billion development that has been years in the making and is meant to ease Iraq's chronic power shortages. "
        "The project will capture gas now flared at the Ratawi and other southern fields, build a 1-gigawatt solar plant and a seawater treatment facility for oil production. "
        "Prime Minister Mohammed Shia al-Sudani, who attended the ceremony, said it would cut Iraq's dependence on Iranian gas imports. "
        "Basra Oil Company holds 30% of the venture, Qatar's QatarEnergy 25% and TotalEnergies the rest. "
        "The deal was first signed in 2021 but stalled over disputes about the Iraqi share. "
        "Gas flaring at Iraq's oilfields burns the equivalent of billions of dollars a year and darkens the sky over towns such as Rumaila and Nahran Omar. "
        "Residents there have long complained of cancer rates they blame on the flares.",
        "economy",
    ),
    (
        "Kurdish oil flows to Ceyhan resume after 30-month halt",
        "Crude oil from the Kurdistan Region began flowing again through the Iraq-Turkey pipeline to the port of Ceyhan on Saturday, ending a stoppage of two and a half years that cost Baghdad and Erbil an estimated $35 billion in lost revenue. "
        "The agreement, reached after months of talks between the federal oil ministry, the Kurdistan Regional Government and foreign producers, sets initial flows at about 180,000 barrels a day. "
        "The state oil marketer SOMO will sell the crude, and producers will be paid a fixed fee per barrel while arrears are discussed. "
        "Exports were halted in March 2023 after an arbitration court in Paris ruled that Turkey had breached a 1973 treaty by allowing Erbil to export without Baghdad's consent. "
        "The Association of the Petroleum Industry of Kurdistan, which represents the companies, welcomed the restart. "
        "Oil traders said the extra barrels would have little effect on world prices.",
        "economy",
    ),
    (
        "Rial hits record low as currency war with the dollar deepens",
        "The Iranian rial fell to a record low of more than 900,000 to the US dollar on Tehran's open market on Saturday, currency dealers said, as fears of new sanctions and the return of United Nations measures weighed on the economy. "
        "The central bank has intervened repeatedly, selling dollars at a subsidised rate through its exchange centre, in what a state newspaper called a 'currency war' imposed by the enemy. "
        "Prices of food and medicine have risen sharply, and annual inflation is running above 35%, official data show. "
        "Shopkeepers in the Grand Bazaar told IranWire they were changing price tags several times a week. "
        "Economy Minister Abdolnaser Hemmati was impeached by parliament earlier this year over the currency's slide. "
        "Gold coin prices also reached new highs as families moved savings into metal and property. "
        "The government said it would introduce new notes with four zeros removed.",
        "economy",
    ),
    (
        "Price war hits Iraq's mobile market as fourth operator approved",
        "Iraq's three mobile operators, Zain Iraq, Asiacell and Korek, have cut the price of data bundles by as much as 40% in recent weeks in what analysts call a price war ahead of the launch of a state-backed fourth operator. "
        "The cabinet approved a licence for the new company, in which the state will hold a stake, to roll out a 5G network in Baghdad and Basra first. "
        "Asiacell's chief executive told an investors' call that competition would be 'aggressive' but that the company was ready. "
        "Iraq has about 45 million mobile subscriptions for a population of 46 million, but fixed broadband is scarce outside the main cities. "
        "The Communications and Media Commission said licences held by the existing operators were extended to 2030 on condition that they pay arrears. "
        "Consumers on social media welcomed the cheaper bundles but complained about slow speeds.",
        "economy",
    ),
    (
        "Iraq renews waiver to pay for Iranian gas and electricity",
        "The United States has renewed a sanctions waiver allowing Iraq to pay Iran for imports of gas and electricity for another 120 days, the Iraqi electricity ministry said, as peak summer demand approaches. "
        "Iranian gas feeds power stations that supply about a third of Iraq's electricity, and supplies have been cut several times because of payment delays. "
        "The money is held in restricted accounts and can be used only for humanitarian purchases such as food and medicine. "
        "Washington has warned it may not renew the waiver again as part of its 'maximum pressure' policy on Tehran. "
        "Iraqi officials say they are racing to build solar capacity and to import power through the Gulf and Jordanian grids. "
        "In Baghdad, where temperatures reach 50C in July, households rely on private neighbourhood generators that charge about 15,000 dinars per ampere. "
        "The ministry said it expected to supply about 27,000 megawatts this summer, against demand of 48,000.",
        "economy",
    ),
    (
        "Over 21 million visitors took part in Arbaeen, Karbala shrine says",
        "More than 21 million pilgrims took part in this year's Arbaeen commemoration in Karbala, the administration of the Abbas shrine said on Saturday, including about 3.5 million from abroad. "
        "Iranians made up the largest group of foreign visitors, followed by pilgrims from Pakistan, Lebanon, Bahrain and Azerbaijan, according to the interior ministry. "
        "Many walked the 80-kilometre route from Najaf over three days, stopping at thousands of roadside tents, known as mawakib, where volunteers serve free food and tea. "
        "The health ministry said it treated more than 40,000 pilgrims, most for heat exhaustion. "
        "Iraqi Airways added flights from Tehran and Mashhad, and the border crossings at Mehran, Shalamcheh and Chazabeh operated around the clock. "
        "Arbaeen marks the end of the 40 days of mourning for Imam Hussein, the Prophet's grandson killed in the battle of Karbala in 680. "
        "Independent observers could not verify the count.",
        "other",
    ),
    (
        "Mehran crossing jammed as Iranian pilgrims head home from Karbala",
        "Tens of thousands of Iranian pilgrims were stuck for hours at the Mehran border crossing on Monday as they returned from the Arbaeen commemoration in Karbala, Iranian state media said. "
        "The head of Ilam province's crisis management office said about 5,000 buses had been brought in to move people from the border to Tehran, Qom and Mashhad. "
        "Temperatures reached 47C at midday, and the Red Crescent set up misting tents and distributed water. "
        "Pilgrims told IranWire they had waited more than six hours at the Iraqi side. "
        "Iranian officials said 3.1 million citizens had registered to travel this year, down slightly from last year because of the fall in the rial. "
        "Iraq waived visa fees for Iranian pilgrims during the season. "
        "Border officials expect traffic to ease by the end of the week.",
        "other",
    ),
    (
        "Iraq counts 46 million people in first census since 1987",
        "Iraq's population stands at 46.1 million, according to preliminary results of the first national census in nearly four decades, the planning ministry said on Monday. "
        "The count, carried out over two days in November with a curfew imposed so that families would stay at home, included the Kurdistan Region for the first time since 1987. "
        "More than 120,000 enumerators visited households with tablets, the ministry said. "
        "The results show that about 36% of Iraqis are under 15 and that the population has more than doubled since the last full count. "
        "Kurdish parties had feared the census would be used to settle disputes over Kirkuk and other contested areas, and the questionnaire did not ask about ethnicity or religion. "
        "Minister Mohammed Tamim said the data would help plan schools, hospitals and water projects. "
        "Final results are due next year.",
        "other",
    ),
    (
        "Truck drivers' strike spreads to 150 Iranian cities",
        "A strike by Iranian truck drivers over low freight rates and the rising cost of spare parts has spread to at least 150 cities, according to labour groups, leaving lorries parked along highways and fuel shortages in some provinces. "
        "Drivers are demanding higher rates, cheaper insurance and an end to fuel quotas, and many posted videos of empty truck stops in Bandar Abbas, Isfahan and Kermanshah. "
        "The strike is peaceful, organisers said, and they urged drivers not to block roads. "
        "The road maintenance and transport organisation said it would raise the price per kilometre by 20% and study the other demands. "
        "Several drivers were summoned by police and asked to sign pledges to return to work, according to the Free Union of Iranian Workers. "
        "Petrol stations in the north-east reported long queues on Wednesday. "
        "It is the third nationwide strike by truckers since 2018.",
        "protest",
    ),
    (
        "Haft Tappeh sugar workers hold 30th day of strike outside company office",
        "Workers at the Haft Tappeh sugar cane company in Khuzestan province marked the 30th day of their strike on Sunday with a sit-in outside the company's offices in Shush, demanding months of unpaid wages and the return of the company to state ownership. "
        "About 3,000 workers held placards and sang songs, according to videos posted by the company's workers' union. "
        "Union leader Esmail Bakhshi, who was jailed in 2018, told IranWire that the workers would stay until they were paid. "
        "The provincial governor's office said 50 billion tomans had been set aside to pay arrears and that the workers should return to the fields. "
        "The strike has been one of the most visible labour disputes in Iran. "
        "Similar sit-ins have been held this year by retirees in Ahvaz and by steel workers in the same province. "
        "No arrests were reported.",
        "protest",
    ),
    (
        "Sulaimani teachers' boycott of classes enters third week",
        "Thousands of teachers in Sulaimani and Halabja kept up their boycott of classes for a third week on Monday, demanding regular salaries from the Kurdistan Regional Government and an end to years of savings deductions from their pay. "
        "Schools across the province remained closed, and parents said their children had lost a month of lessons. "
        "Teachers gathered in front of the education directorate holding pictures of their pay slips and chanting 'Salaries, not promises'. "
        "Protest organisers said they would keep the action peaceful and asked supporters not to block roads. "
        "The regional education minister said the government was waiting for money from Baghdad and could not pay more than one salary a month. "
        "Teachers in Erbil and Duhok did not join the boycott, which some attributed to pressure on unions in those provinces. "
        "The Kurdistan Region's Independent Human Rights Commission urged the authorities to respect the right to strike.",
        "protest",
    ),
    (
        "Graduates' sit-in outside oil ministry ends with job pledges",
        "Hundreds of engineering graduates ended a three-week sit-in outside the oil ministry in Baghdad on Thursday after officials promised that the ministry would hire 7,000 of them on contracts by the end of the year. "
        "The graduates, many of them from Basra, Maysan and Dhi Qar, had camped in tents near the ministry, holding daily marches and chanting that the oil wealth of the south should provide jobs for its people. "
        "Their spokesman told Shafaq News that they would return if the promise was not kept. "
        "Unemployment among young Iraqis is estimated at more than 30%, and the public sector employs about four million people. "
        "Protests by graduates have become a fixture of Iraqi summers. "
        "Police officers stood guard throughout the sit-in and no incidents were reported.",
        "protest",
    ),
    (
        "Tehran bazaar merchants shut stores in protest over currency slump",
        "Merchants in Tehran's Grand Bazaar and in the capital's mobile phone market closed their shops on Tuesday in protest at the falling rial and rising import costs, traders and local media said. "
        "Shutters stayed down in the gold and textile sections, and shopkeepers gathered in small groups in the alleys, some chanting slogans against high prices. "
        "Bazaar associations in Tabriz and Isfahan reported similar closures. "
        "A shopkeeper in the carpet section told IranWire that he could no longer set prices because the dollar rate changed every hour. "
        "The government spokeswoman said the demands of the merchants were 'understandable' and that officials would meet their representatives. "
        "Police were present but did not intervene, and shops began reopening in the afternoon. "
        "The bazaar has a long history of political strikes, including during the 1979 revolution.",
        "protest",
    ),
]
