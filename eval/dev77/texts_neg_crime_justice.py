"""dev77 negatives: drug seizures, smuggling, honour killings, feuds, trials and executions."""

NEGATIVES = [
    (
        "Jordan seizes millions of Captagon pills hidden in truck at Jaber crossing",
        "Jordanian customs officers found 3.2 million Captagon pills hidden in the chassis of a truck arriving from Syria at the Jaber border crossing, the public security directorate said on Tuesday. The driver was arrested and referred to the state security court. Officials say the kingdom has become a transit route for the amphetamine to Gulf markets. The army said it would press on with its campaign against the smuggling networks.",
        "crime",
    ),
    (
        "Saudi customs find Captagon inside pomegranate shipment in Jeddah",
        "Saudi customs officers at Jeddah Islamic Port seized more than 5 million Captagon pills hidden inside a shipment of pomegranates, the Zakat, Tax and Customs Authority said. Two people who came to collect the cargo were arrested. The kingdom later banned fruit imports from Lebanon over drug smuggling. Officials called drug smuggling an attack on the kingdom's youth.",
        "crime",
    ),
    (
        "Iraqi security forces arrest Captagon smugglers in Anbar desert",
        "Iraqi border guards arrested three men smuggling a shipment of 1.2 million Captagon pills across the desert near al-Qaim, the interior ministry said on Sunday. The pills were hidden in a water tanker. The ministry said drug use among young Iraqis had grown sharply and called it a war on society.",
        "crime",
    ),
    (
        "Man who killed his sister in Amman sentenced to 15 years",
        "A Jordanian criminal court sentenced a man to 15 years in prison for killing his sister in what he told police was a matter of family honour, judicial sources said on Wednesday. The court rejected the family's request for a reduced sentence after they dropped their claim. Women's rights groups had campaigned against lenient sentences in such killings.",
        "crime",
    ),
    (
        "Young woman shot by brother in Duhok honour killing, police say",
        "Police in Duhok arrested a man suspected of shooting his 19-year-old sister dead at the family home, in what officials described as an honour killing. The Kurdistan Region's directorate for combating violence against women said it had recorded dozens of such killings this year. The suspect will be tried by a criminal court.",
        "crime",
    ),
    (
        "Vendetta between two families leaves three dead in Sohag village",
        "Three men were shot dead in a village in Egypt's Sohag province on Saturday in the latest round of a blood feud between two families that began over a land dispute ten years ago, security sources said. Police arrested four suspects and seized automatic rifles. Village elders said they would convene a reconciliation council. Such feuds have claimed dozens of lives in the villages of Upper Egypt over the past decade.",
        "crime",
    ),
    (
        "Iran hangs four men convicted of drug trafficking",
        "Iran hanged four men at a prison in Karaj on Wednesday after they were convicted of trafficking large amounts of heroin and methamphetamine, a rights group said. Drug offences account for a large share of executions in Iran. The European Union called on Tehran to halt the use of the death penalty. Amnesty International said hundreds of people were executed in Iran last year.",
        "crime",
    ),
    (
        "Iran executes man convicted of killing Basij member during protests",
        "Iran executed a man convicted by a revolutionary court of killing a member of the Basij militia during last year's protests, the judiciary's Mizan news agency said. Rights groups said his confession was obtained under torture and that he had no access to a lawyer of his choice. The execution was carried out in Karaj prison at dawn.",
        "crime",
    ),
    (
        "Saudi Arabia executes 81 men convicted of terrorism offences",
        "Saudi Arabia executed 81 men on Saturday who had been convicted of offences including terrorism and belonging to militant groups, the state news agency SPA said. It said they had been tried in courts with the right to a lawyer. Rights groups said some had been convicted over protests in the Eastern Province.",
        "crime",
    ),
    (
        "Egyptian court upholds death sentences for Brotherhood leaders",
        "Egypt's Court of Cassation upheld death sentences for 12 senior Muslim Brotherhood figures on Monday over the violence that followed the clearing of a Cairo sit-in. The ruling is final and can only be commuted by the president. Defence lawyers said the mass trial did not meet basic standards.",
        "crime",
    ),
    (
        "Iraqi court sentences police officer to death for killing Kut protesters",
        "A criminal court in Wasit sentenced a police officer to death for killing protesters in Kut during the demonstrations of 2019, the judiciary said on Sunday. The officer was convicted of ordering his men to fire on a crowd. Families of the victims welcomed the verdict, but said senior commanders had not been charged.",
        "crime",
    ),
    (
        "Depositor holds Beirut bank staff at gunpoint to get his savings",
        "A man armed with a shotgun held staff and customers of a Beirut bank hostage for several hours on Thursday, demanding his own savings to pay for his father's hospital bills, security sources said. He surrendered after the bank agreed to hand over part of the money. Crowds outside cheered him as a hero.",
        "crime",
    ),
    (
        "Baghdad police free businessman held by kidnapping gang",
        "Iraqi police freed a businessman who had been held for ten days by a kidnapping gang demanding a ransom of $500,000, the interior ministry said on Tuesday. Four members of the gang were arrested in a house in the Husseiniya area. The ministry said the gang had carried out kidnappings for money since last year.",
        "crime",
    ),
    (
        "Libyan authorities arrest traffickers and free migrants in Zuwara",
        "Libyan security forces raided warehouses in the coastal town of Zuwara, arresting five suspected traffickers and freeing more than 100 migrants held for ransom, the interior ministry said. Some migrants showed signs of beating. The suspects will face charges of human trafficking and torture. The freed migrants were taken to a reception centre in Tripoli.",
        "crime",
    ),
    (
        "Tunisian customs arrest fuel smugglers near Ras Jedir",
        "Tunisian customs and national guard units seized fuel, cigarettes and electronics worth millions of dinars from smugglers near the Ras Jedir crossing with Libya, and arrested 11 people. Smugglers had driven pick-ups across desert tracks to avoid the crossing. Traders in Ben Guerdane complain that the clampdown has cut their income.",
        "crime",
    ),
    (
        "Moroccan police seize 20 tonnes of cannabis resin in Tangier port",
        "Moroccan police seized 20 tonnes of cannabis resin hidden in a lorry carrying vegetables bound for Europe at Tanger Med port, the national security directorate said. Three people were arrested, including the driver. It was one of the largest seizures of the year.",
        "crime",
    ),
    (
        "Basra police officer wounded in shootout with crystal meth dealers",
        "A police officer was wounded in an exchange of fire with drug dealers during a raid on a house in Basra's Hayaniya district, police said on Friday. Six suspects were arrested and two kilograms of crystal methamphetamine seized. Basra police say crystal meth trafficking across the Iranian border has grown rapidly.",
        "crime",
    ),
    (
        "University student stabbed to death outside Mansoura campus",
        "A university student was stabbed to death outside the gates of Mansoura University on Monday by a fellow student whose marriage proposal she had rejected, the public prosecution said. The attack, filmed by passers-by, caused outrage across Egypt. The suspect was arrested at the scene and will be tried for premeditated murder.",
        "crime",
    ),
    (
        "Gunman kills relatives in Zarqa over inheritance dispute",
        "A man shot dead three relatives and wounded two others in Zarqa on Sunday during a quarrel over an inheritance, Jordan's public security directorate said. He fled and was arrested hours later at a friend's house. The weapon, an unlicensed pistol, was seized.",
        "crime",
    ),
    (
        "Erbil police break up car theft ring",
        "Police in Erbil arrested seven members of a gang that stole cars in the Kurdistan Region and sold them in Mosul and Kirkuk with forged documents, the Erbil security directorate said. Twelve stolen vehicles were recovered.",
        "crime",
    ),
]
