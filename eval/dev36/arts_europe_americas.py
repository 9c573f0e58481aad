"""dev36 excerpts: Europe and the Americas."""

from figset import F

F(
    "Missile hits Dnipro apartment block",
    "DNIPRO, Ukraine - A Russian missile strike on a residential building in Dnipro killed [[at least 40 people|killed;a=regional governor Serhiy Lysak;alt=Serhiy Lysak]], including [[three children|killed;a=regional governor Serhiy Lysak;alt=Serhiy Lysak]], and injured [[75|injured;a=regional governor Serhiy Lysak;alt=Serhiy Lysak]], regional governor Serhiy Lysak said on Monday. "
    "Rescuers were still searching the rubble for [[34 people|missing]], and [[about 400 residents|displaced]] of the block were moved to a school nearby.",
)

F(
    "Donetsk orders children out",
    "Authorities ordered the mandatory evacuation of families with children from [[10 towns and villages|other;n=towns and villages;a=regional governor Vadym Filashkin;alt=Vadym Filashkin]] in Donetsk region, where [[about 2,000 children|civilians;a=regional governor Vadym Filashkin;alt=Vadym Filashkin]] still live, regional governor Vadym Filashkin said. "
    "[[Some 1,300 people|displaced]] left by train from Pokrovsk last week.",
)

F(
    "Prisoner swap brokered by UAE",
    "KYIV - Russia and Ukraine exchanged [[95 prisoners|other]] of war each on Friday in a deal brokered by the United Arab Emirates, the {{58th}} such swap since the invasion began. "
    "Ukraine's coordination headquarters said [[more than 3,700 Ukrainians|other;a=Ukraine's coordination headquarters]] had now been brought home in swaps, and that [[about 8,000|arrested;a=Ukraine's coordination headquarters]] remained in Russian captivity.",
)

F(
    "Ukrainian refugees in Europe",
    "[[About 6.8 million refugees|displaced;a=UNHCR]] from Ukraine are recorded across Europe, according to UNHCR, and [[about 3.7 million people|displaced;a=UNHCR]] are displaced inside the country. "
    "Germany hosts [[1.2 million|displaced]], and Poland [[about 980,000|displaced]].",
)

F(
    "Russia evacuates Kursk border districts",
    "MOSCOW - Russia said it had evacuated [[more than 121,000 people|displaced;a=Russia]] from border districts of Kursk region after Ukrainian troops crossed the border, and that [[2,000|displaced;a=Russia]] had been moved from Belgorod. "
    "The governor said [[12 civilians|killed;a=The governor]] had been killed and [[121|injured;a=The governor]] wounded.",
)

F(
    "Kakhovka dam floods settlements",
    "KHERSON, Ukraine - The collapse of the Kakhovka dam flooded [[about 80 settlements|other;u=other;a=officials]], forcing [[around 3,600 people|displaced;a=officials]] to leave their homes on the Ukrainian-held bank of the Dnipro, officials said. "
    "Volunteers in boats took [[hundreds|other]] off rooftops.",
)

F(
    "Pylos shipwreck",
    "KALAMATA, Greece - A fishing boat carrying [[as many as 750 migrants|displaced;a=Greek officials]] sank off Pylos, and the coast guard rescued [[104 people|other;a=Greek officials]] and recovered [[82 bodies|killed;a=Greek officials]], Greek officials said. "
    "Survivors said [[about 100 children|displaced;a=Survivors]] had been on board.",
)

F(
    "Canary Islands arrivals",
    "MADRID - [[More than 32,000 migrants|displaced;a=the Spanish interior ministry]] reached the Canary Islands by boat in the {{first nine months}} of the year, the Spanish interior ministry said, and the islands' reception centres, with room for [[6,000 people|capacity;a=the Spanish interior ministry]], were overflowing. "
    "[[About 5,000 unaccompanied minors|displaced]] are in the care of the regional government.",
)

F(
    "Record Channel crossings",
    "LONDON - A record [[882 people|displaced;a=the Home Office]] crossed the Channel in small boats on Saturday, the Home Office said, bringing the total for the year to [[20,100|displaced;a=the Home Office]]. "
    "[[At least 14 people|killed]] have died trying to make the crossing this year.",
)

F(
    "Third night of riots in France",
    "PARIS - Police arrested [[1,311 people|arrested;a=the interior ministry]] overnight as riots spread across France for a {{third night}}, the interior ministry said, and [[1,350 vehicles|other;a=the interior ministry]] were burned. "
    "[[About 45,000 police|combatants]] were deployed, and [[79 officers|injured]] were hurt.",
)

F(
    "Valencia flood toll",
    "VALENCIA, Spain - The death toll from the floods in Valencia rose to [[217|killed;a=the regional government]] on Monday, the regional government said, and [[89 people|missing;a=the regional government]] were still listed as missing. "
    "[[About 7,500 soldiers and police|combatants;n=soldiers and police]] are taking part in the search.",
)

F(
    "Rhodes wildfire evacuations",
    "Firefighters evacuated [[about 1,200 residents and tourists|displaced;n=residents and tourists;a=the civil protection ministry]] from seaside villages on Rhodes as a wildfire burned for a {{sixth day}}, and [[19,000 people|displaced;a=the civil protection ministry]] in all have been moved to safety, the civil protection ministry said.",
)

F(
    "Tbilisi protest detentions",
    "TBILISI - Georgian police detained [[293 protesters|arrested;a=the interior ministry]] in Tbilisi over {{four nights}} of demonstrations against the suspension of EU accession talks, the interior ministry said, and [[113 police officers|injured;a=the interior ministry]] were injured. "
    "The ombudsman said [[dozens of detainees|injured;a=The ombudsman]] showed signs of beatings.",
)

F(
    "Mobilisation protest arrests in Russia",
    "OVD-Info, a rights group, said police had detained [[at least 1,300 people|arrested;a=OVD-Info, a rights group;alt=OVD-Info]] in [[38 cities|other;u=other;a=OVD-Info, a rights group;alt=OVD-Info]] at protests against the mobilisation on Wednesday. "
    "[[More than 500|arrested]] were held in Moscow alone.",
)

F(
    "Haiti gang violence toll",
    "PORT-AU-PRINCE - Gang violence killed [[at least 5,601 people|killed;a=the UN human rights office]] in Haiti last year, the UN human rights office said, and displaced [[more than 1 million|displaced;a=the IOM]], according to the IOM. "
    "[[About 2,200 people|injured]] were wounded and [[1,494|kidnapped]] kidnapped. "
    "In one case, gang members seized [[14 members|kidnapped;a=police]] of a church group, including [[five children|kidnapped;a=police]], east of the capital and demanded {{$500,000 each}} for their release, police said.",
)

F(
    "Pont-Sondé massacre",
    "Gang members killed [[at least 115 people|killed;a=the UN]] in an attack on Pont-Sondé, the UN said. "
    "[[About 6,270 residents|displaced]] fled to nearby Saint-Marc, where many are sleeping in [[10 makeshift sites|capacity]].",
)

F(
    "Kenyan police reinforce Haiti mission",
    "A {{second contingent}} of [[200 Kenyan police officers|combatants]] arrived in Port-au-Prince on Tuesday, bringing the multinational mission to [[about 400 officers|combatants]]. "
    "Kenya has pledged to send [[1,000|combatants;p;a=Kenya]].",
)

F(
    "Sinaloa cartel war",
    "CULIACAN, Mexico - [[More than 1,200 people|killed;a=state prosecutors' data]] have been killed and [[1,400|missing;a=state prosecutors' data]] reported missing in Sinaloa since rival factions of the Sinaloa cartel began fighting in September, according to state prosecutors' data. "
    "[[About 500 families|displaced]] have left villages in the hills around the state capital.",
)

F(
    "Chiapas migrant detentions",
    "TAPACHULA, Mexico - Mexican authorities detained [[1,500 migrants|arrested;a=the National Migration Institute]] in the southern state of Chiapas last week and bused them to other parts of the country, the National Migration Institute said. "
    "A caravan of [[about 3,000 people|displaced]], most of them Venezuelans, set out from Tapachula on Sunday.",
)

F(
    "Arauca clashes",
    "BOGOTA - Clashes between ELN guerrillas and FARC dissidents in Arauca have forced [[about 1,700 families|displaced;a=the ombudsman's office]] from their homes, the ombudsman's office said, and [[23 people|killed;a=the ombudsman's office]] have been killed since {{January 2}}. "
    "The army said it would send [[1,200 more soldiers|combatants;p;a=The army]].",
)

F(
    "Guayaquil prison battle",
    "GUAYAQUIL, Ecuador - [[At least 68 inmates|killed;a=the prisons agency]] were killed in a gun and knife battle between rival gangs at the Litoral penitentiary in Guayaquil, the prisons agency said, and [[25|injured;a=the prisons agency]] were wounded. "
    "The prison, built for [[5,300 inmates|capacity]], holds [[more than 8,000|arrested]].",
)

F(
    "Venezuela post-election arrests",
    "CARACAS - Venezuela's attorney general said [[2,229 people|arrested;a=Venezuela's attorney general]] had been arrested in the protests that followed the presidential election, and the rights group Foro Penal counts [[27 dead|killed;a=the rights group Foro Penal;alt=Foro Penal]]. "
    "[[Around 120 minors|arrested]] were among those held.",
)

F(
    "Venezuelan exodus",
    "[[About 7.9 million Venezuelans|displaced;a=the R4V platform of UN agencies]] have left the country since {{2014}}, and [[6.7 million|displaced;a=the R4V platform of UN agencies]] of them live in Latin America and the Caribbean, according to the {{R4V}} platform of UN agencies. "
    "[[Almost 520,000 people|displaced;a=the Panamanian government]] crossed the Darién jungle between Colombia and Panama last year, the Panamanian government said, among them [[113,000 minors|displaced;a=the Panamanian government]]. "
    "Panama's [[two reception stations|capacity;u=structure]] can take [[about 2,500 people a night|capacity]].",
)

F(
    "Milton leaves millions without power",
    "TAMPA, Florida - Hurricane Milton knocked out power to [[more than 3 million customers|civilians;a=officials]] in Florida and killed [[at least 16 people|killed;a=officials]], officials said. "
    "[[About 5.5 million people|displaced;p]] had been ordered to evacuate before it made landfall.",
)

F(
    "Canada sends troops to fire zone",
    "WINNIPEG - Wildfires have forced [[about 25,000 people|displaced;a=the defence minister]] from their homes in Manitoba and Saskatchewan, and the Canadian armed forces sent [[300 troops|combatants;a=the defence minister]] and [[four aircraft|other;a=the defence minister]] to help with evacuations, the defence minister said.",
)

F(
    "Border apprehensions",
    "US Border Patrol agents made [[249,785 apprehensions|arrested;a=Customs and Border Protection]] at the southwestern border in December, Customs and Border Protection said, a monthly record. "
    "In El Paso, shelters with room for [[1,200 people|capacity]] held [[about 2,000|displaced]].",
)

F(
    "Rio police raid",
    "RIO DE JANEIRO - A police operation against the Comando Vermelho gang in [[two Rio de Janeiro favelas|other;u=other;a=state authorities]] left [[at least 64 people|killed;a=state authorities]] dead, including [[four police officers|killed;a=state authorities]], state authorities said. "
    "[[About 2,500 police officers|combatants]] took part, and [[81 suspects|arrested]] were arrested.",
)

F(
    "Viña del Mar fires",
    "VINA DEL MAR, Chile - Wildfires around Viña del Mar killed [[at least 131 people|killed;a=the interior minister]] and destroyed [[about 14,000 homes|housing;a=the interior minister]], and [[370 people|missing;a=the interior minister]] were still missing on Wednesday, the interior minister said.",
)

F(
    "Peru protest deaths",
    "LIMA - [[Forty-eight people|killed;a=the ombudsman's office]] have died in clashes between protesters and security forces in Peru since December, the ombudsman's office said, most of them in the southern region of Puno. "
    "[[More than 1,200|injured;a=the ombudsman's office]] have been injured, it said.",
)

F(
    "Nicaragua frees political prisoners",
    "MANAGUA - Nicaragua released [[228 political prisoners|arrested]] on Thursday and flew them to Washington, stripping them of their citizenship. "
    "The rights group Mecanismo said [[35|arrested;a=The rights group Mecanismo;alt=Mecanismo]] remain in prison.",
)

F(
    "Karabakh exodus",
    "YEREVAN - [[More than 100,000 ethnic Armenians|displaced;a=the Armenian government]] have left Nagorno-Karabakh for Armenia in a week, the Armenian government said, out of a population of [[about 120,000|civilians;a=the Armenian government]]. "
    "[[About 2,000 people|displaced]] were still in hotels and schools in Goris on Sunday.",
)

F(
    "Crocus City Hall attack",
    "The death toll from the attack on the Crocus City Hall concert venue near Moscow rose to [[143|killed;a=the Investigative Committee]], the Investigative Committee said, and [[11 suspects|arrested;a=the Investigative Committee]], including [[four gunmen|arrested;a=the Investigative Committee]], have been detained.",
)

F(
    "ECB cuts rates",
    "FRANKFURT - The European Central Bank cut its deposit rate by {{25 basis points}} to {{3.25%}} on Thursday, its {{third cut}} this year, and said inflation would fall to {{2.2%}} in {{2025}}.",
)

F(
    "Norcia church reopens",
    "A {{1,000-year-old}} church damaged in the {{2016}} earthquake in Norcia reopened on Sunday after {{eight years}} of restoration costing {{€12 million}}.",
)

F(
    "Argentine inflation",
    "BUENOS AIRES - Argentina's annual inflation slowed to {{117.8%}} in October, the lowest since {{2022}}, and the peso traded at {{985 to the dollar}}.",
)

F(
    "WFP hot meals in Port-au-Prince",
    "The World Food Programme said it had served [[1.2 million hot meals|aid;a=The World Food Programme]] to displaced people in Port-au-Prince since March and plans to reach [[600,000 people|aid;p;a=The World Food Programme]] with cash this year. "
    "[[About 700,000 Haitians|displaced]] are displaced, {{half}} of them children.",
)

F(
    "Aid reaches Sumy border villages",
    "A UN convoy of [[14 trucks|aid;a=OCHA]] delivered food, water and medicine for [[about 6,000 people|aid;a=OCHA]] to Sumy region's border villages on Tuesday, OCHA said. "
    "[[About 11,000 people|civilians]] remain in the villages, most of them elderly.",
)

F(
    "Bosnia floods",
    "SARAJEVO - Floods and landslides killed [[at least 19 people|killed;a=the civil protection agency]] in central Bosnia, the civil protection agency said, and [[about 350 homes|housing;a=the civil protection agency]] were damaged in Jablanica and Kiseljak. "
    "[[Ten people|missing]] were still unaccounted for.",
)

F(
    "Ukrainian drone strike in Belgorod",
    "A Ukrainian drone hit a bus in Belgorod region, killing [[two people|killed;a=Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] and injuring [[nine|injured;a=Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]], Governor Vyacheslav Gladkov said. "
    "He said [[more than 4,000 children|displaced;a=Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] from border districts had been sent to summer camps elsewhere in Russia.",
)

F(
    "Ecuador state of emergency",
    "QUITO - Ecuador's president declared a {{60-day}} state of emergency after gangs took [[178 guards and prison staff|kidnapped;n=guards and prison staff;a=the prisons agency]] hostage in [[seven prisons|other;u=structure;a=the prisons agency]], the prisons agency said. "
    "Police said they had arrested [[329 people|arrested;a=Police]] in {{three days}}.",
)

F(
    "Lampedusa hotspot overflows",
    "LAMPEDUSA, Italy - [[More than 7,000 migrants|displaced;a=the Red Cross]] were crammed into the island's reception centre, which has room for [[about 400|capacity;a=the Red Cross]], the Red Cross said on Wednesday. "
    "Authorities plan to transfer [[3,000|displaced;p;a=Authorities]] to Sicily by ferry by Friday.",
)
