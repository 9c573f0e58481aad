"""dev131 positives (1 of 3): Poland, Romania, Moldova, the Baltic states, Georgia, Armenia, Jordan.

Whole articles that report current organised violence or its direct consequences (eval/README.md,
section 1), wherever it happens, as the national press of the countries next to the wars writes it.
"""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Russian drones shot down over Poland as one tears through roof of house in Lublin province",
        "Polish and allied aircraft shot down several Russian drones that crossed into Polish "
        "airspace overnight during a massive Russian attack on western Ukraine, the Operational "
        "Command of the Armed Forces said on Wednesday, in what Prime Minister Donald Tusk described "
        "as 'the situation closest to open conflict since the Second World War'. The military "
        "counted 19 violations of Polish airspace between late on Tuesday evening and half past six "
        "on Wednesday morning, most of them from the direction of Belarus, and said Polish F-16s, "
        "Dutch F-35s and an Italian surveillance plane had taken part in the operation. In "
        "Wyryki-Wola, a village in Lublin province about 20 kilometres from the Bug river, a drone "
        "or a large piece of one tore through the roof of a single-storey house shortly before "
        "dawn. 'The ceiling came down onto the bed, and it was only by chance that my husband and I "
        "were sleeping in the other room that night,' the owner, Alicja Wesołowska, told local "
        "broadcasters as investigators in white overalls photographed the debris scattered around "
        "her yard. Nobody was hurt anywhere in the country, but Warsaw Chopin, Modlin, Rzeszów and "
        "Lublin airports were closed for several hours and residents of eastern districts were "
        "advised to stay at home. By the afternoon soldiers and police had found the wreckage of at "
        "least seven drones and parts of an unidentified missile in fields and forests in the "
        "Lublin and Podlaskie regions. Poland formally requested consultations under Article 4 of "
        "the NATO treaty, and Tusk told the Sejm that the incursion had been 'a large-scale "
        "provocation' rather than a navigational accident. Russia's defence ministry said it had "
        "not intended to strike targets in Poland, a claim Foreign Minister Radosław Sikorski "
        "dismissed as 'the usual lies from people who know exactly where their drones fly'.",
        "E M",
        "drone incursion",
    ),
    (
        "Explosion rips up track on Warsaw-Lublin line in what Tusk calls 'an unprecedented act of "
        "sabotage'",
        "An explosive device detonated under the tracks of the railway line linking Warsaw with "
        "Lublin on Saturday night, destroying a section of rail near the village of Mika in "
        "Garwolin county, Prime Minister Donald Tusk told reporters on Monday after visiting the "
        "site. The line, which carries much of the aid and military equipment bound for Ukraine "
        "through the crossing at Dorohusk, was closed for more than a day, and further south, near "
        "Puławy, a passenger train with 475 people on board had to brake sharply when its driver "
        "spotted damaged overhead wires. 'This was in all likelihood meant to cause a catastrophe, "
        "and it was only by a stroke of luck that nobody died,' Tusk said, adding that the charge "
        "had been set off using a cable several hundred metres long. Investigators believe the "
        "explosion was the work of two Ukrainian citizens who had worked for Russian intelligence "
        "for some time and who left Poland for Belarus within hours through the crossing at "
        "Terespol. The National Prosecutor's Office said it had opened proceedings for acts of "
        "sabotage of a terrorist nature carried out on behalf of a foreign intelligence service, "
        "an offence punishable by life imprisonment. Police have since searched dozens of addresses, "
        "and the army has begun deploying up to 10,000 soldiers to guard railways, power stations "
        "and other critical infrastructure, most of them in the east of the country. President "
        "Karol Nawrocki convened the National Security Council for Tuesday and called for 'a firm "
        "response to a hybrid war that has moved from our screens onto our railway tracks'. The "
        "Russian embassy in Warsaw did not respond to a request for comment.",
        "E T",
        "sabotage bombing",
    ),
    (
        "Plauru residents shelter in cellars as Russian drones pound Izmail across the Danube",
        "Residents of Plauru, a village of a few dozen houses on the Romanian bank of the Danube, "
        "spent much of Monday night in their cellars as Russian drones struck the Ukrainian port of "
        "Izmail, barely a kilometre away across the river, local officials in Tulcea county said. "
        "Videos filmed from the Romanian side showed a series of flashes and a large fire at the "
        "port's grain terminal shortly after three o'clock, followed by the rattle of "
        "anti-aircraft guns. 'The windows were shaking, the dogs were howling, and we could see the "
        "flames reflected in the water,' Ionel Rusu, a fisherman who has lived in the village all "
        "his life, said by telephone. The Ukrainian authorities said the attack had damaged "
        "warehouses, agricultural machinery and an administrative building in the port, and that "
        "two people had been injured. Romania's Ministry of National Defence said its radars had "
        "tracked the drones along the border and that none had entered Romanian airspace, but it "
        "sent a team to check reports of fragments falling on an uninhabited island opposite "
        "Plauru. RO-Alert messages were sent to phones in the north of Tulcea county twice during "
        "the night, urging people to take shelter. Defence Minister Angel Tîlvăr later said the "
        "team had found debris 'that could belong to a drone' and that the findings were being "
        "analysed together with NATO allies. The attack was the latest in a series on the Danube "
        "ports, through which Ukraine has been shipping much of its grain since Russia pulled out "
        "of the Black Sea deal in July.",
        "E",
        "drone strike on port",
    ),
    (
        "Two drones crash in Moldova during Russian strike on Ukraine's energy system, ambassador "
        "summoned",
        "Two drones crashed on Moldovan territory early on Sunday during a massive Russian missile "
        "and drone attack on Ukraine's energy infrastructure, the Ministry of Defence reported, and "
        "the Ministry of Foreign Affairs summoned the Russian ambassador for the third time this "
        "year. One of the drones came down in a field near the village of Cornești in Ungheni "
        "district, while the second, which still carried part of its warhead, fell on the "
        "outskirts of Leova and was destroyed on the spot by National Army sappers after the road "
        "was closed and nearby houses were emptied for several hours. A Russian missile also "
        "crossed Moldovan airspace in the north of the country, near Ocnița, before turning back "
        "towards Ukraine, the ministry said. Across the border, the Ukrainian energy ministry said "
        "the strikes had hit thermal power plants and high-voltage substations in at least eight "
        "regions, and the operator Moldelectrica briefly disconnected parts of Chișinău and Bălți "
        "to protect the shared grid. 'Russia's war against Ukraine has once again reached our "
        "villages, and only luck kept our citizens safe this morning,' President Maia Sandu wrote "
        "on social networks. Deputy Prime Minister Mihai Popșoi said the ambassador had been handed "
        "a note of protest and reminded that Moldova was a neutral state. The General Inspectorate "
        "for Emergency Situations asked residents who find fragments of drones or missiles not to "
        "touch them and to call 112.",
        "E",
        "missile and drone strike",
    ),
    (
        "Lithuanian volunteer killed by Russian drone while delivering generators near Kherson",
        "A Lithuanian volunteer who had spent more than two years driving aid to front-line towns "
        "in southern Ukraine was killed on Tuesday when a Russian drone struck his van in a village "
        "outside Kherson, the fund he worked for said on Wednesday. Tomas Vaitkus, 41, from "
        "Panevėžys, was unloading power generators and hygiene kits at a community centre in "
        "Bilozerka with two Ukrainian colleagues, who were wounded, according to the Vilnius-based "
        "fund Laisvės Tiltas. 'The van was white and marked with our logo on every side, so the "
        "drone operator could see perfectly well that he was attacking humanitarian workers,' the "
        "head of the fund, Rūta Jankauskienė, told LRT, adding that small FPV drones had been "
        "hunting civilian cars and buses on the roads around Kherson for months. Ukrainian regional "
        "officials said Russian forces on the left bank of the Dnipro had attacked Bilozerka with "
        "drones and artillery 14 times that day, wounding four other residents. Foreign Minister "
        "Kęstutis Budrys called the killing 'a war crime that must be recorded and punished' and "
        "said diplomats were working with the Ukrainian authorities to bring the body home. Vaitkus, "
        "a former lorry driver, had made more than 60 trips to Ukraine since 2022, often sleeping in "
        "his cab at the border. The fund said it would not stop its deliveries but would review "
        "the routes its drivers use along the river.",
        "E V H",
        "drone strike on aid worker",
    ),
    (
        "Police disperse Rustaveli rally with water cannon and tear gas on sixth night of protests",
        "Riot police used water cannon, tear gas and pepper spray to clear Rustaveli Avenue in the "
        "early hours of Wednesday, pushing thousands of protesters away from the Parliament "
        "building on the sixth consecutive night of demonstrations against the government's "
        "decision to suspend EU accession talks until 2028. Protesters, many of them wearing "
        "goggles and respirators, fired fireworks at police lines and built barricades from "
        "benches and rubbish bins near the First Gymnasium, some of which were set alight as "
        "special forces advanced towards Republic Square. The Ministry of Internal Affairs said 48 "
        "people had been detained for disobeying police orders and petty hooliganism, and that "
        "several officers had been injured by pyrotechnics and stones. The Public Defender's Office "
        "said it had found signs of inhuman treatment among detainees at the Tbilisi temporary "
        "detention isolator, many of whom had visible injuries to the face and head. "
        "Among those detained was the leader of an opposition party, who was taken from the "
        "party's office near the avenue by masked men in black and driven away in an unmarked "
        "minibus, his colleagues said. The Ministry of Health said 27 protesters, three "
        "journalists and 16 police officers had been taken to hospital overnight, most of them "
        "suffering from the effects of tear gas or with head injuries. Earlier in the evening, "
        "demonstrators had thrown eggs at the Parliament building and hung an EU flag on its "
        "gates, while organisers read out statements from civil servants and diplomats who had "
        "resigned or signed open letters against the government's decision. Several "
        "universities suspended classes after students announced a strike, and dozens of "
        "schools reported pupils walking out in the morning. The United States and several EU "
        "member states condemned what they called the excessive use of force against peaceful "
        "protesters and journalists. "
        "A cameraman "
        "for an opposition channel said masked officers had knocked him to the ground and kicked "
        "him even after he shouted that he was a journalist. 'They were not detaining people, they "
        "were hunting them in the side streets,' said Nino, a 23-year-old student who had come to "
        "Rustaveli every night since Thursday. Prime Minister Irakli Kobakhidze praised the police "
        "for 'protecting the constitutional order' and accused opposition parties of organising the "
        "violence. By evening, crowds were again gathering in front of Parliament.",
        "U",
        "protest crackdown",
    ),
    (
        "Georgian Legion volunteer killed near Pokrovsk laid to rest in Kakheti",
        "Hundreds of people gathered in the village of Vachnadziani in Kakheti on Sunday for the "
        "funeral of Levan Beridze, a 34-year-old volunteer of the Georgian Legion who was killed in "
        "fighting near Pokrovsk in eastern Ukraine on 12 February, the legion said. According to "
        "his commander, Beridze died when Russian infantry backed by armoured vehicles attacked the "
        "trench line his unit was holding south of the town, in a battle that lasted most of the "
        "night. 'He held that position with three other men until the assault was beaten back, and "
        "he was hit in the last hour before sunrise,' the commander said in a video message played "
        "at the service. Beridze, a former sergeant of the Georgian Defence Forces who had served in "
        "Afghanistan, went to Ukraine in the spring of 2022 and had been wounded twice. More than "
        "60 Georgian citizens have been killed fighting on the Ukrainian side since the full-scale "
        "invasion, according to the legion, which says it does not publish exact figures during "
        "the war. No government representative attended the funeral, which opposition politicians "
        "described as a shameful silence, while former president Salome Zourabichvili laid "
        "flowers at the coffin. It took two weeks to bring the body home through Poland and Turkey, "
        "his sister said.",
        "B",
        "volunteer killed in battle",
    ),
    (
        "Number of forcibly displaced persons from Nagorno-Karabakh reaches 84,770, government says",
        "The number of forcibly displaced persons who have arrived in Armenia from Nagorno-Karabakh "
        "reached 84,770 by Thursday morning, government spokesperson Nazeli Baghdasaryan said at a "
        "briefing, as cars, buses and trucks piled with mattresses and furniture continued to queue "
        "on the road from the Hakari bridge to Kornidzor. People began leaving the region en masse "
        "on Sunday, five days after Azerbaijan launched what it called 'local anti-terrorist "
        "measures' and the local defence forces laid down their arms after a day of fighting. At "
        "the humanitarian centre in Kornidzor, volunteers, the Armenian Red Cross and government "
        "staff handed out water, food and medicine to people who had spent up to 30 hours on a "
        "road that usually takes two. 'We left everything, the house, the graves of my parents, "
        "even the cow, and we do not know where we will sleep tonight,' said Anahit, a 58-year-old "
        "woman from Martakert, holding a plastic bag with her documents. Doctors said many of the "
        "arrivals were exhausted and dehydrated, and that several elderly people had needed "
        "hospital treatment in Goris. "
        "In Goris, a town of about 20,000 people, the hotels, schools and the cultural centre "
        "were full by Wednesday night, and residents opened their homes to families they had "
        "never met. 'I do not know these people, but they are our people, and nobody should "
        "sleep in a car with small children,' said a pensioner who had taken in a family of "
        "seven from Askeran. Many of the arrivals said they had spent the last nine months "
        "under blockade without fuel, flour or medicine, and that they had decided to leave "
        "after the fighting because they did not believe Azerbaijan's promises of safety. The "
        "Ministry of Territorial Administration said buses were taking people from Goris to "
        "temporary accommodation in other provinces. "
        "The Ministry of Health said that more than 200 people injured "
        "in Monday's explosion at a fuel depot near Stepanakert had been brought to hospitals in "
        "Yerevan by helicopter and ambulance. Prime Minister Nikol Pashinyan said each displaced "
        "person would receive a one-off payment of 100,000 drams and that the government had so "
        "far found accommodation for more than 20,000 people.",
        "D H",
        "displacement",
    ),
    (
        "Armenian serviceman wounded as Azerbaijani units open fire on positions near Sotk",
        "A contract serviceman of the Armenian Armed Forces was wounded on Tuesday morning "
        "when Azerbaijani units opened fire with small arms and a grenade launcher at Armenian "
        "positions near the village of Sotk in Gegharkunik province, the Ministry of Defence "
        "said. His life is not in danger, the ministry added. The Armenian units 'took "
        "retaliatory measures', and the shooting stopped after about 40 minutes. Azerbaijan's "
        "defence ministry accused the Armenian side of firing first, a claim Yerevan rejected "
        "as 'absolutely false'. Residents of Sotk said they had heard long bursts of automatic "
        "fire from the hills, and the village school kept its pupils indoors until noon. The "
        "European Union Monitoring Mission in Armenia said it had sent a patrol to the area.",
        "B",
        "border firefight",
    ),
    (
        "Army kills smugglers, seizes rockets in hours-long clashes on northern border",
        "AMMAN — The Jordan Armed Forces-Arab Army said on Monday that border guards had killed a "
        "number of armed smugglers and arrested others in clashes that lasted more than ten hours "
        "along the northern border with Syria, in one of the fiercest confrontations of its kind in "
        "recent years. The army said in a statement that the groups, which tried to cross under "
        "cover of fog in the early hours of the morning, used machine guns and rocket-propelled "
        "grenades against its positions, and that one soldier was wounded and taken to a military "
        "hospital. Troops seized large quantities of narcotics, including 4.8 million Captagon "
        "pills, as well as Kalashnikov rifles, anti-tank rockets and explosives, the statement "
        "said. A military source told the Jordan News Agency that the border units had applied "
        "the rules of engagement and were now facing 'organised, armed militias backed by "
        "regional parties' rather than individual smugglers. The army has in recent months "
        "changed its rules of engagement on the border and carried out air strikes on smugglers' "
        "positions inside Syria, according to residents and regional media. Government "
        "Spokesperson Muhannad Mubaideen said the Kingdom would 'strike with an iron fist anyone "
        "who tries to threaten its national security'. Residents of villages near Ramtha said they "
        "had heard heavy gunfire and seen helicopters over the border throughout the night.",
        "B M",
        "border clash with armed smugglers",
    ),
]
