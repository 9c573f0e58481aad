"""dev363 negatives: Westminster politics, the economy, defence, peace and strikes."""

NEGATIVES = [
    (
        "Government declares ‘war on potholes’ with £1.6bn for councils to fix roads",
        "The government has promised to fix up to a million more potholes a year in England, in "
        "what the transport secretary called a “war on potholes” that would end years of "
        "“crumbling roads”. Councils will share £1.6bn in the next financial year, and those that "
        "fail to show how they are spending the money could have a quarter of their increase "
        "withheld. Each local authority will have to publish progress reports online. The RAC said "
        "drivers had reported a record number of breakdowns caused by potholes last year, with "
        "broken suspension springs and damaged wheels. The Local Government Association said the "
        "cash was welcome but the repair backlog stood at more than £16bn. Conservative critics "
        "said the money had been announced before under the previous government. Cycling groups "
        "said potholes were a safety issue that could kill riders.",
        "politics",
    ),
    (
        "Knives out for the prime minister as Tory MPs plot leadership challenge",
        "Conservative MPs opposed to the prime minister have stepped up their plot to force a "
        "leadership contest, with one former minister saying the “knives are out” after the "
        "party’s worst local election results in decades. At least 30 letters of no confidence "
        "are believed to have been submitted to the chairman of the 1922 Committee, though the "
        "exact number is known only to him. Allies of the prime minister accused the rebels of "
        "waging “civil war” while the opposition was open to attack. One cabinet minister told "
        "the BBC that colleagues should “lay down their weapons” and concentrate on the cost of "
        "living. Downing Street insisted the prime minister would fight on. A campaign group "
        "backing a rival candidate held a meeting in a Westminster pub on Tuesday night. The "
        "threshold for a vote is 15% of the parliamentary party.",
        "politics",
    ),
    (
        "MPs vote to proscribe Palestine Action under terrorism laws",
        "MPs have voted by 385 to 26 to ban the direct action group Palestine Action under "
        "terrorism laws, putting it alongside groups such as Hamas and National Action. Membership "
        "of, or support for, the group will become a criminal offence carrying a sentence of up "
        "to 14 years once the order is approved by the House of Lords. The home secretary, Yvette "
        "Cooper, said the group had carried out a campaign of criminal damage against defence "
        "companies, including a break-in at RAF Brize Norton last month in which two aircraft were "
        "sprayed with red paint. Opponents, including several Labour backbenchers, said damaging "
        "property was not terrorism and warned that the ban would have a chilling effect on "
        "protest. The same order covered two other groups, a neo-Nazi network and a Russian "
        "imperialist movement. The group said it would challenge the ban in court.",
        "politics",
    ),
    (
        "Shamima Begum loses Court of Appeal challenge over loss of citizenship",
        "Shamima Begum has lost her latest legal challenge against the decision to strip her of "
        "her British citizenship. Three judges at the Court of Appeal ruled unanimously that the "
        "home secretary’s decision in 2019 had been lawful, although the chief justice said it "
        "could be argued the decision was “harsh”. Ms Begum left Bethnal Green for Syria in 2015 at "
        "the age of 15 to join the Islamic State group, and was found in a detention camp in the "
        "north-east of the country four years later. Her lawyers had argued she was a victim of "
        "trafficking and that MI5 and the police had failed to stop her travelling. She remains in "
        "al-Roj camp. Her legal team said they would continue to fight for her. The Home Office "
        "said it welcomed the ruling and that its priority was national security.",
        "politics",
    ),
    (
        "Legacy Act to be repealed and Troubles inquests restored, Northern Ireland secretary says",
        "The government will repeal and replace the Conservatives’ Troubles legacy law, Hilary Benn "
        "has announced, restoring inquests that were halted and removing conditional immunity from "
        "prosecution. The Northern Ireland secretary said the 2023 Act had been opposed by every "
        "political party in Northern Ireland and by victims’ groups. The Independent Commission for "
        "Reconciliation and Information Recovery, which it created, will be kept but reformed. "
        "Veterans’ groups and some Conservative MPs accused the government of betraying soldiers "
        "who served during Operation Banner. The Irish government said it would consider "
        "withdrawing its case against the UK at the European Court of Human Rights. Mr Benn told "
        "MPs that the bill would be published in the new year after talks with Dublin. More than "
        "3,500 people were killed during the Troubles.",
        "politics",
    ),
    (
        "Reform UK wins Runcorn by-election by six votes after recount",
        "Reform UK has won the Runcorn and Helsby by-election by just six votes after a recount, "
        "overturning a Labour majority of more than 14,000 at last year’s general election. "
        "Sarah Pochin took 12,645 votes to Labour’s 12,639 in one of the closest results in modern "
        "political history. Nigel Farage called it a “very, very big moment” and said his party "
        "was now the real opposition. The Conservatives came a distant third. The by-election was "
        "triggered when the Labour MP stood down after being convicted of assaulting a "
        "constituent. Labour insiders said the party had fought a hard battle and lost on a low "
        "turnout of 46%. The result came on the same day as local elections in England in which "
        "Reform took control of several county councils. "
        "Labour said it would study the result carefully but would not change course.",
        "politics",
    ),
    (
        "Supermarket price war heats up as Asda cuts prices on thousands of lines",
        "Asda has cut the price of more than 1,500 products in the latest salvo of a supermarket "
        "price war that analysts warn will squeeze profits across the sector. The chairman, Allan "
        "Leighton, said the grocer would “do whatever it takes” to win back shoppers, after a year "
        "in which its market share fell to 12.6%. Shares in Tesco and Sainsbury’s fell by about 5% "
        "on the news, with investors fearing the two biggest chains would be forced to respond. "
        "Aldi and Lidl, which have gained ground on the big four for a decade, said they would "
        "match prices. Kantar said grocery inflation had eased to 3.5%. One analyst said the "
        "battle for the weekly shop could wipe hundreds of millions of pounds off profits. "
        "Consumer groups said shoppers would welcome lower prices on basics.",
        "economy",
    ),
    (
        "Birmingham City Council declares war on fly-tipping after bin strike",
        "Birmingham City Council has promised an “all-out war” on fly-tipping and rubbish-strewn "
        "streets, hiring 40 more enforcement officers and installing cameras at 50 hotspots. The "
        "leader of the council said residents were sick of rats, bin bags piling up on pavements "
        "and mattresses dumped in alleyways. The clean-up is expected to cost more than £5m and "
        "will be paid for from reserves despite the authority’s effective bankruptcy, which led it "
        "to issue a section 114 notice in 2023. Fines for those caught dumping waste will rise to "
        "the maximum allowed by law. Opposition councillors said the plans were too little, too "
        "late. The council said 1,400 tonnes of extra waste had been collected in a single "
        "month. Residents in Small Heath welcomed the move but said they would wait to see "
        "results.",
        "economy",
    ),
    (
        "Energy price cap to rise by 10% this winter, Ofgem says",
        "The energy price cap will rise by 10% from October, Ofgem has announced, adding about "
        "£149 a year to the typical household bill in England, Scotland and Wales. The regulator "
        "said the increase was driven by higher wholesale gas prices after the cold snap last "
        "winter and tension in global markets. Charities warned that millions of households would "
        "face a tough choice between heating and eating, especially as the winter fuel payment "
        "has been cut for most pensioners. The energy secretary, Ed Miliband, said the government "
        "was “fighting tooth and nail” to bring bills down and would speed up the building of "
        "renewables. Citizens Advice said debt on energy bills had reached a record £3bn. The "
        "cap sets a maximum price per unit of energy, not a maximum bill. "
        "The next change to the cap will be announced in late November.",
        "economy",
    ),
    (
        "Trident missile test fails for second time in row as it plunges into sea",
        "A test firing of a Trident nuclear missile from a Royal Navy submarine failed when the "
        "missile plunged into the ocean near the launch site, the Sun reported. The unarmed "
        "missile was launched from HMS Vanguard off the coast of Florida, with the defence "
        "secretary, Grant Shapps, and the head of the Royal Navy on board to watch. Its first-stage "
        "boosters did not ignite, and it landed in the sea close to the submarine. The Ministry "
        "of Defence said an “anomaly” had occurred but insisted the deterrent remained “effective "
        "and reliable”. It was the second consecutive failure, after a test in 2016 in which a "
        "missile veered off course. Labour said ministers must reassure the public. The MoD said "
        "the failure was event-specific and would not affect the operational boats.",
        "military",
    ),
    (
        "Starmer pledges to lift defence spending to 2.5% of GDP by 2027",
        "Keir Starmer has announced that defence spending will rise to 2.5% of national income by "
        "2027, paid for by cutting the overseas aid budget from 0.5% to 0.3%. The prime minister "
        "told MPs the increase, worth about £6bn a year, was needed in a “new era” for European "
        "security and that the world had changed. He said the UK would aim to reach 3% in the "
        "next parliament. The international development minister later resigned in protest at "
        "the cuts to aid. Charities said the decision would cost lives in poor countries. The "
        "chair of the Commons defence committee said the money was welcome but would not by "
        "itself fix problems with recruitment and equipment. The announcement came days before "
        "the prime minister was due to meet the US president in Washington. "
        "Defence chiefs had pressed for the increase for months.",
        "military",
    ),
    (
        "Typhoons scrambled to shadow Russian bombers near Scottish airspace",
        "RAF Typhoon jets were scrambled from Lossiemouth to intercept two Russian bombers flying "
        "near UK airspace off the north of Scotland, the Ministry of Defence said. The quick "
        "reaction alert aircraft shadowed the Tu-95 Bear aircraft as they passed through the "
        "UK’s area of interest, supported by a Voyager refuelling tanker from RAF Brize Norton. The "
        "Russian aircraft did not enter British sovereign airspace. The armed forces minister said "
        "the RAF stood ready “day and night” to protect the country. Such intercepts happen "
        "several times a year, and the MoD said the bombers had been tracked with the help of "
        "Norwegian jets. The Russian defence ministry said its aircraft had been on a scheduled "
        "flight over neutral waters and had complied with international rules.",
        "military",
    ),
    (
        "Carrier strike group sets sail from Portsmouth for eight-month Indo-Pacific deployment",
        "HMS Prince of Wales has sailed from Portsmouth at the head of a carrier strike group for "
        "an eight-month deployment to the Indo-Pacific, the largest British naval operation in the "
        "region for years. The group includes a destroyer, a frigate, a submarine and supply "
        "ships, and will be joined by vessels from Norway, Canada and Spain. The carrier will "
        "take part in exercises with the US, Japan and Australia, and will make port visits in "
        "India, Singapore and South Korea. About 4,500 personnel will take part at its peak. "
        "Crowds waved from the Round Tower as the 65,000-tonne ship left harbour. The defence "
        "secretary said the deployment showed the UK’s commitment to a free and open region. "
        "Opposition MPs questioned the cost. "
        "A similar deployment led by HMS Queen Elizabeth in 2021 sailed as far as Japan.",
        "military",
    ),
    (
        "Army recruitment falls short of target for sixth year as Capita contract criticised",
        "The army has missed its recruitment target for the sixth year in a row, with the number "
        "of regular soldiers falling to its lowest level since the Napoleonic wars, according to "
        "figures from the Ministry of Defence. The Commons defence committee said the private "
        "contract with Capita, worth £1.3bn, had failed and that applicants were waiting months "
        "for medical checks. The army’s trained strength stood at just over 72,000. Ministers say "
        "a new fast-track process will offer a conditional job within ten days of applying. "
        "Former commanders warned the size of the army left the UK unable to fight a major war. "
        "The MoD said applications had risen by a quarter since the summer. Capita said it was "
        "working closely with the army to improve the process. "
        "The Royal Navy and RAF also missed their targets last year.",
        "military",
    ),
    (
        "Coalition of the willing meets in London to discuss Ukraine peace guarantees",
        "Leaders from about 20 countries met in London on Sunday to discuss security guarantees "
        "for Ukraine in the event of a ceasefire with Russia, in a summit hosted by Keir Starmer. "
        "The prime minister said the UK was prepared to put “boots on the ground and planes in "
        "the air” as part of a coalition of the willing to uphold any deal. President Volodymyr "
        "Zelensky, who received a warm welcome at Downing Street, said he was ready to sign a "
        "minerals agreement with the US. The French president, Emmanuel Macron, proposed a "
        "month-long truce in the air, at sea and on energy infrastructure. NATO’s secretary general "
        "and the president of the European Commission also attended. Leaders agreed a four-point "
        "plan to keep military aid flowing and bring Washington back on board.",
        "peace",
    ),
    (
        "Aiden Aslin freed in prisoner swap and returns home to Newark",
        "Aiden Aslin, the British man who was sentenced to death by a court in a Russian-backed "
        "separatist region of Ukraine, has been freed as part of a prisoner exchange and is back "
        "in the UK. He was one of five British nationals released in a deal brokered by Saudi "
        "Arabia, and flew to Riyadh before landing at Heathrow. Mr Aslin, from Newark in "
        "Nottinghamshire, had been serving with the Ukrainian marines and surrendered in Mariupol "
        "in April. The prime minister said the families had endured months of uncertainty. He "
        "said on social media that he was looking forward to seeing his fiancée. The exchange "
        "also returned a pro-Russian Ukrainian politician to Moscow. The Foreign Office thanked "
        "Crown Prince Mohammed bin Salman for his help. "
        "Another Briton, Shaun Pinner, who had been held with him, was also among those released.",
        "peace",
    ),
    (
        "British-Israeli Emily Damari freed by Hamas as Gaza ceasefire takes effect",
        "Emily Damari, a British-Israeli woman who had been held hostage in Gaza for 471 days, has "
        "been released as the first stage of a ceasefire between Israel and Hamas took effect. "
        "She was handed over to the Red Cross with two other women and taken to a hospital near "
        "Tel Aviv, where she was reunited with her mother, Mandy, who was born in Britain. Footage "
        "showed her smiling and waving, with two fingers missing from one hand. Keir Starmer said "
        "it was a moment of “overwhelming relief” and that he had spoken to her mother. The "
        "ceasefire, agreed after months of talks in Qatar, is due to last six weeks, during "
        "which more hostages are to be exchanged for Palestinian prisoners. Her family thanked "
        "the Foreign Office and people across the UK who had campaigned for her release.",
        "peace",
    ),
    (
        "Rail strikes bring network to standstill as RMT walks out in pay dispute",
        "Much of Britain’s rail network was brought to a standstill on Tuesday as 40,000 members "
        "of the RMT union walked out in the biggest rail strike for 30 years. Only about one in "
        "five trains ran, mostly on main lines, and many areas had no service at all. Picket lines "
        "formed outside stations including London Euston, Manchester Piccadilly and Leeds. The "
        "union’s general secretary, Mick Lynch, said workers could not accept a real-terms pay cut "
        "as inflation soared. Ministers accused the union of “waging war” on passengers. British "
        "Transport Police said the pickets had been peaceful. Further walkouts are planned for "
        "Thursday and Saturday, and commuters were told to work from home where possible. Network "
        "Rail said some services would start later than usual on the days after each strike.",
        "protest",
    ),
    (
        "Junior doctors begin five-day walkout in longest strike in NHS history",
        "Junior doctors in England have begun a five-day strike, the longest walkout in the history "
        "of the NHS, in their long-running dispute with the government over pay. Thousands of "
        "doctors joined picket lines outside hospitals from Newcastle to Plymouth, holding "
        "placards that read “Pay Restoration Now”. The British Medical Association said real "
        "pay had fallen by more than a quarter since 2008. NHS England said hundreds of thousands "
        "of appointments and operations could be postponed, and consultants were covering "
        "emergency care. The health secretary said the union’s demand for a 35% rise was "
        "unaffordable. A rally outside the Department of Health in Whitehall was good-natured. "
        "Talks between the two sides broke down last month. "
        "Patients were told to attend appointments unless they had been contacted by their hospital.",
        "protest",
    ),
    (
        "Farmers bring tractors to Whitehall in protest over inheritance tax changes",
        "Thousands of farmers marched through Westminster on Tuesday, some driving tractors, in "
        "protest at the government’s plan to apply inheritance tax to farms worth more than £1m. "
        "The National Farmers’ Union said about 13,000 people took part, many carrying banners "
        "reading “No farmers, no food”. Jeremy Clarkson, who owns a farm in the Cotswolds, told "
        "the crowd the government had not understood the industry. The Metropolitan Police had "
        "said tractors would not be allowed in central London, but dozens were driven along "
        "Whitehall and parked near Downing Street. The Met said the event passed off peacefully "
        "with no arrests. The Treasury said most farms would not be affected and that the change "
        "was fair. "
        "Another rally is planned for the week before Christmas, and farmers in Wales and Cornwall have held their own meetings.",
        "protest",
    ),
    (
        "Just Stop Oil activists glue themselves to M25 gantries as police make arrests",
        "Just Stop Oil activists climbed gantries over the M25 on Monday morning, forcing police to "
        "close sections of the motorway in Essex, Hertfordshire and Surrey during the rush hour. "
        "The group said it wanted the government to halt new oil and gas licences. Surrey Police "
        "said officers had arrested 24 people on suspicion of causing a public nuisance, and the "
        "motorway was reopened by early afternoon. Some of the protesters had glued themselves to "
        "the metal structures. Drivers said they had been stuck in queues for hours. The National "
        "Highways chief executive called the action “dangerous and reckless”. The group said its "
        "supporters would continue peaceful civil resistance until their demands were met. "
        "Four of those arrested were later charged and remanded in custody to appear at Guildford Magistrates’ Court.",
        "protest",
    ),
    (
        "Protest outside Canary Wharf hotel for asylum seekers passes off peacefully",
        "About 300 people gathered outside a hotel in Canary Wharf that is to house asylum "
        "seekers on Saturday, with a larger counter-protest of anti-racism campaigners on the "
        "other side of a police cordon. The Metropolitan Police said both groups had dispersed by "
        "the early evening and that no arrests had been made. Organisers of the first protest, "
        "many of them local residents, said they were concerned that the area’s services were "
        "already stretched. The counter-protesters chanted “refugees are welcome here” and held "
        "banners from trade unions. Officers had imposed conditions on both demonstrations after "
        "disorder at other hotels earlier in the summer. Tower Hamlets Council said it had not "
        "been consulted by the Home Office about the hotel. "
        "A second protest is planned outside the hotel next month.",
        "protest",
    ),
]
