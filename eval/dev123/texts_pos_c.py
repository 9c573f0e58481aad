"""dev123 positives (c): whole articles that report current organised violence (eval/README.md, 1)."""

# (title, text, tag codes, kind); the comment gives the outlet imitated and the year
POSITIVES = [
    # Le Nouvelliste, 2025
    (
        "Kenscoff: Viv Ansanm gangs attack Belot and Godet, hundreds of residents flee",
        "Armed gangs of the Viv Ansanm coalition launched a new attack on Tuesday on the "
        "localities of Belot and Godet, in the commune of Kenscoff, setting fire to several "
        "houses and forcing hundreds of residents to flee towards Pétion-Ville, according to "
        "local officials and residents. The bandits, who came from Carrefour-Feuilles and lower "
        "Kenscoff, exchanged fire for several hours with agents of the Haitian National Police "
        "(PNH) and members of a local self-defence brigade, the mayor of Kenscoff told Le "
        "Nouvelliste. At least six people, including a police officer, were killed, according to "
        "the mayor, who said the toll could rise. “They burned my house, my car, everything. I "
        "left with my children and the clothes we had on,” said a 43-year-old mother who found "
        "refuge in a school in Pétion-Ville. The PNH said in a statement that specialised units, "
        "supported by the task force, had been deployed to the area and had “neutralised several "
        "bandits”. According to the International Organization for Migration, more than 3,000 "
        "people have been displaced from Kenscoff since the start of the year, many of them "
        "staying in makeshift sites with little food or water. The attacks on Kenscoff, a "
        "mountainous commune that overlooks the capital, have alarmed residents of Pétion-Ville "
        "and Laboule, who fear the gangs are opening a new corridor to the south-east of "
        "Port-au-Prince.",
        "B V D",
        "gang offensive",
    ),
    # Le Nouvelliste, 2025
    (
        "Cité Soleil: drone strikes target gang base, residents report children among the dead",
        "Several explosions shook Cité Soleil on Saturday morning during a drone operation by "
        "the government's task force against the base of one of the gang leaders of the Viv "
        "Ansanm coalition in the Brooklyn area, residents told Le Nouvelliste. At least eight "
        "people, including three children who were playing near the base, were killed, according "
        "to a local human rights organisation, which said it had counted the bodies. A resident "
        "of Brooklyn reached by telephone said the first drone hit a house at around eight in "
        "the morning, and a second struck a street minutes later as people gathered to help the "
        "wounded. The government has not confirmed the casualties, but a police source said the "
        "strikes targeted a meeting of gang leaders and that “several bandits” were killed. The "
        "National Human Rights Defense Network (RNDDH) called for an independent investigation "
        "and urged the authorities to take the protection of civilians into account. Since "
        "March, the task force, which works with the PNH and a private security contractor, has "
        "used explosive drones against gang positions in Port-au-Prince, Croix-des-Bouquets and "
        "the Artibonite. Gang leaders have responded by threatening reprisals against "
        "neighbourhoods they suspect of informing the police. The UN human rights office said in "
        "a recent report that drone strikes had killed dozens of people, including children who "
        "had no links to gangs.",
        "E M",
        "drone strike",
    ),
    # El Tiempo, 2025
    (
        "Catatumbo: ELN offensive against FARC dissidents leaves dozens dead and thousands displaced",
        "At least 32 people have been killed in the Catatumbo region of Norte de Santander since "
        "Thursday, when the ELN guerrilla launched an offensive against the 33rd Front of the "
        "FARC dissidents, the departmental government reported on Sunday. The governor of Norte "
        "de Santander said that among the dead were a former peace signatory and members of one "
        "family, including a baby, who were shot in their vehicle on the road between Tibú and "
        "Cúcuta. Social leaders in the region denounced that ELN fighters were going from house "
        "to house with lists, looking for people they accuse of collaborating with the "
        "dissidents. “They arrived at the village with a list and took people out of their "
        "homes,” a farmer from Tibú told EL TIEMPO on condition of anonymity. The Ombudsman's "
        "Office said that more than 11,000 people had been displaced to Cúcuta, Ocaña and Tibú, "
        "and that hundreds more had crossed into Venezuela. The mayor of Cúcuta said the city's "
        "stadium and coliseums were being used as shelters and asked the national government for "
        "food and hygiene kits. President Gustavo Petro suspended the peace talks with the ELN, "
        "accusing the group of war crimes, and announced the deployment of 5,000 soldiers to the "
        "region. The Army said the first troops had begun arriving in Tibú by air to secure the "
        "town and its surroundings. In Tibú, shops remained closed on Sunday, classes were "
        "suspended in all schools and the few buses leaving for Cúcuta were full, residents "
        "said. In a statement, the ELN said its offensive was aimed at “the narco-paramilitary "
        "structure” of the 33rd Front and denied targeting the civilian population. “We left "
        "with what we had on, the children and the documents. The animals stayed behind,” said a "
        "woman from the rural area of Tibú who arrived at the Cúcuta stadium with her three "
        "children on Saturday night. The Catholic Church's diocese of Tibú asked both armed "
        "groups to allow humanitarian corridors so that families trapped in rural areas could "
        "leave. Catatumbo, on the border with Venezuela, has one of the largest concentrations "
        "of coca crops in the country, and control of the routes towards Venezuela is at the "
        "heart of the dispute between the two groups.",
        "B V D H M",
        "guerrilla offensive",
    ),
    # El Espectador, 2025
    (
        "Drone attack on police station in Cauca wounds four officers; Defense Minister blames dissidents",
        "Four police officers were wounded on Wednesday night when explosives dropped from "
        "drones hit the police station in Suárez, in the north of Cauca, authorities reported. "
        "According to the Cauca Police Department, at least three drones carrying improvised "
        "explosives flew over the station shortly after nine at night, and two of the devices "
        "fell on the roof of the building and in the courtyard where patrol vehicles were "
        "parked. The injured officers were taken to a hospital in Santander de Quilichao, where "
        "one of them remained in serious condition. Defense Minister Pedro Sánchez attributed "
        "the attack to the Jaime Martínez structure of the FARC dissidents led by alias Iván "
        "Mordisco, and described it as “a terrorist attack against the public force and the "
        "civilian population of Suárez”. Residents said houses near the police station were "
        "damaged and that families spent the night lying on the floor. The Cauca governor's "
        "office said that this year there had been more than 130 drone attacks in the "
        "department, most of them against military and police installations. Experts consulted "
        "by El Espectador said the dissidents had learned to modify commercial drones to carry "
        "explosives and that the security forces' anti-drone equipment was insufficient. The "
        "Army announced that troops had been sent to the rural area of Suárez to locate the "
        "launch site.",
        "E T",
        "drone attack",
    ),
    # The Kathmandu Post, 2025
    (
        "19 killed as police open fire on Gen Z protesters outside Parliament",
        "At least 19 people were killed and more than 300 injured on Monday as police opened "
        "fire on thousands of young protesters who tried to storm the Federal Parliament "
        "building in New Baneshwor, Kathmandu, in the deadliest day of protest in the country in "
        "decades. The demonstrators, many of them students in school and college uniforms, had "
        "gathered in the morning at Maitighar Mandala in what organisers called a Gen Z movement "
        "against corruption and the government's ban on 26 social media platforms. As the crowd "
        "broke through barricades and entered the parliament premises, police fired tear gas, "
        "water cannon and rubber bullets, and then live rounds, according to witnesses and "
        "hospital officials. The Civil Service Hospital and the National Trauma Centre said they "
        "were overwhelmed, with many of the injured hit in the head and chest. “They were "
        "shooting at children who only had placards,” said a doctor at the trauma centre, who "
        "asked not to be named. The Kathmandu District Administration Office imposed a curfew "
        "around Parliament, Singha Durbar and the President's residence, and later extended it "
        "to other parts of the capital. Protests and clashes were also reported in Itahari, "
        "Butwal and Pokhara. The home minister resigned on Monday evening, taking moral "
        "responsibility for the deaths. The government called an emergency cabinet meeting, and "
        "the prime minister said an inquiry committee would be formed. Earlier in the day, "
        "groups of protesters had thrown stones and water bottles at police lines and set fire "
        "to a police booth near the parliament gate, according to the Nepal Police. By evening, "
        "relatives were gathering outside the morgue of the Teaching Hospital in Maharajgunj to "
        "identify the dead, most of whom were between 17 and 28 years old. Amnesty International "
        "and the National Human Rights Commission called for an independent investigation into "
        "the use of lethal force against protesters. Organisers said they would continue the "
        "movement on Tuesday.",
        "U",
        "protest crackdown",
    ),
    # Yemen Monitor, 2025
    (
        "Two children killed as Houthi shell hits residential neighbourhood in Taiz",
        "Two children were killed and four other civilians wounded on Sunday evening when a "
        "shell fired by the Iran-backed Houthi militia hit a residential neighbourhood in the "
        "west of Taiz city, medical and local sources told Yemen Monitor. The shell fell near a "
        "group of children playing in front of their homes in the Osaifra district, according to "
        "a medical source at Al-Thawra hospital, where the wounded were taken. Taiz's "
        "government-run health office said the shell had been fired from Houthi positions in the "
        "Al-Hawban area east of the city. The Houthis did not comment. Taiz, Yemen's "
        "third-largest city, has been besieged by the Houthis since 2015, and residents of its "
        "western and central districts are frequently hit by shelling and sniper fire. The "
        "government's human rights office in the governorate said it had documented the killing "
        "of 17 children in the city since the start of the year. The governor of Taiz called on "
        "the UN envoy and the international community to “condemn the crimes of the militia and "
        "pressure it to lift the siege”.",
        "E V",
        "shelling",
    ),
    # Yemen Monitor, 2025
    (
        "Israeli airstrikes hit Hodeidah port and power station; Houthis report deaths",
        "Israeli warplanes carried out a series of airstrikes on Monday night on the port of "
        "Hodeidah and the Ras Kanatib power station on Yemen's Red Sea coast, the Houthi-run "
        "Al-Masirah television reported. The Houthi-run health ministry said four people were "
        "killed and 23 wounded in the strikes, without saying whether they were civilians. "
        "Residents of Hodeidah told Yemen Monitor that the strikes caused huge explosions and "
        "that fires could be seen in the port area for hours. The Israeli army said it had "
        "struck “infrastructure used by the Houthi terrorist regime” to bring in Iranian "
        "weapons, in response to repeated missile and drone launches towards Israel. Israeli "
        "Defense Minister Israel Katz warned that the Houthis would “pay a heavy price” for any "
        "further attacks. The strikes cut electricity to large parts of Hodeidah city, where "
        "summer temperatures rise above 40 degrees Celsius, residents said. The port of Hodeidah "
        "is the main entry point for food and fuel into Houthi-controlled areas, where the UN "
        "says more than 17 million people face acute food insecurity. The internationally "
        "recognised government in Aden said the Houthis bore responsibility for dragging the "
        "country into “regional wars that serve Iran”.",
        "E M",
        "airstrike",
    ),
    # Garowe Online, 2025
    (
        "Puntland forces capture ISIS base in Cal Miskaad mountains as offensive advances",
        "Puntland security forces on Thursday captured a major base of the Islamic State (ISIS) "
        "group in the Cal Miskaad mountains of the Bari region, after heavy fighting in which "
        "dozens of militants were killed, Puntland officials said. The Puntland Defence Forces "
        "and the Puntland Maritime Police Force (PMPF) took control of the Dhadaar valley "
        "following a two-day assault supported by airstrikes from the US Africa Command "
        "(AFRICOM), the state's security minister told a press conference in Bosaso. He said "
        "that 27 militants, including foreign fighters from Ethiopia, Sudan and Tanzania, were "
        "killed, and that three Puntland soldiers died in the battle. “The terrorists are now "
        "trapped in caves, and our forces will not stop until the last one is eliminated,” he "
        "said. Puntland launched the offensive, dubbed Operation Hilaac, at the end of last year "
        "against the ISIS faction led by Abdulkadir Mumin, which UN experts say has become a hub "
        "for the group's finances in Africa. Residents of villages near the mountains said many "
        "families had left for Qardho and Bosaso since the fighting began, fearing they would be "
        "caught in the crossfire. Puntland, which has suspended its cooperation with the federal "
        "government in Mogadishu, has conducted the operation largely on its own, with funding "
        "from local businesses and the diaspora.",
        "B M E D",
        "counter-insurgency offensive",
    ),
    # Daily Trust, 2024
    (
        "#EndBadGovernance: Curfew in Kano as protesters, police clash; shops looted",
        "The Kano State Government on Thursday imposed a 24-hour curfew across the state after "
        "protesters clashed with police and looted shops and government property on the first "
        "day of the nationwide #EndBadGovernance protests. Daily Trust reports that thousands of "
        "young people marched from the Kofar Nassarawa area towards the Government House in the "
        "morning, chanting against hunger and the high cost of living. The situation turned "
        "violent when some of the protesters set bonfires on roads, vandalised the newly built "
        "Digital Industrial Park at Kofar Nassarawa and carted away computers and furniture. "
        "Police fired tear gas to disperse them, and witnesses said live rounds were fired near "
        "Kurna and Dorayi. The state Commissioner of Police told journalists that officers had "
        "arrested 269 suspected looters and that “hoodlums hijacked the protest”. Amnesty "
        "International Nigeria said it had received reports that at least three protesters were "
        "shot dead in Kano, a claim the police denied. Protests were also held in Abuja, Lagos, "
        "Kaduna and Maiduguri, where police used tear gas at several locations. Governor Abba "
        "Kabir Yusuf appealed to parents to keep their children at home and said the curfew "
        "would be reviewed once calm returned.",
        "U",
        "riot",
    ),
    # Dawn, 2024
    (
        "Islamabad turns into a battleground as PTI marchers, security forces clash near D-Chowk",
        "Clashes between PTI supporters and law enforcement personnel continued in Islamabad for "
        "a second day on Tuesday as thousands of protesters pushed through containers and tear "
        "gas towards D-Chowk, demanding the release of party founder Imran Khan. Police and "
        "Rangers fired volleys of tear gas shells and rubber bullets at the marchers on the "
        "Srinagar Highway and in Blue Area, while protesters hurled stones and set fire to "
        "several vehicles and a police post, witnesses told Dawn. The interior ministry said "
        "four Rangers personnel were killed and several others injured when a vehicle rammed "
        "into them on the Srinagar Highway late on Monday, and blamed “miscreants” in the PTI "
        "convoy. PTI leaders claimed that several of their workers had been shot dead by "
        "security forces, a claim the government rejected. Doctors at the Pakistan Institute of "
        "Medical Sciences (PIMS) said dozens of injured people, both police officials and "
        "civilians, had been brought in since Sunday. The government called in the army under "
        "Article 245 of the Constitution to secure the Red Zone. Mobile internet services "
        "remained suspended in the capital, and the motorway and GT Road were blocked with "
        "containers. Interior Minister Mohsin Naqvi said more than 500 people had been arrested "
        "and accused the protesters of bringing weapons. Late at night, security forces launched "
        "an operation to clear Blue Area, after which PTI leaders, including Chief Minister Ali "
        "Amin Gandapur, left the area.",
        "U",
        "protest clashes",
    ),
]
