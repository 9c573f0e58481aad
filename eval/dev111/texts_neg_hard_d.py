"""dev111 hard negatives, part d: the politics, money and health of migration and asylum."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Trump tells rally migrants are 'invading' the country, vows mass deportations",
        "Donald Trump told a rally in Aurora, Colorado, on Friday that the United States was being "
        "'invaded' by migrants and promised to launch the largest deportation operation in the "
        "country's history if he wins next month's election. Standing in front of photos of men "
        "he said were gang members from Venezuela, the Republican nominee said the city had been "
        "'conquered' and that he would invoke the Alien Enemies Act of 1798, a wartime law, to "
        "remove them. Aurora's Republican mayor has said the problems with one apartment complex "
        "were exaggerated and that the city was not under the control of any gang. Kamala Harris's "
        "campaign called the speech dangerous and said Trump had killed a bipartisan border bill "
        "earlier in the year for political reasons. Immigration is among the top concerns of "
        "voters in several battleground states, polls show, though border crossings have fallen "
        "sharply since the summer. Legal experts say mass deportations would face court challenges "
        "and cost tens of billions of dollars. Trump also said he would send the National Guard to "
        "help with arrests in cities that refuse to cooperate.",
        "politics",
    ),
    (
        "Dutch government collapses after coalition fails to agree on limiting asylum",
        "The Dutch government collapsed on Friday after the four parties in Prime Minister Mark "
        "Rutte's coalition failed to agree on how to limit the number of asylum seekers, and the "
        "country will hold an early election in the autumn. The talks broke down over Rutte's "
        "demand to restrict family reunification for people granted protection from war, which "
        "two of his partners, the Christian Union and D66, refused to accept. Rutte told "
        "a news conference that the partners' differences on migration could not be bridged. "
        "The number of asylum applications rose by a third last year to more "
        "than 46,000, and hundreds of people slept outside an overcrowded reception centre in "
        "Ter Apel last summer. The battle over the issue had dominated Dutch politics for months, "
        "with the farmers' protest party and the far right gaining in local elections. Rutte's "
        "cabinet will stay on as a caretaker government until a new one is formed. Opposition "
        "leaders said they were ready for the campaign.",
        "politics",
    ),
    (
        "Rwanda bill clears parliament after weeks of battle with the Lords",
        "The government's bill to send some asylum seekers to Rwanda passed its final stage in "
        "parliament shortly after midnight on Tuesday, after the House of Lords gave up a weeks-long "
        "fight to amend it. Peers had repeatedly sent the legislation back to the Commons with "
        "changes, including an exemption for Afghans who worked with British forces, but backed "
        "down after MPs rejected them for a fifth time. The prime minister said the first flights "
        "would leave within 10 to 12 weeks and that the government had an airfield and charter "
        "planes on standby. 'No ifs, no buts, these flights are going to Rwanda,' he told a press "
        "conference on Monday. The law declares Rwanda a safe country, overriding a Supreme Court "
        "ruling last year that found asylum seekers sent there would be at risk of being returned "
        "to places where they faced harm. Labour said it would scrap the plan if it won the "
        "election. Charities said they expected legal challenges from individuals as soon as "
        "removal notices were served.",
        "politics",
    ),
    (
        "EU court fines Hungary €200m for defying asylum ruling",
        "The EU's top court ordered Hungary on Thursday to pay a lump sum of €200m and a further €1m "
        "for every day it fails to comply with a 2020 ruling on the rights of asylum seekers, one of "
        "the largest penalties ever imposed on a member state. The Court of Justice said Budapest "
        "had deliberately evaded its obligations by still making people apply for asylum at its "
        "embassies in Kyiv and Belgrade, and by pushing migrants back across the border into Serbia "
        "without examining their claims. Prime Minister Viktor Orbán called the ruling outrageous "
        "and said Brussels preferred illegal migrants to Hungarians. His government has for years "
        "described its border fence as a defence against an invasion and has said it will not "
        "accept any quota of asylum seekers under the EU's new migration pact. The European "
        "Commission can deduct the fines from EU funds due to Hungary. Officials in Budapest said "
        "they would look at ways to pass the cost on to Brussels, including offering free bus "
        "tickets to migrants who want to travel to Belgium.",
        "politics",
    ),
    (
        "WFP cuts rations in Kakuma as funding dries up",
        "The World Food Programme has cut food rations for refugees in Kenya's Kakuma camp and the "
        "nearby Kalobeyei settlement to 40% of the minimum daily requirement, the lowest level ever, "
        "because of a fall in donor funding, the agency said on Wednesday. About 300,000 refugees, "
        "most of them from South Sudan, Somalia, Congo and Burundi, depend on the monthly "
        "distributions of sorghum, pulses and cooking oil. The UN agency said it needed $30m to "
        "restore full rations for the next six months and that the cuts followed reductions in "
        "aid from the United States and several European governments. 'We are eating once a day, "
        "and the children are asking for more,' said a mother of five from Jonglei who has lived in "
        "the camp since 2014. Aid workers said the number of malnourished children treated in the "
        "camp's clinics had risen sharply since March. Refugees in Kakuma held a peaceful march to "
        "the UN compound to protest against the cuts last week. Kenya's government wants to turn "
        "the camps into integrated settlements where refugees can farm and trade with their hosts.",
        "economy",
    ),
    (
        "Ukrainian refugees added up to 2.7% to Poland's economy, report says",
        "Refugees from Ukraine added between 0.7% and 1.1% to Poland's gross domestic product last "
        "year and could lift it by as much as 2.7% in the long run, a study by Deloitte for the UN "
        "refugee agency found. About a million Ukrainians who fled after Russia's invasion in 2022 "
        "are still in Poland, and two-thirds of working-age refugees have jobs, the report said, "
        "one of the highest rates in Europe. Many work in manufacturing, logistics and hospitality, "
        "often below their qualifications, and about 20,000 have set up their own businesses. "
        "Taxes and social contributions paid by refugees now exceed what the state spends on "
        "support for them, the authors said. The study urged the government to speed up "
        "recognition of diplomas, especially for doctors and teachers, and to expand Polish "
        "language courses. Poland's finance ministry welcomed the findings but said schools and "
        "hospitals in big cities such as Warsaw and Wrocław were under pressure. Support for "
        "helping refugees has slipped in opinion polls, though most Poles still back it.",
        "economy",
    ),
    (
        "Venezuelan migrants become a growing source of tax and consumption in Colombia",
        "Venezuelan migrants contributed about 529 billion pesos in taxes in Colombia last year, "
        "more than three times the figure of 2019, according to a study by a Bogotá think tank "
        "published on Tuesday. About 2.8 million Venezuelans live in Colombia, most of them under "
        "a ten-year temporary protection status granted in 2021 that lets them open bank accounts, "
        "sign formal job contracts and join the health system. The study found that the share of "
        "Venezuelans in formal employment had doubled since the status was introduced, though most "
        "still work in informal commerce, delivery and construction. Consumer spending by migrants "
        "was strongest in Bogotá, Medellín and Barranquilla, it said. The authors said the "
        "government could raise more revenue by speeding up the issuing of the permits, of which "
        "about 300,000 are still pending. The central bank has said migration has helped keep "
        "growth up but may have slowed wage increases in some low-paid sectors. The study did not "
        "include remittances sent home to Venezuela, which banks estimate at several hundred "
        "million dollars a year.",
        "economy",
    ),
    (
        "A third of UK aid budget spent on asylum hotels at home, figures show",
        "Britain spent almost a third of its aid budget last year on housing and supporting asylum "
        "seekers and refugees in the UK, official figures published on Thursday show, more than it "
        "gave to any single country abroad. The £3.7bn counted as official development assistance "
        "went mostly on hotel rooms for people waiting for decisions on their asylum claims, and "
        "on the schemes for Ukrainians and Afghans who came to Britain after the war in Ukraine and "
        "the fall of Kabul. International rules allow donors to count the first year of "
        "refugees' costs as aid. Charities said the money had been taken from programmes for "
        "girls' education, clean water and famine prevention, which have been cut by hundreds of "
        "millions of pounds. The Home Office said it was working to clear the backlog of claims and "
        "close hotels as quickly as possible. Aid groups called it a raid on the budget for the "
        "world's poorest, and MPs on the international development committee said they would "
        "question ministers.",
        "economy",
    ),
    (
        "Dengue cases surge in Rohingya camps as monsoon sets in",
        "Dengue fever cases in the Rohingya refugee camps of Cox's Bazar have risen to more than "
        "12,000 this year, with at least 20 deaths, health officials said on Monday, as the monsoon "
        "brought standing water to the crowded settlements. The World Health Organization said the "
        "camps now accounted for about a third of all dengue cases recorded in Bangladesh, and that "
        "children were among the worst affected. Health workers have been going from shelter to "
        "shelter spraying insecticide and handing out mosquito nets, and volunteers have been "
        "clearing drains of plastic waste. 'My son had a fever for five days and then he could not "
        "stand,' said a mother in Camp 15 whose son recovered in a field hospital. The camps have "
        "also seen outbreaks of scabies and acute watery diarrhoea this year. Doctors said the "
        "response was hampered by cuts to health funding, which have forced some clinics to shorten "
        "their hours. Bangladesh's health ministry said it had sent extra staff and test kits to "
        "the area.",
        "health",
    ),
    (
        "MSF says children on Lesbos are self-harming as Moria camp overflows",
        "Children as young as ten in the Moria camp on the Greek island of Lesbos are harming "
        "themselves and attempting suicide, Doctors Without Borders said on Monday, calling the "
        "situation a mental health emergency. The group's psychologists said that in a few months "
        "they had seen dozens of children who had stopped speaking, eating or playing, and several "
        "who had tried to take their own lives. Many of the children had fled the wars in "
        "Afghanistan and Syria and had lived in the camp's tents for more than a year. 'They arrive "
        "hoping for safety, and find a place that re-traumatises them,' an MSF psychiatrist said. "
        "Moria was designed for about 3,000 people and now holds more than 8,000. MSF said there "
        "was only one child psychiatrist on the island, and called for families to be moved to the "
        "mainland or to other EU countries. The Greek migration ministry said it was improving "
        "services and transferring vulnerable people as quickly as it could.",
        "health",
    ),
]
