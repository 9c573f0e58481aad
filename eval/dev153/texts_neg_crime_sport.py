"""dev153 hard negatives (1 of 5): crime (knife crime, gangland and drug
shootings, a mafia trial, spy and sabotage trials, a mass shooting) and sport (match reports,
hooligans, fines, an assault on a referee)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Teenager stabbed to death at bus stop in south London, the capital's 11th "
        "youth killing this year",
        "A 16-year-old boy has died after being stabbed at a bus stop in Thornton "
        "Heath, south London, the 11th teenager to be killed in the capital this "
        "year. Officers were called to Brigstock Road shortly after 3.30pm on "
        "Tuesday, as pupils from nearby schools were making their way home, and "
        "found the boy with serious injuries. He was pronounced dead at the scene "
        "despite the efforts of paramedics and an air ambulance crew. Two boys, "
        "aged 15 and 17, were arrested nearby on suspicion of murder and remain in "
        "custody, the Metropolitan police said. Detectives believe the victim and "
        "his attackers knew each other and that the stabbing followed a dispute on "
        "social media. A section 60 order, which gives officers extra powers to "
        "stop and search, has been put in place across the borough until Wednesday "
        "morning. The victim's family described him as \"a gentle, funny boy who "
        'wanted to be a footballer." Knife crime offences in England and Wales rose '
        "by 4% in the year to March, according to the Office for National "
        "Statistics, with London accounting for almost a third of the total. "
        "Campaigners said cuts to youth services had left young people with nowhere "
        "to go after school. The Mayor of London, Sadiq Khan, said every death was "
        '"a tragedy for a family and for our city." A vigil will be held at the bus '
        "stop on Thursday evening.",
        "crime",
    ),
    (
        "Man shot dead in Finglas in suspected gangland attack linked to drugs feud",
        "A man in his 30s has been shot dead in Finglas, north Dublin, in what "
        "gardaí believe was a targeted attack linked to a feud between rival drug "
        "gangs. The man was sitting in a parked car outside a house at around "
        "10.15pm on Saturday when a gunman approached on foot and fired several "
        "shots through the driver's window. He was treated at the scene by "
        "paramedics but was pronounced dead a short time later. A burnt-out car was "
        "found in the Dunsink area about an hour after the shooting, and gardaí are "
        "examining whether it was used by the killer. The victim was known to "
        "gardaí and had survived a previous attempt on his life in 2022, sources "
        "said. It is the third fatal shooting in the Dublin region this year. The "
        "senior investigating officer appealed to anyone with dashcam footage from "
        "the area to come forward. Senior gardaí have repeatedly warned that young "
        'men are being recruited by criminal gangs to carry out "low-cost" hits, '
        "often for a few thousand euro.",
        "crime",
    ),
    (
        "'Ndrangheta maxi-trial ends with more than 200 convictions in Lamezia "
        "Terme bunker courtroom",
        "(ANSA) - LAMEZIA TERME, NOVEMBER 20 - A court in Calabria on Monday "
        "convicted more than 200 defendants and acquitted over 100 at the end of "
        "the biggest trial against the 'Ndrangheta in decades, known as Rinascita "
        "Scott. The presiding judge took more than an hour to read out the verdict "
        "in the purpose-built bunker courtroom in Lamezia Terme, converted from a "
        "call centre to hold hundreds of defendants, lawyers and witnesses. The "
        "sentences total more than 2,000 years and include a long prison term for a "
        "former lawyer and centre-right politician convicted of external "
        "participation in a mafia association. The defendants faced charges "
        "including mafia association, murder, drug trafficking, extortion and usury "
        "linked to the Mancuso clan of Vibo Valentia. The investigation, led by the "
        "Catanzaro prosecutor's office, began with more than 300 arrests in a "
        "night-time raid in December 2019. Interior Minister Matteo Piantedosi "
        'spoke of "a very important result for the state." Lawyers for several of '
        "the convicted said they would appeal. The 'Ndrangheta is considered "
        "Italy's most powerful crime syndicate and controls much of the cocaine "
        "entering Europe.",
        "crime",
    ),
    (
        "Marseille: teenager killed in drug-trafficking shooting, the city's 15th "
        "'narcomicide' this year",
        "A 15-year-old boy was shot dead on Wednesday night at the foot of a "
        "housing block in the Félix-Pyat estate in Marseille's 3rd arrondissement, "
        "the city's 15th drug-related killing since the start of the year, "
        "according to the public prosecutor's office. Several shots were fired from "
        "a car at a group of young men standing near a drug dealing point, and the "
        "victim was hit in the chest. A second young man, aged 19, was seriously "
        "injured. The Marseille prosecutor said investigators were looking into a "
        "possible settling of scores between the DZ Mafia and the Yoda gang, which "
        "have been fighting for control of the city's most lucrative dealing "
        "points. Teenagers recruited on social networks are increasingly used as "
        "lookouts, sellers and sometimes as hired killers, for a few thousand "
        "euros, he said. In 2023, 49 people were killed in drug-related violence in "
        "the Bouches-du-Rhône department, a record. The interior minister announced "
        "the deployment of an additional company of riot police to the northern "
        "districts. Local residents' associations have called a march on Saturday "
        'to demand that the state "take back" the estates. "We no longer let our '
        'children go down to the courtyard," said a mother of three who has lived '
        "on the estate for 20 years. The victim's family said he had left school "
        "last year and had no criminal record. Police have not made any arrests.",
        "crime",
    ),
    (
        "Polish court sentences 14 members of Russian spy ring that planned to "
        "derail aid trains to Ukraine",
        "A court in Lublin has sentenced 14 people to prison for spying on behalf "
        "of Russia, including preparing to sabotage railway lines used to deliver "
        "military aid to Ukraine. The defendants, most of them Ukrainian and "
        "Belarusian citizens, pleaded guilty and were given sentences of between "
        "one and six years, the regional court said on Friday. Prosecutors said the "
        "group had installed hidden cameras at railway junctions and near Rzeszów "
        "airport, the main hub for Western weapons deliveries to Ukraine, and "
        "transmitted the footage to Russian handlers. Some members had also been "
        "tasked with planning the derailment of trains and with putting up "
        "pro-Russian posters in Polish cities. The group was recruited through "
        "Telegram and paid in cryptocurrency, according to the Internal Security "
        "Agency (ABW), which broke up the network in March. None of the planned "
        "acts of sabotage was carried out. Poland has detained dozens of people "
        "accused of working for Russian intelligence since the start of the "
        "full-scale invasion, and the government has warned of an intensifying "
        '"hybrid war" waged by Moscow.',
        "crime",
    ),
    (
        "Vilnius court opens trial of Ukrainians accused of IKEA arson on behalf of "
        "Russian military intelligence",
        "The Vilnius Regional Court on Tuesday began hearing the case of two "
        "Ukrainian citizens accused of setting fire to the IKEA store in Vilnius in "
        "May 2024 on the orders of Russia's military intelligence service, the GRU. "
        "Prosecutors say the men, who were 17 and 19 at the time, left an "
        "incendiary device disguised as a parcel in the store and fled, causing a "
        "fire that was put out within minutes. No one was injured, but the damage "
        "was estimated at €120,000. According to the indictment, they were "
        "recruited via Telegram, paid $10,000 and had also been asked to scout a "
        "second target in Latvia. One of the defendants has admitted most of the "
        "charges, while the other says he did not know who had commissioned the "
        "job. Prosecutors have classed the case as an act of terrorism commissioned "
        "by a foreign state, and the defendants face up to 20 years in prison. "
        "Lithuania's State Security Department said in its annual threat assessment "
        'that Russia was increasingly using "disposable agents" recruited online '
        "for sabotage in the Baltic states. The trial is expected to last several "
        "months.",
        "crime",
    ),
    (
        "Two Guardia Civil officers killed after narco boat rams patrol in Barbate harbour",
        "Two Guardia Civil officers died on Friday night when a high-speed boat "
        "used by drug traffickers rammed the small inflatable in which they were "
        "patrolling the harbour of Barbate, in the province of Cádiz. A third "
        "officer was seriously injured and a fourth suffered minor injuries. Videos "
        "recorded by onlookers on the quayside, some of whom can be heard cheering "
        "on the smugglers, show the powerful narco launch circling before it drove "
        "at full speed over the police boat. The six occupants of the vessel fled, "
        "but several of them were arrested the next day in Sanlúcar de Barrameda, "
        "Interior Minister Fernando Grande-Marlaska said. The police associations, "
        "which have long complained of a lack of resources to fight drug "
        "trafficking in the Strait of Gibraltar, said the officers had been sent "
        "out in a boat that was too small and unprotected. The Campo de Gibraltar "
        "and the mouth of the Guadalquivir are the main entry points for hashish "
        "from Morocco into Europe. Thousands of people attended the funerals in "
        "Madrid and Cádiz on Sunday.",
        "crime",
    ),
    (
        "Montenegro declares mourning after gunman kills 12 in Cetinje shooting spree",
        "Montenegro declared three days of national mourning on Thursday after a "
        "gunman killed 12 people, including two children, in a shooting spree in "
        "the old royal capital of Cetinje. Police said the 45-year-old attacker "
        "opened fire in a bar on Wednesday evening after a quarrel, killing four "
        "people, and then went to three other locations where he shot dead "
        "relatives and acquaintances. He shot himself when police surrounded him in "
        "a nearby village several hours later, and died on the way to hospital. "
        "Four more people were wounded. The police director said the man had a "
        "history of violent behaviour and had previously been convicted of illegal "
        "possession of weapons. Prime Minister Milojko Spajić announced a ban on "
        "the issue of new gun licences and an amnesty for people who hand in "
        "illegal weapons. It was the country's second mass shooting in less than "
        "three years; in August 2022, a man killed 10 people in the same town. "
        "Montenegro has one of the highest rates of gun ownership in Europe, with "
        "an estimated 250,000 legal and illegal weapons in private hands. Hundreds "
        "of people gathered in the centre of Cetinje on Friday evening to demand "
        "the resignation of the interior minister and the police director. The "
        "government said it would review security procedures for the issue of "
        "weapons permits.",
        "crime",
    ),
    (
        "Arsenal's firepower deserts them as PSG take first-leg lead in Champions League clash",
        "For half an hour Arsenal looked like a side in a hurry, pressing high and "
        "pinning Paris Saint-Germain back, but they ended the night chasing shadows "
        "and trailing by a single goal. Ousmane Dembélé's strike after four "
        "minutes, a low shot from the edge of the box, proved enough for the French "
        "champions, who defended with the discipline of a side that had learned "
        "from last season's exits. Mikel Arteta's attack never found its rhythm "
        "after the opening salvo: Gabriel Martinelli shot wide twice and Leandro "
        "Trossard's effort was blocked on the line. Gianluigi Donnarumma, so often "
        "the villain of these occasions, was outstanding, tipping a header from "
        'Mikel Merino over the bar. "We had them under siege for 20 minutes, but '
        'you have to score in those moments," Arteta said. Arsenal travel to the '
        "Parc des Princes next week needing to win by two goals to reach the final "
        "in Munich. The home fans left in frustrated silence, several of them "
        "booing the referee over a penalty that was not given.",
        "sport",
    ),
    (
        "Legia Warsaw fans clash with police in Birmingham after being refused "
        "entry to Aston Villa match",
        "Legia Warsaw supporters clashed with police outside Villa Park on Thursday "
        "night after the English club refused to admit them to a Conference League "
        "match, saying the Polish club had failed to comply with its ticketing "
        "conditions. West Midlands Police said missiles, including bottles, flares "
        "and seats, were thrown at officers, five of whom were injured, and a "
        "police horse was hurt. Forty-six people were arrested. Legia had been "
        "allocated 1,000 tickets, but Aston Villa said the Polish club had not "
        "provided the names of the holders as required by the local safety advisory "
        'group. Legia\'s president called the decision "scandalous" and said fans '
        'with tickets had been treated "like criminals." Poland\'s sports minister '
        "wrote on social media that he had asked the foreign ministry to help the "
        "detained fans. Aston Villa won the match 2-1. UEFA later opened "
        "disciplinary proceedings against both clubs. Legia supporters were also "
        "involved in clashes with police in Alkmaar, in the Netherlands, earlier in "
        "the autumn. The Polish club was fined €100,000 and banned from selling "
        "tickets to its fans for its next away match. Legia's supporters' "
        "association said the fans had been provoked by heavy-handed policing.",
        "sport",
    ),
    (
        "UEFA fines Albanian and Serbian federations over nationalist banners and "
        "chants at Euro 2024",
        "European football's governing body UEFA has fined the football federations "
        "of Albania and Serbia over nationalist banners and chants by their fans at "
        "Euro 2024 in Germany. Serbia's federation was fined €10,000 over a banner "
        'showing a map of Kosovo as part of Serbia with the words "No surrender" '
        "during the group match against England in Gelsenkirchen. Albania was fined "
        'a total of €47,000, partly for a banner displaying a map of "Greater '
        'Albania" and for chants targeting Serbs during the game against Croatia in '
        "Hamburg, in which Croatian fans also joined. UEFA's Control, Ethics and "
        "Disciplinary Body said both federations must also pay for the throwing of "
        "objects and the use of pyrotechnics. The Serbian federation had threatened "
        "to withdraw from the tournament over the chants, saying UEFA was failing "
        "to punish them. An Albanian striker was banned for two matches after "
        "leading fans in chants against North Macedonia and Serbia through a "
        "megaphone after the match. Both teams were eliminated in the group stage.",
        "sport",
    ),
    (
        "Süper Lig suspended after Ankaragücü president punches referee at end of match",
        "The Turkish Football Federation (TFF) suspended all league matches "
        "indefinitely on Tuesday after MKE Ankaragücü president Faruk Koca punched "
        "referee Halil Umut Meler in the face at the end of his team's 1-1 draw "
        "with Çaykur Rizespor. Television footage showed Koca running onto the "
        "pitch after the final whistle and striking Meler, who fell to the ground "
        "and was then kicked by other people as players tried to protect him. Meler "
        "was taken to hospital with a fracture near his eye. Koca and two others "
        "were detained, and a court later ordered them to be arrested pending "
        "trial. President Recep Tayyip Erdoğan called the referee and condemned "
        'what he called an attack on "the spirit of sport." Koca resigned as club '
        "president and apologized, saying he had acted in a moment of rage over the "
        'refereeing. The TFF chairman described the night as "a night of shame for '
        'Turkish football" and said referees had been subjected to violence and '
        "threats at all levels of the game. The league is due to resume next week.",
        "sport",
    ),
    (
        "Georgia qualifies for first major tournament after penalty shootout win over Greece",
        "Georgia's national football team has qualified for its first major "
        "international tournament after beating Greece 4-2 on penalties in the Euro "
        "2024 play-off final in Tbilisi on Tuesday night. The match at the Boris "
        "Paichadze Dinamo Arena ended goalless after extra time, with goalkeeper "
        "Giorgi Mamardashvili making two crucial saves in normal time. Nika "
        "Kvekveskiri scored the decisive spot kick, sparking celebrations that "
        "lasted until dawn on Rustaveli Avenue and in cities across the country. "
        "Head coach Willy Sagnol, a former France defender, said his players had "
        '"made history for a whole nation." Napoli winger Khvicha Kvaratskhelia, '
        "who was substituted late in extra time, was in tears after the final "
        "penalty. The government announced that every player would receive a bonus "
        "and that Wednesday would be a day off for public sector employees. Georgia "
        "will play Turkey, Portugal and the Czech Republic in Group F in Germany "
        "this summer. It is the first time the country has reached a major "
        "tournament since it regained independence in 1991. Fans had queued for "
        "tickets for more than a day, and the national federation said demand for "
        'Euro 2024 tickets from Georgian supporters had crashed its website. "This '
        'is what we dreamed about for 30 years," said Levan, a 42-year-old taxi '
        "driver who had waved a flag on Rustaveli Avenue until morning.",
        "sport",
    ),
    (
        "Napoli beat Lecce to keep three-point lead in Serie A title battle with Inter",
        "(ANSA) - NAPLES, MAY 11 - Napoli kept their three-point lead over Inter at "
        "the top of Serie A with a hard-fought 1-0 win at Lecce on Sunday, leaving "
        "Antonio Conte's side two wins away from the title with two rounds to go. "
        "Giovanni Di Lorenzo headed in the winner from a corner just before "
        "half-time, and Napoli then had to withstand a second half of sustained "
        "pressure as Lecce, fighting relegation, threw players forward. Goalkeeper "
        "Alex Meret made three fine saves, the last of them in stoppage time from "
        'close range. "We suffered, but this team knows how to defend when it has '
        'to," Conte told DAZN. Earlier, Inter had kept up the pressure with a 2-0 '
        "win over Torino at San Siro, despite resting several players ahead of the "
        "Champions League final. Inter coach Simone Inzaghi said the title race was "
        '"not over until the last whistle." Around 10,000 Napoli supporters '
        "followed the team to Salento, and celebrations broke out in the streets of "
        "Naples after the final whistle. Lecce remain 17th, one point above the "
        "relegation zone.",
        "sport",
    ),
]
