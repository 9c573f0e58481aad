"""dev221 negatives, money: charity finances and markets, the politics of aid and charity law,
refugee charities' policy work, charity fraud and thefts, and ordinary sector news."""

NEGATIVES = [
    (
        "Donor-advised funds sit on a $250bn war chest as charities wait",
        "Donor-advised funds in the United States now hold more than $250bn in assets, a "
        "record, but the money is reaching working charities too slowly, according to a report "
        "published on Tuesday by a Washington think tank. The funds, run by the charitable arms "
        "of investment firms and by community foundations, let wealthy donors take a tax "
        "deduction immediately and decide later which causes to support. The report found that "
        "payouts had risen to about $52bn last year, but that a growing share of accounts had "
        "made no grants at all for three years or more. “This is a war chest that is meant for "
        "good causes, and it is growing faster than it is being spent,” one of its authors "
        "said. The largest sponsor said its donors had recommended a record number of grants "
        "and that the average account paid out more than 20% a year. Several senators have "
        "proposed requiring funds to distribute donations within 15 years. Charity leaders say "
        "small groups, which rely on individual giving, are feeling the squeeze most.",
        "economy",
    ),
    (
        "Charity shops fight a price war with resale apps as bargain hunters go online",
        "Charity shops are locked in a price war with second-hand clothing apps, as shoppers "
        "who used to rummage through rails on the high street sell and buy their clothes "
        "online instead, retailers said on Thursday. The Charity Retail Association said sales "
        "in its members' shops rose last year, but that the quality of donated goods had "
        "fallen because people were listing their best items on apps rather than giving them "
        "away. Some charities have responded by opening boutique shops for designer pieces and "
        "selling their best donations online themselves. A large hospice charity said it had "
        "cut the prices of everyday clothing to keep customers coming through the door. “We "
        "are competing for the same wardrobe,” its head of retail said. Charity shops in "
        "Britain employ about 20,000 staff and rely on more than 200,000 volunteers. The "
        "association expects the cost-of-living squeeze to keep bringing new customers "
        "in. Its annual conference next month will include a session on pricing.",
        "economy",
    ),
    (
        "Irish charities battle soaring costs as donations fall for second year",
        "Irish charities are battling rising energy bills and wage pressure while donations fall, "
        "a survey by the sector's umbrella body found on Wednesday. Two-thirds of the 500 "
        "organisations that responded said their income from the public had fallen in the past "
        "year, and almost half said they had drawn on reserves to keep services running. Food "
        "banks, homeless services and domestic violence refuges reported the biggest rise in "
        "demand. “We are being squeezed from both ends,” said the chief executive of a Dublin "
        "homeless charity. Some charities have cut opening hours at day centres, and a few "
        "small groups said they might have to close within a year. The umbrella body called "
        "on the government to include a fund for charities' energy costs in next month's "
        "budget and to raise the rate of tax relief on donations. The Department of Rural and "
        "Community Development said it was reviewing the findings. Charity shops were the only "
        "source of income that grew.",
        "economy",
    ),
    (
        "India Inc's CSR spending hits record as companies pour money into education",
        "Indian companies spent a record ₹29,000 crore on corporate social responsibility "
        "projects in the last financial year, according to government data, with education and "
        "health taking the largest shares. Under the Companies Act, large firms must spend 2% "
        "of their average net profit on social causes, making India one of the few countries "
        "where corporate philanthropy is compulsory. Maharashtra received the most money, "
        "followed by Karnataka and Gujarat, while several poorer states in the north-east "
        "received very little. Analysts said the rules had created a market in which NGOs "
        "compete fiercely for corporate grants, often adapting their programmes to fit what "
        "companies want to fund. “Everyone wants a school building with a logo on it, nobody "
        "wants to pay teachers' salaries,” the head of a Mumbai education charity said. The "
        "ministry of corporate affairs has tightened reporting, requiring impact assessments for "
        "large projects. Unspent funds must now go into a government-approved account within "
        "six months.",
        "economy",
    ),
    (
        "Children's charity rejects ‘hostile takeover’ bid from larger rival",
        "The board of a Brisbane children's charity has rejected a merger proposal from a larger "
        "national organisation, calling it a hostile takeover that would strip the city of a "
        "local service founded 60 years ago. The national charity had written to the smaller "
        "group's members, offering to absorb its staff, buildings and a $14m investment "
        "portfolio and to keep its programmes running for at least three years. The smaller "
        "charity's chair said the board had not been consulted before the letter was sent. "
        "“We are not a company, and we are not for sale,” she told a members' meeting on "
        "Saturday night. The national group said the merger would cut overheads and protect "
        "services at a time when many small charities were struggling to pay rising wages. The "
        "Australian Charities and Not-for-profits Commission said it did not comment on "
        "individual proposals. Members will vote on the board's recommendation at an "
        "extraordinary general meeting in March.",
        "economy",
    ),
    (
        "Aid charities condemn cut to 0.3% to fund defence spending",
        "Britain's leading aid charities accused the government on Tuesday of balancing the "
        "books “on the backs of the world's poorest” after the Prime Minister announced that "
        "aid spending would fall to 0.3% of national income by 2027 to pay for an increase in "
        "defence spending. Bond, the network of British development organisations, said the "
        "cut would mean fewer children vaccinated, fewer girls in school and less help for "
        "people facing hunger. “This is an attack on some of the most vulnerable people on "
        "earth, and it will make Britain less safe, not more,” its chief executive said. The "
        "Prime Minister told MPs that the world had changed and that the government's first "
        "duty was to defend the country. Several Conservative and Labour MPs said they would "
        "press ministers to restore the aid budget as soon as the public finances allowed. The "
        "development minister resigned hours later. Charities said they had not been told which "
        "programmes would close.",
        "politics",
    ),
    (
        "Oxfam India's foreign funding licence cancelled in latest crackdown on NGOs",
        "India's home ministry has cancelled the licence that allowed Oxfam India to receive "
        "money from abroad, the latest in a series of moves against non-governmental "
        "organisations that critics have called a crackdown on civil society. Under the "
        "Foreign Contribution Regulation Act, charities need a licence to accept foreign "
        "donations. The ministry said the charity had broken the rules by passing money to "
        "other organisations, which the charity denied. More than 6,000 groups have lost their "
        "licences in the past two years, including charities working on health, education and "
        "human rights. Oxfam India said the decision would hurt its work with people "
        "affected by the pandemic and with tribal communities. “We will challenge this in "
        "court,” its chief executive said. The government says the law is meant to stop foreign "
        "money being used against the national interest. Opposition politicians said the move "
        "showed intolerance of dissent.",
        "politics",
    ),
    (
        "Refugee Council report: asylum backlog leaves 100,000 waiting as hotel bill soars",
        "More than 100,000 people seeking asylum in the UK are waiting for a decision on their "
        "claims, many of them for more than a year, according to a report published on Monday "
        "by the Refugee Council. The charity said the backlog was costing taxpayers millions of "
        "pounds a day in hotel bills and leaving people unable to work, study or plan their "
        "lives. It called on the Home Office to grant protection quickly to people from "
        "countries whose claims are almost always accepted, such as Afghanistan, Eritrea and "
        "Sudan. “These are people who will be allowed to stay, so we should let them start "
        "rebuilding their lives,” its chief executive said. The Home Office said it was hiring "
        "more caseworkers and that the bill would be cut by ending the use of hotels. The report "
        "also criticised plans to send some asylum seekers to Rwanda. The charity's helpline "
        "received more calls last year than in any year since it opened.",
        "politics",
    ),
    (
        "Hungary passes ‘Stop Soros’ law targeting charities that help migrants",
        "Hungary's parliament on Wednesday passed a law that makes it a criminal offence for "
        "charities and individuals to help people apply for asylum, in what rights groups "
        "called an attack on civil society. The law, known as the Stop Soros package after the "
        "Hungarian-born US financier whom the government accuses of encouraging migration, "
        "carries penalties of up to a year in prison. Organisations that give legal advice to "
        "asylum seekers, such as the Hungarian Helsinki Committee, said they would keep working. "
        "“They want to frighten us into silence, and it will not work,” one of its co-chairs said. "
        "Prime Minister Viktor Orbán, who won a third straight term in April, has made "
        "opposition to immigration the centre of his politics. The European Commission said "
        "it was studying the law. The United Nations refugee agency asked the government to "
        "withdraw it. The vote passed by 160 votes to 18.",
        "politics",
    ),
    (
        "Charities take battle over frozen USAID grants to federal court",
        "A coalition of American charities and contractors asked a federal judge on Monday to "
        "order the release of billions of dollars in foreign aid payments frozen by the "
        "administration, in the latest round of a legal battle over the future of USAID. The "
        "groups say they are owed money for work already completed, from malaria programmes in "
        "Nigeria to school meals in Guatemala, and that some have laid off most of their "
        "staff. Government lawyers said the president had broad powers over foreign assistance "
        "and that the review of programmes was lawful. The administration has said it is "
        "waging war on waste and fraud in federal spending. “Our partners are closing clinics "
        "because a bill we paid months ago hasn't been reimbursed,” the head of a Maryland-based "
        "health charity said outside the court. Dozens of charities have had to close overseas "
        "offices since January. The judge said she would rule within days.",
        "politics",
    ),
    (
        "Hospice treasurer jailed for stealing £210,000 from charity",
        "A former treasurer of a children's hospice charity in Shropshire has been jailed for "
        "three years and four months for stealing more than £210,000 from it over six years. "
        "Shrewsbury Crown Court heard that the 58-year-old had transferred money from the "
        "charity's accounts into his own, disguising the payments as invoices from suppliers, "
        "and spent it on holidays, a caravan and gambling. The theft came to light when a new "
        "accountant noticed that figures did not match bank statements. The judge said he had "
        "betrayed the trust of volunteers who had raised the money through bake sales, sponsored "
        "walks and raffles. “Every pound he took was a pound not spent on a sick child,” the "
        "hospice's chief executive said in a statement read to the court. The man pleaded "
        "guilty to fraud by abuse of position. Police said they would seek to recover the money "
        "under the Proceeds of Crime Act. The Charity Commission has opened an inquiry into the "
        "trustees' oversight.",
        "crime",
    ),
    (
        "Gardaí warn of bogus collectors using Ukraine orphan appeal",
        "Gardaí have warned the public about people going door to door in Dublin and Cork "
        "collecting cash for a fake Ukrainian orphans' charity, after several elderly residents "
        "reported handing over money. The collectors carried laminated badges and leaflets "
        "with photographs of children and the name of a charity that does not exist, "
        "according to police. Two men were arrested in Tallaght on Friday and are due before "
        "the courts. “Genuine charities will never pressure you to hand over cash on the "
        "doorstep,” a garda spokeswoman said. The Charities Regulator said it had received "
        "dozens of complaints about fraudulent appeals since the start of the year, many of "
        "them online. It urged people to check the public register of charities before "
        "giving. Ireland's legitimate aid charities said the scams risked undermining trust at "
        "a time when donations were falling. Anyone approached by suspicious collectors has been "
        "asked to contact their local station.",
        "crime",
    ),
    (
        "Thieves raid Salvos clothing bins as charity counts cost of ‘organised’ thefts",
        "The Salvation Army says thieves are stealing thousands of dollars' worth of donated "
        "clothes every week from its collection bins in Sydney's west, and believes some of the "
        "thefts are organised. Security cameras installed at bins in Blacktown and Penrith "
        "filmed people arriving in vans at night, using hooks to pull bags out and loading them "
        "into trailers. The charity believes some of the goods are being sold at markets or "
        "shipped overseas. Police arrested two men in Mount Druitt last week and charged them "
        "with theft. “People give these clothes to help families doing it tough, not to fill "
        "someone else's pockets,” a spokesman said. The charity is trialling bins with smaller "
        "openings and sensors that alert staff when they are tampered with. Its shops in the "
        "area have been short of winter stock. Residents have been asked to drop donations at "
        "stores during opening hours instead. The charity estimates that the thefts cost it more "
        "than $300,000 last year.",
        "crime",
    ),
    (
        "Charity sector reels as Times reveals aid staff used sex workers in Haiti",
        "Britain's charity sector was in turmoil on Saturday after a newspaper reported that "
        "senior staff of a major aid charity had paid for sex workers while leading its "
        "response to the 2010 earthquake in Haiti. The report said the charity had allowed "
        "three men to resign and another four to be dismissed after an internal investigation "
        "in 2011, without telling the authorities in Haiti that some of the women may have "
        "been under age. The charity said it had been open about the investigation at the time "
        "and had since strengthened its safeguarding. The international development secretary "
        "said she would meet its leaders and might withdraw government funding. The Charity "
        "Commission said it had not been given full details in 2011 and opened a statutory "
        "inquiry. Several celebrity ambassadors stepped down in the days that followed. Other "
        "charities said they were reviewing how they handle allegations of misconduct. Regular "
        "donors began cancelling direct debits in their thousands.",
        "crime",
    ),
    (
        "Johannesburg volunteer freed after ‘express kidnapping’ by car thieves",
        "A volunteer for a Johannesburg feeding scheme was released on Sunday morning after "
        "being held for about 14 hours by armed car thieves who forced her to withdraw money "
        "from cash machines, police said. The woman, 34, was ambushed by three gunmen as she "
        "unloaded food parcels outside a community centre in Yeoville on Saturday afternoon. "
        "They drove her around the city in her own vehicle and left her, unharmed, on a road "
        "near Soweto. Police described the crime as an express kidnapping, a form of robbery "
        "that has become more common in Gauteng. No arrests have been made. The feeding scheme, "
        "which serves about 800 meals a day, said it was suspending evening deliveries. “She "
        "went out to feed hungry children and this is what happened to her,” its director said. "
        "Volunteers held a prayer meeting outside the centre on Sunday evening. The centre's manager "
        "said deliveries would resume once security guards had been hired for the vehicles.",
        "crime",
    ),
    (
        "Former head of ‘comfort women’ group convicted of misusing donations",
        "A South Korean appeals court has convicted the former head of a civic group that "
        "supports women forced into sexual slavery by Japan's wartime military of "
        "embezzling donations, and handed her a suspended prison sentence. The court found "
        "that she had used about 80m won of the group's money for personal expenses, including "
        "meals, massages and traffic fines, between 2011 and 2020. She had been acquitted of "
        "most charges at her first trial. The case began after one of the surviving victims "
        "accused the group of using the women to raise money that never reached them. The "
        "group, which organises weekly protests outside the Japanese embassy in Seoul, said the "
        "ruling was painful but that its work for the victims would continue. Only a handful of "
        "registered survivors are still alive. Her lawyers said she would appeal to the Supreme "
        "Court. The group's donations fell sharply after the allegations were made.",
        "crime",
    ),
    (
        "Charity chief executives' pay rises faster than staff wages, survey finds",
        "Pay for the chief executives of Britain's largest charities rose by an average of 7% "
        "last year, faster than the wages of their frontline staff, according to an annual "
        "survey published on Monday. The survey of the 100 largest charities by income found "
        "that 23 chief executives earned more than £200,000, and that the median was about "
        "£165,000. Charities argued that they needed to pay competitive salaries to run "
        "organisations with budgets of hundreds of millions of pounds. Unions representing care "
        "and support workers said many of their members earned little more than the minimum "
        "wage. “The gap sends the wrong message to donors,” said a professor of charity "
        "governance who reviewed the findings. Several charities said their trustees had "
        "frozen senior pay this year. The sector's regulator does not set limits on pay but "
        "requires charities to publish the number of staff earning more than £60,000.",
        "other",
    ),
    (
        "Volunteering falls to lowest level on record as charities struggle to fill rotas",
        "The proportion of Australians who volunteer through an organisation has fallen to its "
        "lowest level since records began, leaving charities struggling to staff food banks, "
        "op shops and community transport services, a national survey has found. About a "
        "quarter of adults said they had volunteered formally in the past year, down from more "
        "than a third a decade ago. People aged 35 to 54 reported the steepest fall, with many "
        "citing work and caring responsibilities. Volunteering Australia said the trend had "
        "accelerated during the pandemic and had not recovered. “Volunteers are the backbone of "
        "so many local services, and we can't take them for granted,” its chief executive said. "
        "Rural fire brigades, surf lifesaving clubs and aged-care visiting schemes are among "
        "those reporting shortages. The federal government is drafting a national strategy to "
        "encourage younger people to give their time.",
        "other",
    ),
    (
        "From refugee camp to boardroom: Kakuma-raised founder's scholarship charity turns ten",
        "A charity founded by a former refugee who grew up in Kenya's Kakuma camp celebrated its "
        "tenth anniversary in Toronto on Saturday, having paid for more than 600 young people "
        "to go to university. Its founder arrived in Canada at the age of 19 through a "
        "student sponsorship programme, studied engineering and later worked for a bank before "
        "setting up the charity with savings and donations from friends. The charity gives "
        "scholarships, laptops and mentoring to students from refugee communities in East "
        "Africa and Canada. “Someone believed in me once, and that changed everything,” he told "
        "about 300 guests at the gala. Several former scholars, now doctors, teachers and "
        "software developers, spoke at the event. The charity announced a partnership with two "
        "Canadian universities to offer 50 more places a year. Tickets for the dinner raised "
        "about $120,000. The founder said the charity's next goal was to open an office in "
        "Nairobi to support students who stay in the region.",
        "other",
    ),
    (
        "Retired teacher leaves £2.4m to donkey sanctuary in surprise bequest",
        "A retired primary school teacher who lived modestly in a terraced house in Sidmouth "
        "has left £2.4m to a donkey sanctuary in her will, the charity said, the largest single "
        "legacy in its history. Staff said she had visited the sanctuary most weekends for "
        "thirty years and had adopted several donkeys, but had never mentioned her wealth, "
        "which came from shares inherited from her father. The sanctuary plans to use the money "
        "to build a new care unit for elderly donkeys and to expand its work with children with "
        "special needs. “She never asked for anything, she just came to see the donkeys,” one of "
        "the grooms said. Gifts in wills make up a large share of income for many animal "
        "charities in Britain, and fundraisers say legacy giving has grown as the population "
        "ages. A bench with her name on it will be placed in the sanctuary's paddock. Her niece said she had "
        "always preferred animals to most people.",
        "other",
    ),
]
