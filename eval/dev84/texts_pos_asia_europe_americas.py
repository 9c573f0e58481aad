"""eval/dev84 positives from Asia, Europe and the Americas: whole articles reporting current organised violence. Labels follow eval/README.md (section 1); see build.py and README.md."""

POSITIVES = [
    (
        "Russian glide bombs hit Kharkiv apartment block, killing five",
        "Russian forces struck Kharkiv with guided aerial bombs on Thursday afternoon, killing five people and wounding at least 40 in the city's northern Saltivka district, the regional governor said. One bomb hit the upper floors of a nine-storey apartment block and another landed in a courtyard next to a supermarket, blowing out windows across the neighbourhood. Rescuers worked into the night to pull residents from the rubble, and the governor said two people were still missing. Ukraine's air force said the bombs had been released by Su-34 jets flying inside Russian airspace, out of reach of most of its air defences. Kharkiv, Ukraine's second-largest city, lies about 30 km from the border and has been hit almost daily since Moscow's forces opened a new push in the region last year. President Volodymyr Zelensky repeated his call for more Patriot systems, saying the city needed them \"not next year but now\". Russia's defence ministry said its forces had hit a Ukrainian command post in Kharkiv and did not mention residential buildings.",
        "E",
        "glide bomb strike",
    ),
    (
        "Pakistan buries 12 policemen killed in suicide car bombing",
        "Pakistan's prime minister attended funeral prayers in Peshawar on Saturday for 12 policemen killed when a suicide bomber drove an explosives-laden car into a checkpoint in the Bannu district of Khyber Pakhtunkhwa province a day earlier. The blast on Friday evening flattened the checkpoint and damaged a nearby mosque and several shops, police said. The Pakistani Taliban, known as the TTP, claimed responsibility in a message to journalists. Four passers-by were among at least 20 people wounded, according to the district hospital. Prime Minister Shehbaz Sharif vowed to \"eliminate the terrorists\" and again accused Afghanistan's Taliban government of letting the TTP operate from its soil, a charge Kabul denies. Attacks on police and soldiers in the province have risen sharply since the TTP ended a ceasefire with the government in November 2022.",
        "E T",
        "suicide car bombing",
    ),
    (
        "Myanmar air strike on monastery kills villagers sheltering from fighting",
        'A Myanmar military air strike on a Buddhist monastery in the Magway region killed at least 23 people, four of them children, who had taken shelter there from fighting nearby, residents and a local resistance group said on Friday. A fighter jet dropped two bombs on the monastery compound in the village of Sin Taung shortly before dawn on Thursday, when more than 150 people were sleeping in its halls, a monk who survived told reporters by phone. Villagers from at least four surrounding settlements had moved into the monastery a week earlier as resistance fighters and troops battled for control of a nearby road. The junta\'s spokesman did not answer calls seeking comment; the military has previously said it targets only "terrorist" positions. Photographs shared by residents showed the main hall reduced to timber and rubble. The UN says more than 3.5 million people have been displaced across Myanmar since the army seized power in February 2021. Aid groups say air strikes on villages have grown more frequent as the military loses ground.',
        "E B V D",
        "air strike",
    ),
    (
        "Thousands flee Kenscoff as Haiti's gangs push into hills above capital",
        "More than 5,000 people have fled the hillside town of Kenscoff, above Port-au-Prince, in the past week as gangs of the Viv Ansanm coalition pushed into its neighbourhoods, the UN migration agency said on Tuesday. Residents said gunmen arrived before dawn on Saturday, set fire to houses and shot people in the streets, and that at least 15 bodies had been recovered. Police and members of the Kenyan-led security mission exchanged fire with the gangs for several hours on Monday but had not retaken the lower districts by nightfall. Kenscoff had been one of the last calm areas near the capital, and many of those now fleeing had moved there from gang-held parts of Port-au-Prince. The displaced are sleeping in schools and churches in Pétion-Ville, according to local officials. Haiti's transitional council said it had asked for more helicopters and armoured vehicles. The gangs control most of the capital and the main roads out of it.",
        "B V D",
        "gang offensive",
    ),
    (
        "Kashmir's hotels empty as tourists cancel after gunmen kill 26 in meadow",
        'Hotel owners in Kashmir said on Thursday that most of their bookings for the coming weeks had been cancelled after gunmen killed 26 people, most of them tourists, in a meadow near Pahalgam on Tuesday. The attackers came out of a pine forest and opened fire on visitors riding ponies and eating at food stalls, survivors said, and several told reporters that the gunmen had asked men their names before shooting them. Indian officials called it a terrorist attack and blamed a militant group they say is a front for Pakistan-based Lashkar-e-Taiba. Pakistan denied any role. Airlines added extra flights out of Srinagar, and taxi drivers said queues at the airport stretched for hours. "We had our best season in years planned," said a houseboat owner on Dal Lake. "Now the phone only rings with cancellations." The attack was the deadliest on civilians in the region in more than two decades.',
        "T V",
        "militant attack on tourists",
    ),
    (
        "Colombia declares emergency as ELN offensive drives thousands from Catatumbo",
        "Colombia's government declared a state of internal commotion on Monday in the Catatumbo region on the Venezuelan border, where fighting between the ELN guerrilla group and dissidents of the former FARC rebels has forced more than 30,000 people from their homes in ten days. Local officials said at least 60 people had been killed since the ELN launched its offensive, among them a former FARC fighter who had signed the 2016 peace deal and a couple killed in front of their infant son. Families arrived in Cúcuta and Ocaña by bus, lorry and on foot, and sports halls and schools in both cities were turned into shelters. The Red Cross said it was struggling to deliver food and medicine to villages cut off by the fighting. President Gustavo Petro suspended peace talks with the ELN and accused its leaders of war crimes. The army said it was sending 5,000 more soldiers to the region. The emergency decree allows the government to impose curfews, restrict movement and redirect budget funds without approval from Congress for 90 days. Catatumbo is one of the country's largest coca-growing areas, and armed groups have fought over its drug routes to Venezuela since the FARC disarmed. Some displaced families said the guerrillas had gone from house to house with lists of names, accusing residents of working for their rivals. The UN human rights office called on all armed groups to spare civilians and let humanitarian workers through.",
        "B V D H M",
        "armed group offensive",
    ),
    (
        "Oil edges up after Ukrainian drones set Russian refinery ablaze",
        "Oil prices edged higher on Wednesday after Ukrainian drones set fire to one of Russia's largest refineries, adding to concerns about the country's fuel exports. Brent crude rose 0.8% to $83.40 a barrel by midday in London. The regional governor of Ryazan said falling debris from drones shot down over the city had started a fire at the refinery, which was put out by the afternoon, and that two workers had been injured. Russia's defence ministry said its air defences had destroyed 58 Ukrainian drones overnight over eight regions. Ukraine's general staff said its forces had hit the refinery's main processing unit as part of a campaign against facilities that supply fuel to the Russian army. Analysts estimate that drone strikes have taken about a tenth of Russia's refining capacity offline at times this year. Russia has extended a ban on petrol exports to protect its domestic market.",
        "E M",
        "drone attack on refinery",
    ),
    (
        "EU condemns crackdown as Georgian police break up protests for fifth night",
        'The European Union on Tuesday condemned what it called the "disproportionate use of force" by Georgian police, after riot officers used water cannon and tear gas to break up protests in Tbilisi for a fifth night in a row. Thousands of demonstrators gathered outside parliament on Rustaveli Avenue on Monday evening to oppose the government\'s decision to suspend talks on joining the EU. Some protesters threw fireworks and stones at police lines, and riot officers chased people into side streets, beating several with batons, according to footage from local television. The interior ministry said 224 people had been detained since the protests began and that dozens of officers had been injured. The ombudsman said many detainees had bruises and broken bones. Prime Minister Irakli Kobakhidze accused the opposition of trying to stage a revolution and said there would be no new election.',
        "U",
        "crackdown",
    ),
    (
        'Starmer vows "full force of the law" after rioters attack asylum hotel',
        'Prime Minister Keir Starmer promised on Monday that rioters who attacked a hotel housing asylum seekers in Rotherham would face "the full force of the law", after a night in which a crowd smashed windows and set fire to bins at the building with people inside. Police said about 700 people gathered outside the hotel on Sunday afternoon, and that some threw bricks, bottles and fire extinguishers at officers before forcing their way into the lobby. Staff and residents barricaded themselves in upper rooms until police cleared the crowd, according to a charity that supports the residents. Ten officers were injured, and police said they had identified dozens of suspects from video. The disorder was the latest in a week of riots in English towns fuelled by false claims online about a knife attack. Starmer said extra prosecutors would work through the weekend and that courts would sit overnight. The Home Office said all the residents of the hotel, many of them families from Afghanistan, Syria and Sudan, were safe. Local mosques and churches organised a clean-up of the area on Monday morning, and hundreds of volunteers swept up glass and painted over graffiti. Police leaders have warned that officers are stretched after a week of disorder in more than a dozen towns.',
        "U V",
        "riot",
    ),
]
