"""dev169 negatives (2 of 4): the host country's politics and courts, diaspora business and money,
and sport, with the wars at home as background only (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Ontario court upholds Tamil Genocide Education Week law after challenge by Sri "
        "Lankan groups",
        "Ontario's top court has upheld a provincial law that designates a week each May as "
        "Tamil Genocide Education Week, dismissing a challenge brought by a group of Sri "
        "Lankan Canadians who argued the act was unconstitutional. The law, passed in 2021 as "
        "a private member's bill, asks Ontarians to learn about what it calls the Tamil "
        "genocide during and after Sri Lanka's civil war, which ended in 2009. The "
        "challengers argued that the act took sides in a disputed historical question and "
        "would expose Sinhalese Canadians to hatred. The Court of Appeal found that the law "
        "does not create any offence and falls within the province's power to proclaim "
        "commemorative days. Tamil community groups in Scarborough and Markham welcomed the "
        'decision as a victory in a long battle for recognition. "This is a law about '
        "education and memory, not about hatred,\" the bill's sponsor told reporters at "
        "Queen's Park. The Sri Lankan High Commission in Ottawa said the government of Sri "
        "Lanka rejects the use of the word genocide and regrets the ruling. Canada's House of "
        "Commons recognised May 18 as Tamil Genocide Remembrance Day in 2022. The challengers "
        "have 60 days to seek leave to appeal to the Supreme Court of Canada.",
        "politics",
    ),
    (
        "Somali-American candidates fight for Minneapolis' Ward 6 in crowded council race",
        "Three Somali-American candidates are among the five people running for the "
        "Minneapolis City Council seat in Ward 6, the Cedar-Riverside and Phillips ward that "
        "is home to the largest concentration of East African residents in the state. The "
        "race has become one of the most expensive council contests in the city, with the "
        "incumbent's campaign war chest now above $120,000, according to filings released "
        "this week. Candidates disagree over housing in the high-rise towers of Riverside "
        "Plaza, public safety on the light-rail platforms and how the city should respond to "
        "federal immigration enforcement. At a forum at the Brian Coyle Center on Tuesday "
        "night, the candidates took questions in Somali and English before a crowd of about "
        '300 people. "This ward has a battle every four years, but the issues never change: '
        'rent, jobs, safety," said a longtime community organiser who has not endorsed '
        "anyone. Several elders complained that the campaigns had split families along clan "
        "lines, a charge the candidates denied. Minneapolis uses ranked-choice voting, which "
        "means the seat may not be decided until several days after the Nov. 4 election. "
        "Turnout in Ward 6 has historically been among the highest in the city for municipal "
        "races, driven by Somali-language voter drives.",
        "politics",
    ),
    (
        "Syrians in Manchester left in limbo after Home Office pauses asylum decisions",
        "Syrian asylum seekers in Greater Manchester say they have been left in limbo after "
        "the Home Office paused decisions on thousands of Syrian claims following the fall of "
        "Bashar al-Assad's government. The pause, announced the day after Assad fled to "
        "Moscow, affects around 6,500 people across the UK who are waiting for a first "
        "decision, according to the Refugee Council. Among them is Khaled, 29, who left Homs "
        "in 2023 to avoid military conscription and has been living in a hotel in Salford for "
        'eleven months. "For one day I was very happy that Assad is gone. The next day I '
        'learned my case is frozen," he said. Ministers said the situation in Syria was '
        "changing fast and that decisions would resume once the Home Office had a clearer "
        "picture of the risks. Charities in Manchester said the pause would leave people "
        "unable to work or move on with their lives, and warned that some could be pushed "
        "towards people smugglers. Opposition politicians said the government should go "
        "further and look at returning Syrians. Syrian community leaders in the city said "
        "many families had begun planning visits home but few were ready to return for good. "
        "A Home Office spokesperson said the pause did not affect people who had already been "
        "granted refugee status.",
        "politics",
    ),
    (
        "Palestinian Australians urge Canberra to end visa 'limbo' for relatives who left Gaza",
        "Palestinian Australians in Sydney's south-west have called on the federal government "
        "to give permanent protection to relatives who arrived from Gaza on short-term "
        "visitor visas and now cannot work or study. Community groups say around 2,900 "
        "visitor visas have been granted to people from Gaza since late 2023, and that those "
        "who made it out through Egypt are living on the goodwill of relatives in suburbs "
        "such as Lakemba, Greenacre and Bankstown. Opposition MPs have called for the visas "
        "to be cancelled, arguing that the security checks were rushed, and the issue has "
        'become a political battle in Canberra. "My sister has three children in a '
        "one-bedroom unit with us. She was a pharmacist in Gaza. Here she cannot even get a "
        'Medicare card," said Nour Salem, a bookkeeper in Greenacre. The Home Affairs '
        "Minister said all applicants had been checked by security agencies and that visitor "
        "visa holders could apply for other visas. Refugee advocates say the application fees "
        "and waiting times make that impossible for most families. A Senate committee hearing "
        "this week is expected to examine the number of visas refused. The Palestinian "
        "community in Australia is estimated at about 25,000 people.",
        "politics",
    ),
    (
        "Fremont's Afghan families brace for end of temporary protected status",
        "Afghan families in Fremont, home to one of the oldest Afghan communities in the "
        "United States, say they are bracing for the end of temporary protected status for "
        "Afghanistan after the Department of Homeland Security announced the program would "
        "expire in July. The decision affects about 11,700 Afghans nationwide who have been "
        "allowed to live and work in the country under the designation, many of whom arrived "
        "in the evacuation of 2021 and are still waiting for their asylum cases to be "
        "decided. Homeland Security said conditions in Afghanistan had improved and no longer "
        'met the requirements for the program, a view rejected by refugee advocates. "I '
        'worked with the American army for six years. Now they tell me my country is safe," '
        "said Mohammad, a 38-year-old former interpreter who drives for a delivery company "
        "and asked that his last name not be used. Immigration lawyers in the East Bay said "
        "they were holding free clinics at mosques and community centres to explain the "
        "options, including asylum and special immigrant visas. Fremont's city council passed "
        "a resolution asking Congress to pass the Afghan Adjustment Act, which has stalled "
        "for years. Several families said they were considering moving to Canada. The "
        "administration has also moved to end protected status for people from Venezuela, "
        "Haiti and Cameroon.",
        "politics",
    ),
    (
        "Somali money transfer shops in Minneapolis scramble after bank closes their accounts",
        "Somali money transfer businesses in Minneapolis are scrambling to find new banks "
        "after a regional lender told them it would close their accounts by the end of the "
        "month, the latest in a series of closures that community leaders say threaten a "
        "lifeline for families in Somalia. About a dozen operators on Cedar Avenue and in the "
        "Karmel and Village malls received letters saying the bank could no longer support "
        "their accounts because of the cost of complying with anti-money laundering rules. "
        "Somalis in Minnesota send an estimated $200 million a year to relatives, money that "
        "pays for food, school fees and medical bills in a country where most people have no "
        'bank account. "We are not a threat to anyone. We send $100 to a grandmother in '
        'Galkayo," said the manager of a transfer shop who asked not to be named for fear of '
        "losing other business. Bank regulators say the rules are needed to stop money "
        "reaching al-Shabab, but no Minnesota transfer business has been charged with that. "
        "Some operators said they would have to carry cash to other states or rely on "
        "cryptocurrency platforms, which charge higher fees. Minnesota's congressional "
        "delegation has written to the Treasury Department asking for a safe channel for "
        "remittances. The owners of two shops said they were already in a price war with "
        "online apps that charge as little as 1%.",
        "economy",
    ),
    (
        "Knafeh price war heats up as Syrian sweet shops multiply in Mississauga",
        "A decade after the first wave of Syrian refugees arrived in the Greater Toronto "
        "Area, the strip malls along Dundas Street in Mississauga now hold at least six "
        "Syrian sweet shops within a few kilometres of each other, and the competition has "
        "become fierce. Prices for a plate of knafeh have fallen by nearly a third in two "
        "years, owners say, as newer bakeries cut prices to win customers from established "
        'ones. "It is a price war. Everyone has an aunt who makes it better," said Bashar '
        "Halabi, who opened his shop in 2019 with a loan from a community fund after arriving "
        "from Aleppo via Lebanon. Syrian businesses have been a notable success of the "
        "2015-2016 resettlement program, in which more than 40,000 Syrians were admitted to "
        "Canada in about a year, many through private sponsorship. A study by a Toronto "
        "university found that a significant share of Syrian refugees who arrived as adults "
        "had started a business within seven years. Higher rents and the cost of pistachios "
        "and ghee, imported mostly from Turkey, are now squeezing margins. Halabi said he was "
        "thinking of opening a second location in Brampton, where many Syrian families have "
        "bought homes. Ramadan, when families order trays for iftar gatherings, remains the "
        "busiest month of the year.",
        "economy",
    ),
    (
        "Ottawa warns Eritrean consulate over collection of 2% diaspora tax from Canadians",
        "Global Affairs Canada says it has warned Eritrea's consulate in Toronto against "
        "using coercion to collect a 2% tax from Eritrean Canadians, after community members "
        "complained that they were refused documents until they paid. The so-called diaspora "
        "tax, which Eritrea levies on the income of its citizens abroad, has been a source of "
        "tension for years, and the UN Security Council has condemned the use of extortion "
        "and threats to collect it. Several Eritrean Canadians told reporters they had been "
        "asked to pay thousands of dollars in back taxes before the consulate would renew a "
        'passport or issue a power of attorney needed to sell family land. "They want a '
        'receipt for the 2% before they will even look at your file," said a Toronto engineer '
        "who came to Canada in 2004. The consulate said in a statement that the payment is "
        "voluntary and used for national development. Canada expelled Eritrea's consul "
        "general in 2013 over the tax, and the mission was later allowed to operate with a "
        "new head. Community groups opposed to the Eritrean government say the money supports "
        "a regime that keeps young people in indefinite national service. Lawyers said people "
        "who had paid under pressure could report it to the RCMP.",
        "economy",
    ),
    (
        "Hamburg's Afghan carpet traders struggle with banking curbs and falling demand",
        "In the warehouses of Hamburg's old port district, where Afghan traders have dealt in "
        "hand-knotted carpets for more than half a century, business has rarely been slower. "
        "Since the Taliban returned to power in 2021, sanctions on the Afghan banking sector "
        "have made it difficult to pay weavers and exporters in Kabul and Mazar-i-Sharif, "
        "forcing traders to rely on hawala brokers in Dubai and Peshawar. At the same time, "
        "German households are buying fewer carpets, and online furniture sellers offer "
        'machine-made copies at a fraction of the price. "My father came here in 1978. He had '
        '40 families weaving for him. Now I work with 12," said Ahmad Zia Karimi, who runs a '
        "family business near the Speicherstadt. Some traders have turned to rugs woven by "
        "Afghan refugees in Pakistan and Iran, while others have moved into restoration and "
        "cleaning. Industry figures show imports from Afghanistan fell by more than half "
        "between 2020 and 2024. Traders said they had also lost a generation of buyers as "
        "older customers died. Karimi hopes a new line of smaller, modern designs will appeal "
        "to younger buyers, and has begun selling on social media.",
        "economy",
    ),
    (
        "Minneapolis side wins Somali American soccer tournament final in Columbus",
        "COLUMBUS, Ohio (Hiiraan Online) – A Minneapolis team won the annual Somali American "
        "soccer tournament on Sunday, beating the hosts 3-1 in a final watched by several "
        "thousand fans at a stadium on the city's north side. The tournament, organised every "
        "July by a Somali American sports association, brought together more than 40 teams "
        "from Minnesota, Ohio, Washington, Texas, Canada and the UK over the Independence Day "
        "weekend. Striker Abdifatah Guled scored twice in the second half after the Columbus "
        'side had taken an early lead from a corner. "We attacked from the first minute. The '
        'boys deserved it," the Minneapolis coach said. Families set up tents along the '
        "touchlines, food trucks sold sambusas and goat meat with rice, and the final was "
        "preceded by a parade of flags for Somalia's July 1 independence day. Scouts from two "
        "colleges and a USL club attended the later rounds, organisers said. The tournament, "
        "which started in the 1990s, is one of the largest gatherings of the Somali diaspora "
        "in North America. Next year's event will be held in Seattle.",
        "sport",
    ),
    (
        "Dalkurd, the club founded by Kurdish refugees, savours first season in Allsvenskan",
        "UPPSALA – When Dalkurd FF was founded in Borlänge in 2004 by a group of Kurdish "
        "teenagers who had come to Sweden as refugees, its first matches were played in the "
        "lowest division on gravel pitches. On Sunday the club, now based in Uppsala, played "
        "its first home match in Allsvenskan, Sweden's top division, in front of a sold-out "
        "crowd waving Kurdish and Swedish flags. The team lost 2-0 to Djurgården, but "
        'supporters stayed to sing long after the final whistle. "We are a Swedish club with '
        "a Kurdish heart. Children in Duhok and Qamishli know our name,\" said the club's "
        "chairman. The squad includes players from a dozen countries and only a few of "
        "Kurdish origin, but the club still raises money for charities in the Kurdish regions "
        "and runs a youth academy for newly arrived children. The club had to move from "
        "Borlänge after it outgrew the town's stadium, a decision that angered some early "
        "supporters. Dalkurd has also been criticised by Turkish groups, who accuse it of "
        "politics, a charge the club denies. The coach said the defence had to be tighter "
        "before the away match at Hammarby next week.",
        "sport",
    ),
    (
        "Palestino's Libertadores run fills Santiago stands with flags of the diaspora",
        "SANTIAGO – Club Deportivo Palestino, the football club founded in 1920 by "
        "Palestinian immigrants, beat Bolivia's Bolívar 2-1 on Tuesday night at a packed "
        "Estadio Municipal de La Cisterna to reach the knockout stage of the Copa "
        "Libertadores. Chile is home to the largest Palestinian community outside the Middle "
        "East, estimated at several hundred thousand people, most of them descendants of "
        "Christian families from Beit Jala, Bethlehem and Beit Sahour who arrived in the "
        "early 20th century. Fans in keffiyehs and the club's red, green and white shirts "
        "sang through the final minutes as Palestino defended a one-goal lead. The winning "
        "goal came from a header by the club's Argentine striker in the 71st minute. \"My "
        "grandfather came from Beit Jala in 1912. Every goal is for him and for the people "
        'there," said Jorge Abusleme, a lawyer, in the stands. Since the war in Gaza began, '
        "the team has taken the field with children carrying Palestinian flags, drawing "
        "complaints from some Jewish community groups in Chile. South American football's "
        "governing body has fined the club in the past over its shirts. The club's president "
        "said the team would dedicate the campaign to the children of Gaza.",
        "sport",
    ),
    (
        "Adelaide's Afghan fans turn out in force as Afghanistan push Australia to the last over",
        "Thousands of Afghan Australians packed the eastern stand at Adelaide Oval on Friday "
        "night as Afghanistan came within four runs of beating Australia in a T20 World Cup "
        "match that had the hosts holding their breath until the last ball. Families drove "
        "from Melbourne and Sydney for the game, and many fans wore the black, red and green "
        "of the former Afghan republic's flag, which the team no longer uses. Rashid Khan hit "
        "an unbeaten 48, smashing boundaries in the final overs, but Afghanistan finished on "
        '164 for seven in reply to Australia\'s 168. "We lost but we won the hearts," said '
        "Habib Rahimi, a taxi driver who came to Adelaide from Ghazni in 2011. Some fans said "
        "their feelings about the team were complicated since the Taliban took power in 2021, "
        "and Cricket Australia has refused to play a bilateral series against Afghanistan "
        "because of restrictions on women's sport. The players, many of whom learned the game "
        "in refugee camps in Pakistan, stayed on the field for half an hour signing "
        "autographs. Adelaide is home to a large Hazara community, and a fan group said it "
        "had sold more than 3,000 tickets through WhatsApp. Afghanistan were knocked out of "
        "the tournament with the defeat.",
        "sport",
    ),
    (
        "Team of Ukrainian newcomers takes the ice at Winnipeg minor hockey tournament",
        "A team made up entirely of Ukrainian children who arrived in Manitoba since 2022 "
        "played its first tournament at a Winnipeg arena this weekend, and while the results "
        "were mixed, the noise in the stands was not. The under-11 side, coached by two "
        "fathers who played junior hockey in Kharkiv and Kyiv, won one of its four games, a "
        "5-3 victory over a team from Steinbach. Most of the players had never skated before "
        "arriving in Canada, and several learned on outdoor rinks at community centres last "
        "winter. Parents draped Ukrainian flags over the boards and sang the national anthem "
        'before the first game. "At home my son was in a basement during the sirens. Here he '
        'is in a hockey rink at seven in the morning, and he is happy," said Tetiana Savchuk, '
        "whose son plays defence. Equipment was donated by local clubs and a sporting goods "
        "store, and the registration fees were covered by the Manitoba branch of the "
        "Ukrainian Canadian Congress. Hockey Manitoba officials said more than 300 Ukrainian "
        "children have registered in minor hockey in the province in the past two years. The "
        "team's goaltender, an 11-year-old from Zaporizhzhia, was named player of the game in "
        "the win.",
        "sport",
    ),
]
