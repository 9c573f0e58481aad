"""dev370 negatives: the Valencia floods, wildfires, accidents, health, the Madrid derby, bulls."""

NEGATIVES = [
    (
        "DANA: death toll in Valencia rises to 211 as the search for the missing goes on",
        "The number of people killed by the storm that flooded dozens of towns south of Valencia "
        "has risen to 211, the regional emergency coordination centre said on Monday, and "
        "dozens of people are still listed as missing, Las Provincias and El País report. "
        "Divers of the Guardia Civil and the army are searching underground car parks in "
        "Aldaia, Paiporta and Alfafar, where many residents went to move their cars when the "
        "water arrived. The ravine of Poyo burst its banks on the afternoon of 29 October after "
        "more than 400 litres per square metre fell upstream in a few hours. Thousands of "
        "volunteers with brooms and shovels cross the Ciudad de las Ciencias bridge every "
        "morning towards the affected towns. The government has deployed 7,800 soldiers, the "
        'largest deployment of the armed forces in peacetime. "It looks like a war zone," '
        "said the mayor of Paiporta, Maribel Albalat. Some 120,000 cars were destroyed, "
        "according to the insurers' compensation consortium.",
        "disaster",
    ),
    (
        "Over 100,000 march in Valencia to demand Mazón's resignation over the flood response",
        "More than 130,000 people, according to the government delegation, marched through the "
        "centre of Valencia on Saturday to demand the resignation of the regional president, "
        "Carlos Mazón, over his handling of the floods that killed more than 200 people, EFE "
        'reports. Many demonstrators carried mud-stained boots and placards reading "Our hands '
        'are stained with mud, yours with blood". The march, called by more than a hundred '
        "associations and unions, ended in front of the Generalitat palace. The organisers "
        "read out a manifesto criticising the delay of the mobile phone alert, which arrived "
        "when many towns were already under water. The police reported no serious incidents, "
        "and the march broke up peacefully after the speeches. Mazón has said he will not "
        "resign and has blamed the state agencies for the lack of information. A second "
        "protest is planned for the end of the month.",
        "protest",
    ),
    (
        "Valencia and Madrid trade blows over the flood: 'a political war over the mud'",
        "The dispute between the Valencian regional government and Pedro Sánchez's executive "
        "over who is to blame for the delayed flood alert has turned into an all-out political "
        "war, ABC writes. In the regional parliament on Thursday, Carlos Mazón again accused the "
        "Júcar river authority and the State Meteorological Agency of failing to warn him, "
        "while the Ecological Transition Minister, Teresa Ribera, replied from Brussels that the "
        "red alert had been issued in the morning. The investigating judge in Catarroja has "
        "summoned Mazón's former emergencies councillor as a suspect for manslaughter. The "
        "opposition PSPV and Compromís tabled a motion of censure that has no chance of "
        "passing. The PP leadership in Madrid has so far stood by Mazón, while the Socialists "
        'call his account of the afternoon of 29 October "a lie". Relatives of the victims '
        "will appear as private prosecutors in the case.",
        "politics",
    ),
    (
        "Pedrógão Grande: 64 dead in Portugal's deadliest forest fire",
        "At least 64 people have died in the fire that broke out on Saturday afternoon in "
        "Pedrógão Grande, in the district of Leiria, most of them trapped in their cars on the "
        "EN236-1 road as they tried to escape the flames, the Portuguese government said. More "
        "than 2,000 firefighters, backed by aircraft sent by Spain, France and Italy, are "
        "fighting the fire, which has burned more than 30,000 hectares and spread to "
        "Figueiró dos Vinhos and Castanheira de Pera, Público reports. The Judicial Police "
        "believe the fire was started by a lightning strike on a tree during a dry storm. "
        "Prime Minister António Costa declared three days of national mourning and said it "
        'was "the greatest human tragedy" the country had known in years. Hundreds of people '
        "have been evacuated from villages in the area and sheltered in sports halls. The "
        "Portuguese Red Cross has launched an appeal for blood donations.",
        "disaster",
    ),
    (
        "'A war against the fire': Ourense and León fight the worst wildfires in decades",
        "More than 100,000 hectares have burned in a week in the provinces of Ourense and León, "
        "where dozens of fires started by dry storms and, according to the Guardia Civil, some "
        "arsonists, are still out of control, El País reports. Four people have died, among "
        "them a volunteer firefighter in Tres Cantos and a man trying to save his farm. The "
        "military emergencies unit, UME, has deployed some 1,400 soldiers, and the Interior "
        "Ministry has requested firefighting planes from the European Civil Protection "
        'Mechanism. "This is a war against the fire and we are losing it," said the mayor of '
        "a village in the Valdeorras valley. High-speed trains between Madrid and Galicia have "
        "been suspended for days because of smoke over the tracks. The regional governments of "
        "Galicia and Castilla y León and the central government accuse each other of failing "
        "to prevent the disaster. Thousands of residents have been evacuated to sports halls.",
        "disaster",
    ),
    (
        "Madeira fire: flames reach the Pico Ruivo laurel forest after ten days",
        "The fire that broke out ten days ago in the Serra de Água, on the island of Madeira, "
        "has reached the area of Pico Ruivo and is threatening the Laurisilva forest, a UNESCO "
        "world heritage site, Expresso reports. About 5,000 hectares have burned, according to "
        "the European Copernicus system. The regional government, led by Miguel Albuquerque, "
        "was criticised for waiting several days before accepting help from the mainland, and "
        "a Canadair aircraft arrived only on Friday. Around 200 people were evacuated from "
        "homes in Curral das Freiras and the Ribeira Brava area as a precaution and have already "
        "returned. No one has been killed, but the island's hiking trails are closed. The Judicial "
        "Police suspect the fire was started deliberately. Hotel owners fear cancellations at "
        "the height of the tourist season.",
        "disaster",
    ),
    (
        "Guardia Civil arrests a suspected arsonist behind eleven fires in the Ribeira Sacra",
        "The Guardia Civil has arrested a 67-year-old man in the municipality of Chandrexa de "
        "Queixa, in Ourense, on suspicion of starting eleven forest fires this summer, the "
        "government delegation in Galicia said on Tuesday. Officers had been watching the "
        "suspect for weeks after neighbours reported seeing him drive along forest tracks "
        "shortly before several of the fires began. The investigators found lighters and "
        "incendiary devices made with candles and matches in his car. He is charged with "
        "eleven counts of arson and will appear before a judge in Ourense. The fires he is "
        "accused of starting burned some 900 hectares of pine and chestnut woods, La Voz de "
        "Galicia reports. Galicia recorded more than 2,000 forest fires last year, about half of "
        "them started deliberately, according to the Xunta. The man has no criminal record.",
        "crime",
    ),
    (
        "La Palma volcano: lava reaches the sea and 6,000 residents remain evacuated",
        "The lava from the Cumbre Vieja volcano reached the Atlantic on Tuesday night at the "
        "Playa Nueva cliff, ten days after the eruption began, forming a new delta and "
        "releasing clouds of toxic gas, EFE reports. The authorities confined residents of "
        "four neighbourhoods of Tazacorte to their homes as a precaution. More than 600 houses, "
        "a school and hundreds of hectares of banana plantations have been swallowed by the "
        "lava, and about 6,000 people have been evacuated, some of them to a military barracks "
        "and to hotels in Fuencaliente. Scientists of the National Geographic Institute say "
        "there is no sign the eruption will stop soon. The King and Queen visited the island "
        "and met families who lost everything. The government has declared La Palma a disaster "
        "area and promised 206 million euros in aid.",
        "disaster",
    ),
    (
        "Elevador da Glória derails in Lisbon, killing 16 people",
        "Sixteen people died and about twenty were injured on Wednesday evening when one of the "
        "cars of the Glória funicular, one of Lisbon's tourist symbols, came off its track and "
        "crashed into a building at a bend on the steep street that links Restauradores and "
        'Bairro Alto, Público reports. Witnesses said the car descended at high speed, "like a '
        'runaway", before hitting the wall. Several foreign tourists are among the dead, '
        "including Britons, Germans and Koreans, as well as a brakeman of the municipal company "
        "Carris. The preliminary report of the aviation and rail accident investigation office "
        "points to the failure of the cable that links the two cars. The Lisbon mayor, Carlos "
        "Moedas, declared three days of municipal mourning, and the government declared a day "
        "of national mourning. The city's other funiculars have been shut down for inspection.",
        "accident",
    ),
    (
        "Alvia crash: driver and former Adif security chief sentenced to two and a half years",
        "A court in Santiago de Compostela has sentenced the driver of the Alvia train that "
        "derailed at the Angrois bend in July 2013, and Adif's former head of traffic safety, "
        "to two and a half years in prison for 79 counts of reckless homicide, El País reports. "
        "The judge concludes that the driver was speaking on the phone with the train's "
        "controller and was travelling at 179 kilometres an hour on a curve limited to 80. She "
        "also holds Adif responsible for putting the line into service without assessing the "
        "risk of that curve. The victims' platform, which fought for a decade to have the "
        "rail manager judged, welcomed the verdict. Renfe and the insurer QBE will have to pay "
        "more than 25 million euros in compensation to the 143 injured and the families of "
        "the dead. Both defendants can appeal. The driver, who has always admitted his distraction, asked the families for forgiveness at the trial.",
        "accident",
    ),
    (
        "Cayuco capsizes off El Hierro as it docks: seven migrants drown",
        "Seven people died on Wednesday night when an overcrowded cayuco capsized in the port of "
        "La Restinga, on El Hierro, just as it was being moored next to a Maritime Rescue boat, "
        "EFE reports. The vessel, carrying about 160 people who had left Mauritania nine days "
        "earlier, tipped over when passengers rushed to one side. Rescuers and residents jumped "
        "into the water to pull people out, and the dead include four women and a girl. The "
        'Canary Islands\' president, Fernando Clavijo, called it "a tragedy foretold" and again '
        "asked Madrid and Brussels for help receiving migrants. More than 46,000 people reached "
        "the Canaries by sea last year, the highest figure on record. The NGO Caminando "
        "Fronteras says thousands more died on the Atlantic route. The survivors were taken to a tent set up by the Red Cross on the quay.",
        "accident",
    ),
    (
        "Spain becomes the European country with the most mpox cases",
        "Spain has recorded 2,447 confirmed cases of mpox, more than any other European country, "
        "the Health Ministry said on Tuesday, and a man has died of encephalitis associated "
        "with the disease in Valencia, El Mundo reports. Most of the infections are in men who "
        "have sex with men, and Madrid, Catalonia and Andalusia account for the majority. The "
        "ministry has received 5,300 doses of the vaccine from the European Union and will "
        "give priority to close contacts and people at high risk. The World Health Organization "
        "declared the outbreak a public health emergency of international concern on Saturday. "
        "Associations of LGTBI people warned against stigmatising the community and asked for "
        "faster vaccination. The director of the Centre for Health Alerts, Fernando Simón, said "
        'the outbreak was "not slowing down" and that the number of cases would keep rising.',
        "health",
    ),
    (
        "West Nile fever: Andalusia confirms two deaths and fumigates rice fields",
        "The Andalusian health department confirmed on Friday two deaths from West Nile fever in "
        "the province of Seville, where 31 people have been infected by the virus this summer, "
        "ABC reports. Most of the cases are in towns near the Guadalquivir marshes, such as La "
        "Puebla del Río and Coria, where the Culex mosquito that transmits the disease breeds "
        "in rice fields. The regional government has launched an aerial fumigation campaign and "
        "asks residents to use repellents and avoid the outdoors at dusk. Mayors in the area "
        "complain that the larvicide treatments started too late. The virus, usually carried by "
        "birds, causes mild symptoms in most people, but can lead to meningitis in the "
        "elderly. Experts warn that warmer summers will make outbreaks more frequent. The regional health councillor will appear in parliament next week.",
        "health",
    ),
    (
        "Derby halted for twenty minutes after Atlético fans throw lighters at Courtois",
        "The Madrid derby at the Metropolitano was suspended for more than twenty minutes on "
        "Sunday night after a group of Atlético de Madrid supporters in the south stand threw "
        "lighters and other objects at Real Madrid goalkeeper Thibaut Courtois, AS and El País "
        "report. The referee took the players off the pitch in the 68th minute, shortly after "
        "Éder Militão had opened the scoring. Diego Simeone and Koke went to the stand to ask "
        "the ultras of the Frente Atlético for calm. When play resumed, Ángel Correa equalised "
        "in added time for a 1-1 draw. Atlético announced the closure of the south stand for "
        "several matches and said it had identified some of those responsible. LaLiga will "
        "report the incident to the Anti-Violence Commission. Carlo Ancelotti said after the "
        "match that the club should not blame the goalkeeper for celebrating.",
        "sport",
    ),
    (
        "Atlético survive Madrid's siege and reach the quarter-finals in a Bernabéu thriller",
        "Atlético de Madrid held off a relentless Real Madrid attack for 120 minutes at the "
        "Bernabéu on Wednesday and then won the penalty shoot-out 4-3 to reach the Champions "
        "League quarter-finals, Marca reports. Rodrygo's early strike had levelled the tie, but "
        "Jan Oblak stopped everything after that, including a late shot from Vinícius. In the "
        "shoot-out, Julián Álvarez's goal was disallowed after the VAR ruled he had touched the "
        "ball twice, and Atlético still went through when Lucas Vázquez missed. Diego Simeone "
        'called it "a battle of wills" and praised his defence. Real Madrid fans jeered the '
        "referee at the final whistle. The two sides will meet again in LaLiga at the end of "
        "the month, with the title race still open. Atlético now face Borussia Dortmund, while the holders turn their attention to the league and the Copa del Rey final.",
        "sport",
    ),
    (
        "Women's derby: Real Madrid crush Atlético to keep chasing Barça",
        "Real Madrid beat Atlético de Madrid 4-0 on Sunday at the Alfredo Di Stéfano stadium in "
        "a women's derby that was over by half-time, El Mundo reports. Caroline Weir opened the "
        "scoring from a free kick, and Linda Caicedo added a second after a solo run from the "
        "left wing. After the break, Signe Bruun headed in a corner and Alba Redondo completed "
        "the rout in stoppage time. Atlético's coach admitted his team had been \"shot down "
        'from the first minute" and that their defence had been torn apart. The win keeps Real '
        "Madrid four points behind leaders Barcelona, who beat Levante the day before. More than "
        "5,000 spectators attended, a record for a league match at the stadium. The two teams "
        "meet again in the Copa de la Reina semi-final next month. Atlético have not beaten their rivals in the league for two seasons.",
        "sport",
    ),
    (
        "Matador Roca Rey gored in the thigh at Las Ventas during the San Isidro fair",
        "The Peruvian matador Andrés Roca Rey was gored in the right thigh on Thursday afternoon "
        "by his second bull at Las Ventas, during the San Isidro fair, and underwent surgery in "
        "the bullring's infirmary, ABC reports. The bull, from the Victoriano del Río ranch, "
        "caught him during a pass with the cape and tossed him in the air. The medical report "
        "speaks of a wound with two trajectories of 20 and 15 centimetres. Roca Rey walked to "
        "the infirmary on his own feet, to the applause of the packed stands. The fair's "
        "organisers said he would miss his next two afternoons in Madrid. Bullfighting critics "
        "said it had been one of the most intense afternoons of the season. The other two "
        "matadors, El Juli and Pablo Aguado, cut one ear each. The fair continues on Friday with a bullfight on horseback.",
        "entertainment",
    ),
    (
        "Culture Ministry scraps the National Bullfighting Prize and aficionados cry war",
        "The Ministry of Culture has abolished the National Bullfighting Prize, which has been "
        "awarded since 2011, the minister, Ernest Urtasun, announced on Friday, El País reports. "
        'Urtasun said that "more and more Spaniards do not understand" why animal suffering '
        "should be rewarded with public money. The Toro de Lidia Foundation called the decision "
        'a "declaration of war" on a cultural heritage protected by law and said it would go '
        "to court. The PP regional governments of Madrid and Andalusia immediately announced "
        "prizes of their own. Bullfighting supporters say the sector generates thousands of "
        "jobs in rural areas, while animal rights groups celebrated the decision. The ministry "
        "is also studying removing the age limit that allows children to attend bullfights. The prize was worth 30,000 euros.",
        "politics",
    ),
    (
        "Portuguese parliament rejects ban on bullfighting on public television",
        "The Assembleia da República rejected on Friday a bill by the PAN party to ban the "
        "broadcast of bullfights on RTP, the public broadcaster, and to end state support for "
        "the activity, Lusa reports. The PS, the PSD and Chega voted against, while the Left "
        "Bloc, Livre and PAN voted in favour. In Portugal the bull is not killed in the ring, "
        "but animal rights groups say it suffers injuries from the banderillas. The president of "
        'the Portuguese bullfighting federation said the vote was a victory for "freedom" and '
        "tradition. The Campo Pequeno bullring in Lisbon has held shows since 1892, and the "
        "season draws tens of thousands of spectators to the Ribatejo and Alentejo. PAN promised "
        "to bring the proposal back in the next legislature. A similar proposal was defeated two years ago by a wider margin.",
        "politics",
    ),
]
