"""dev119 negatives: the military without violence, and the rest of the day's news."""

# (title, text, kind code)
NEGATIVES = [
    (
        "China shows off new missiles at Beijing parade as Xi hosts Putin and Kim",
        "China held a huge military parade in Beijing on Wednesday to mark 80 years since the "
        "end of the Second World War, with President Xi Jinping watching from the Tiananmen "
        "rostrum alongside Russia's Vladimir Putin and North Korea's Kim Jong Un. More than "
        "10,000 troops marched across Tiananmen Square, and the People's Liberation Army "
        "displayed for the first time a nuclear-capable intercontinental ballistic missile, "
        "hypersonic anti-ship missiles, large underwater drones and a laser air defence system. "
        "Xi told the crowd that the Chinese nation 'is never intimidated by any bully'. It was the "
        "first time Kim had attended a multilateral event of this kind. Japan's Chief Cabinet "
        "Secretary Yoshimasa Hayashi said Tokyo had asked other countries to consider carefully "
        "whether to take part in the event, which Beijing says commemorates its victory over "
        "Japanese aggression. Analysts said the display of nuclear weapons was aimed at the "
        "United States. Jets trailing coloured smoke flew over the square at the end of the "
        "ceremony, and 80,000 doves were released.",
        "military",
    ),
    (
        "Japan's cabinet approves record defence budget of over 9 trillion yen",
        "Japan's cabinet on Friday approved a record defence budget of more than 9 trillion yen "
        "for the fiscal year starting in April, the 12th straight annual increase, as the "
        "government speeds up a build-up aimed at deterring China and North Korea. The budget "
        "includes funds for long-range missiles that could strike enemy bases, including an "
        "upgraded version of the Type-12 surface-to-ship missile, and for a large fleet of "
        "unmanned drones to defend the coastline in a system officials call 'Shield'. Prime "
        "Minister Sanae Takaichi has pledged to bring total defence-related spending to 2% of GDP "
        "this fiscal year, two years earlier than planned. Chinese foreign ministry spokesman "
        "Lin Jian said Japan's rapid military expansion was 'a cause for serious concern' among "
        "its neighbours. Opposition parties questioned how the increase would be paid for, as "
        "the government has postponed planned tax rises. The budget also includes money to raise "
        "pay for Self-Defense Forces personnel, which are struggling to recruit. Parliament is "
        "expected to pass it by the end of March.",
        "military",
    ),
    (
        "North Korea fires ballistic missile into the sea off its east coast",
        "North Korea fired a ballistic missile toward the Sea of Japan on Tuesday morning, "
        "Japan's Defense Ministry said, the country's first launch in several months. The "
        "missile flew about 350 kilometres and appeared to have fallen outside Japan's exclusive "
        "economic zone, and there were no reports of damage to ships or aircraft, the ministry "
        "said. South Korea's Joint Chiefs of Staff said the missile was launched from an area "
        "near Pyongyang shortly after 7:30 and that it was analysing the data with the United "
        "States and Japan. Prime Minister Sanae Takaichi told reporters the government had "
        "lodged a protest with North Korea through its embassy in Beijing. The launch came "
        "days before South Korean and US forces were due to begin joint springtime drills, "
        "which Pyongyang condemns as rehearsals for invasion. North Korea's state media said "
        "the next day that leader Kim Jong Un had observed the test of a new hypersonic "
        "system. Ballistic missile launches by North Korea are banned by UN Security Council "
        "resolutions.",
        "military",
    ),
    (
        "Talisman Sabre begins with 35,000 troops from 19 nations in largest war games yet",
        "More than 35,000 military personnel from 19 countries are taking part in Talisman "
        "Sabre, the largest military exercise ever held in Australia, which formally began on "
        "Sunday. Over three weeks, troops will practise amphibious landings, live-fire drills "
        "and air combat across Queensland, the Northern Territory, Western Australia and, for "
        "the first time, Papua New Guinea. The US Army is expected to fire a long-range "
        "missile from Australian soil, and Australian troops will test the HIMARS rocket system "
        "they began to receive last year. Defence Minister Richard Marles said the exercise "
        "demonstrated the strength of Australia's alliances in an uncertain region. The "
        "Australian Defence Force said it expected China to send a surveillance ship to watch "
        "the drills off the Queensland coast, as it has done in the past. Residents near the "
        "Shoalwater Bay training area have been warned of heavy traffic and loud noise. "
        "Troops from India, Germany, the Netherlands and Norway are among the participants. "
        "Japan's Ground Self-Defense Force will fire its Type-12 anti-ship missile on Australian "
        "territory for the first time, in a drill off the coast near Darwin. In the Northern "
        "Territory, paratroopers from several countries will jump together in a mass drop, and "
        "marines will practise retaking a simulated airfield. The exercise, held every two years "
        "since 2005, was launched aboard a Royal Australian Navy ship in Sydney Harbour, where "
        "commanders from the participating countries lined up for photographs. Critics, "
        "including the Greens, said the drills tied Australia too closely to American strategy "
        "in the region and could draw the country into a conflict over Taiwan. Local businesses "
        "in Rockhampton and Darwin said the influx of thousands of service members was a boost "
        "for hotels and restaurants. The exercise ends in early August.",
        "military",
    ),
    (
        "Bundestag passes new military service law, 18-year-olds to get questionnaires",
        "Germany's parliament passed a new military service law on Friday under which every "
        "18-year-old will receive a questionnaire about their willingness and fitness to serve, "
        "in the biggest overhaul of the armed forces' recruitment since conscription was "
        "suspended in 2011. Men will be required to answer, and from 2027 all young men will be "
        "called for a medical examination. Service will remain voluntary for now, but "
        "parliament can decide to introduce compulsory service if not enough volunteers come "
        "forward. Defence Minister Boris Pistorius said the Bundeswehr needed to grow from about "
        "182,000 soldiers to as many as 260,000 in the coming decade to meet NATO targets. "
        "Volunteers will be paid more than 2,600 euros a month before tax. Thousands of school "
        "students across the country skipped classes to protest against the plans, marching "
        "peacefully in Berlin, Hamburg and Munich. The Left party called the law a return to "
        "conscription through the back door. The first questionnaires will be sent out in "
        "January. The Bundeswehr has struggled to recruit for years, and about a quarter of new "
        "recruits leave within the first six months. The law also allows the armed forces to "
        "register all men of military age, a step that was abandoned when conscription was "
        "suspended. The conservative CDU/CSU had wanted a mandatory element from the start, "
        "while Pistorius' Social Democrats insisted on trying volunteers first, and the final "
        "text was a compromise between the coalition partners. Youth organisations said young "
        "people had not been consulted. A survey published this week found that a majority of "
        "Germans supported a return to compulsory service, but that most people under 30 "
        "opposed it.",
        "military",
    ),
    (
        "Ottawa narrows submarine race to South Korean and German shipbuilders",
        "The federal government has narrowed its search for a new fleet of submarines to two "
        "shipbuilders, South Korea's Hanwha Ocean and Germany's ThyssenKrupp Marine Systems, "
        "Defence Minister David McGuinty said on Monday. Canada plans to buy up to 12 "
        "conventionally powered submarines able to operate under Arctic ice, to replace the "
        "ageing Victoria-class boats bought second-hand from Britain in the 1990s. The project "
        "could cost tens of billions of dollars over its lifetime and would be one of the "
        "largest military purchases in Canadian history. Both bidders have offered to build "
        "maintenance facilities in Canada and to partner with Canadian firms. Defence analysts "
        "said speed of delivery would be a deciding factor, as the navy's current submarines are "
        "often out of service for repairs. Officials from both countries have lobbied Ottawa "
        "hard, with Korean President Lee Jae-myung raising the project with Prime Minister "
        "Mark Carney. A decision is expected within the year.",
        "military",
    ),
    (
        "Vera Rubin Observatory in Chile unveils its first images of the sky",
        "The Vera C Rubin Observatory in northern Chile released its first images on Monday, "
        "showing millions of galaxies and stars and colourful clouds of gas and dust in the "
        "Trifid and Lagoon nebulae. The telescope, on the summit of Cerro Pachon in the Andes, "
        "carries the largest digital camera ever built, with 3,200 megapixels. Over the next ten "
        "years it will photograph the entire southern sky every few nights, creating a time-lapse "
        "record of the universe. Scientists expect it to discover millions of asteroids and "
        "thousands of objects beyond Neptune, and to help explain dark matter and dark energy. In "
        "just ten hours of test observations, the observatory found more than 2,000 new "
        "asteroids. The project is funded by the US National Science Foundation and Department of "
        "Energy, and Chilean astronomers will have access to its data. Chile's science minister "
        "said the country was becoming 'the world's window to the universe'. The observatory is "
        "named after the American astronomer who found evidence for dark matter.",
        "other",
    ),
    (
        "Johor tightens water rules for data centres as AI boom strains supply",
        "The Malaysian state of Johor will stop approving new data centres that use large "
        "amounts of drinking water for cooling and will require operators to use recycled water "
        "instead, state officials said on Wednesday. Johor, just across the causeway from "
        "Singapore, has become one of the fastest-growing data centre hubs in the world, drawing "
        "tens of billions of dollars of investment from companies such as Microsoft, Google and "
        "ByteDance. But residents and businesses have complained about water cuts, and the "
        "state's water regulator has warned that demand could outstrip supply within a few "
        "years. The state's investment committee chairman said Johor still welcomed investors "
        "but wanted growth that did not come at the expense of households. Electricity tariffs "
        "for data centres were also raised this year. Analysts said the rules could push some "
        "projects to other states or to Thailand and Indonesia. Malaysia has also tightened "
        "controls on the export of advanced AI chips after pressure from Washington.",
        "other",
    ),
    (
        "Cornish village celebrates as its bus service returns after two years",
        "Residents of the village of St Neot on Bodmin Moor gathered at the bus stop on Monday "
        "morning to welcome the first service to call there in more than two years. The route, "
        "which links the village with Liskeard and Bodmin, was cut in 2024 when the operator "
        "said it was no longer viable. Cornwall Council has restored it with money from a "
        "government fund for rural transport, and it will run six times a day on weekdays. "
        "Pensioner Margaret Harvey, who has no car, said she had been relying on neighbours to "
        "get to her hospital appointments. 'It means I can do my own shopping again,' she said. "
        "The parish council handed out cake and tea to passengers. Campaigners say rural bus "
        "routes across the south-west have been cut by a third in the past decade. The council "
        "said passenger numbers would be monitored and the route reviewed after 12 months.",
        "other",
    ),
    (
        "Former Syrian refugee elected mayor of small town near Stuttgart",
        "A man who arrived in Germany as a refugee from Syria ten years ago has been elected "
        "mayor of a small town in the south-western state of Baden-Wurttemberg, winning more "
        "than 55% of the vote in Sunday's election. Khaled Hamdan, 36, who studied public "
        "administration after arriving in 2015, ran as an independent and campaigned on "
        "childcare places, broadband and a new fire station. 'People here voted for a candidate, "
        "not for an origin,' he told DW after the result was announced. Hamdan worked in the "
        "town hall of a neighbouring municipality for six years and became a German citizen in "
        "2022. His opponent, a local businessman, congratulated him and said he would help with "
        "the handover. Hamdan is one of only a handful of mayors in Germany who came to the "
        "country as refugees. He said he would take office in March and that his first task "
        "would be to fix the town's budget.",
        "other",
    ),
    (
        "Japan sends Self-Defense Forces to help Akita as bear attacks reach a record",
        "Members of Japan's Self-Defense Forces began helping local authorities in Akita "
        "Prefecture on Wednesday to deal with a record number of bear attacks, after the "
        "governor said the situation was beyond the capacity of local hunters. The troops will "
        "transport and set box traps and help carry away bears that have been killed, but will "
        "not use firearms, the Defense Ministry said. Bears have killed 13 people in Japan since "
        "April, the highest number since records began, and attacks have been reported in "
        "residential areas, supermarkets and near schools. Experts say a poor crop of beech nuts "
        "in the mountains has driven hungry bears closer to towns. The government has also "
        "allowed police to use rifles to shoot bears in urban areas, and is considering paying "
        "more to hunters, many of whom are elderly. Schools in parts of Akita and Iwate have "
        "told children to walk in groups and carry bells. The Akita governor thanked the troops "
        "and said residents were living in fear. In Akita city, a bear wandered into a "
        "supermarket last month and stayed there for two days before it was trapped, and another "
        "was found sleeping in a garage. Farmers say bears have raided persimmon and chestnut "
        "trees in gardens, and some elderly residents have stopped going out after dark. Local "
        "hunters' associations say their members are too few and too old to deal with the "
        "number of bears, and some have complained that the fee they receive for each animal "
        "does not cover their costs. Environmental groups have warned that mass culling could "
        "threaten the population in the long run and called for better management of forests. "
        "The deployment is initially planned to last until the end of November.",
        "other",
    ),
    (
        "COP30 ends with deal to triple adaptation finance but no roadmap away from fossil fuels",
        "The UN climate summit in the Brazilian city of Belem ended on Saturday with an "
        "agreement to triple finance to help poorer countries adapt to climate change by 2035, "
        "but without a roadmap for moving away from fossil fuels that more than 80 countries had "
        "demanded. The final text was agreed after talks ran overnight, with Saudi Arabia and "
        "other oil producers blocking any mention of fossil fuels. Brazil's presidency said it "
        "would draw up separate roadmaps on fossil fuels and deforestation outside the formal "
        "process. Pacific island nations said the outcome fell short of what science demanded. "
        "Australia's Climate Change Minister, Chris Bowen, will preside over negotiations for "
        "next year's summit, COP31, under a deal that gives the hosting of the conference to "
        "Turkey. Bowen said Australia would use the role to put the Pacific at the centre of the "
        "talks. Environmental groups said the result showed the limits of consensus-based "
        "diplomacy.",
        "other",
    ),
]
