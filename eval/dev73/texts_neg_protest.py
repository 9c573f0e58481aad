"""eval/dev73 negatives: peaceful protests, marches, strikes, vigils and hunger strikes."""

NEGATIVES = [
    (
        "Hundreds of thousands rally in Belgrade in largest protest in decades",
        "Hundreds of thousands of people filled the streets of central Belgrade on Saturday "
        "in the largest protest in Serbia's recent history, demanding accountability for the "
        "deaths of 16 people in the collapse of a railway station canopy in Novi Sad. "
        "Students marshalled the crowds, and the rally passed without incident, police said. "
        "At 7.11 p.m. the crowd fell silent for 16 minutes in memory of the victims.",
        "protest",
    ),
    (
        "Serbian students walk to Novi Sad for bridge blockade",
        "Thousands of students who walked for two days from Belgrade arrived in Novi Sad on "
        "Friday night, greeted by residents with food, flowers and whistles, before blocking "
        "three bridges over the Danube for 24 hours. Farmers drove their tractors in to "
        "protect the marchers. The blockade ended peacefully on Saturday evening.",
        "protest",
    ),
    (
        "Tens of thousands march for Europe in Tbilisi",
        "Tens of thousands of Georgians marched through Tbilisi on Sunday waving EU and "
        "Georgian flags, in a rally to show support for the country's bid to join the "
        "European Union, organisers said. The march ended with a concert on Europe Square. "
        "There were no reports of arrests or clashes.",
        "protest",
    ),
    (
        "Georgian journalist on hunger strike in jail",
        "A Georgian journalist held in pre-trial detention since January has been on hunger "
        "strike for 30 days, her lawyer said on Monday, adding that she had lost 14 kg. She "
        "was arrested after slapping a police chief during a protest in Batumi and faces up "
        "to seven years in prison. Hundreds of people gathered outside the court in Batumi "
        "for her hearing in silence.",
        "protest",
    ),
    (
        "Archbishop leads march from Tavush to Yerevan",
        "Several thousand people led by an Armenian archbishop arrived in Yerevan on Thursday"
        " after a four-day walk from the northern province of Tavush, protesting against the "
        "return of border villages to Azerbaijan. They held a rally in Republic Square and "
        "called for the prime minister to resign. Police said the gathering passed "
        "peacefully.",
        "protest",
    ),
    (
        "Huge women's march in Minsk ends without detentions",
        "Thousands of women dressed in white and carrying flowers formed a human chain along "
        "Independence Avenue in Minsk on Saturday, in protest against the official election "
        "result and police violence. Riot police looked on but did not intervene, and some "
        "officers accepted flowers. Organisers said it was the largest women's protest in "
        "Belarus's history.",
        "protest",
    ),
    (
        "Moldovans rally in Chisinau in support of EU bid",
        "Around 75,000 people gathered in the centre of Chisinau on Sunday for a rally called"
        " by the president in support of Moldova's bid to join the European Union, police "
        "said. Speakers addressed the crowd from a stage outside the government building. The"
        " rally came a week after opposition supporters protested on the same square, also "
        "without incident.",
        "protest",
    ),
    (
        "Saturday Mothers hold 1,000th vigil in Istanbul",
        "Relatives of people who disappeared in police custody in Turkey's 1990s conflict "
        "with Kurdish militants gathered on Saturday in Istanbul's Galatasaray Square for "
        "their 1,000th weekly vigil, holding photographs of the missing and carnations. "
        "Police allowed the gathering after banning it for several years. The group has "
        "demanded that the state investigate the fate of the disappeared since 1995.",
        "protest",
    ),
    (
        "Istanbul rally for jailed mayor draws huge crowd",
        "Hundreds of thousands of opposition supporters gathered in Istanbul's Maltepe "
        "district on Saturday to demand the release of the city's jailed mayor, in a rally "
        "organised by the main opposition party. The party leader told the crowd that the "
        "arrest was an attempt to remove a rival from the next presidential race. The rally "
        "ended peacefully.",
        "protest",
    ),
    (
        "Tractors block roads as Serbian farmers protest milk prices",
        "Farmers parked hundreds of tractors across main roads in Vojvodina on Monday, "
        "demanding higher purchase prices for milk and subsidies for diesel, and said they "
        "would drive to Belgrade if the government did not respond. Police diverted traffic "
        "around the blockades. The agriculture minister invited the farmers' associations to "
        "talks.",
        "protest",
    ),
    (
        "Kosovo Serbs rally in Mitrovica against arrest of officials",
        "Thousands of Serbs gathered in north Mitrovica on Monday to protest against the "
        "arrest of a local official by Kosovo police, carrying Serbian flags and banners. The"
        " rally passed peacefully, and the crowd dispersed after speeches by members of Serb "
        "List. KFOR said its soldiers had monitored the gathering.",
        "protest",
    ),
    (
        "Sarajevo protest camp marks 1,000 days",
        "Protesters demanding a new investigation into the death of a young man in Sarajevo "
        "held a rally to mark 1,000 days since the start of their protest camp, walking "
        "silently with candles to the city centre. Police were present and reported no "
        "incidents. The family says the death was covered up by officials.",
        "protest",
    ),
    (
        "Thousands protest in Chisinau as opposition demands early election",
        "Thousands of supporters of a pro-Russian opposition party rallied outside government"
        " offices in Chisinau on Sunday, demanding that the government pay their winter "
        "heating bills and resign. Police arrested seven people who tried to carry knives "
        "through a checkpoint before the rally, and said the rest of the protest was "
        "peaceful.",
        "protest",
    ),
    (
        "Greek workers strike over labour law, ferries and trains halted",
        "Ferries stayed in port and trains and buses stopped running across Greece on "
        "Thursday as workers held a 24-hour general strike against a new labour law that "
        "allows 13-hour working days. Thousands of people marched peacefully to parliament in"
        " Athens and in Thessaloniki. Hospitals worked with emergency staff only.",
        "protest",
    ),
    (
        "Dagestan women protest mobilisation, several detained",
        "Dozens of women in Makhachkala gathered outside a theatre on Sunday to protest "
        "against the call-up of men to fight in Ukraine, local media reported. Police "
        "detained several women who refused to leave, a rights monitor said. There were no "
        "reports of injuries.",
        "protest",
    ),
    (
        "Karakalpak diaspora holds vigil in Almaty",
        "About 50 people from Uzbekistan's Karakalpakstan region held a silent vigil outside "
        "the Uzbek consulate in Almaty on Monday to demand the release of a lawyer jailed "
        "over last year's protests. The activists held photographs and read out a statement. "
        "Police watched the vigil but did not intervene.",
        "protest",
    ),
    (
        "Northern Ireland marches pass off peacefully on the Twelfth",
        "Tens of thousands of Orange Order members and supporters marched in towns across "
        "Northern Ireland on Saturday for the Twelfth of July parades, the main event of the "
        "loyalist marching season. Police said the day had been largely peaceful. A "
        "contentious parade past a Catholic neighbourhood in north Belfast was rerouted after"
        " a ruling by the parades commission.",
        "protest",
    ),
]
