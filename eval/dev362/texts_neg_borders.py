"""dev362 negatives bordering the violence: knife crime, drug-gang shootings, terror trials and a
foiled plot; peaceful strikes, marches and blockades; history and commemorations."""

NEGATIVES = [
    (
        "Marseille: a 15-year-old shot dead at a drug-dealing point in the northern districts",
        "A 15-year-old boy was killed by gunfire on Sunday night in the La Paternelle housing "
        "estate, in the 14th arrondissement of Marseille, in what investigators describe as a "
        "settling of scores linked to drug trafficking. According to a police source, two men "
        "on a scooter fired about fifteen rounds from an assault rifle at a group of young "
        "people standing at the entrance of a building used as a selling point. The teenager, "
        "hit in the chest, died at the scene despite the efforts of the marine firefighters; a "
        "second youth was wounded in the leg. It is the 41st death linked to drug trafficking "
        "in the Bouches-du-Rhone since January, a record. The public prosecutor of Marseille "
        "said that the victims were 'younger and younger', recruited on social networks as "
        "lookouts or sellers for a few hundred euros a day. The investigation was entrusted to "
        "the criminal brigade of the judicial police.",
        "crime",
    ),
    (
        "A 14-year-old hired for 2,000 euros to kill: the new face of the Marseille narco-murders",
        "He was 14 and had been recruited on Snapchat to 'do a job' for 2,000 euros. The "
        "teenager arrested on Friday in Marseille is suspected of having stabbed to death a "
        "driver who refused to take him to the scene of a planned murder, the prosecutor said "
        "at a press conference. Two days later, a 23-year-old prison guard was shot dead in his "
        "car, according to investigators, by a 'sicario' of barely 15 acting on behalf of the "
        "DZ Mafia, a network that controls a dozen drug points in the city. 'We have reached a "
        "level of unprecedented savagery,' the prosecutor said, describing orders passed from "
        "prison cells by encrypted messaging. The two minors have been charged with murder in "
        "connection with organised crime and placed in pre-trial detention. Residents of the "
        "northern districts are calling for more police and youth workers rather than "
        "'television operations'.",
        "crime",
    ),
    (
        "Annecy: four young children wounded in a knife attack in a playground",
        "Four children aged 22 months to 3 years were seriously wounded on Thursday morning in "
        "a knife attack in a park by the lake in Annecy (Haute-Savoie). Two adults were also "
        "hurt. The attacker, a 31-year-old Syrian who had obtained refugee status in Sweden, was "
        "overpowered by passers-by and then arrested by police, who fired at him. According to "
        "the Annecy public prosecutor, the man was not carrying identity papers and 'no "
        "terrorist motive appears at this stage'; the national anti-terrorist prosecutor's "
        "office did not take over the case. A young pilgrim walking across France, nicknamed "
        "'the hero with the backpack', chased the attacker through the playground. The children "
        "were flown to the hospital in Grenoble and their lives are no longer in danger. The "
        "suspect, whose asylum application in France had been rejected a few days earlier, has "
        "been charged with attempted murder.",
        "crime",
    ),
    (
        "Nantes: a pupil kills a classmate with a knife at a private lycee",
        "A 15-year-old pupil was killed and three others wounded on Thursday at midday in a "
        "knife attack carried out by a classmate at the Notre-Dame-de-Toutes-Aides private "
        "school in Nantes. The suspect, aged 16, was overpowered by teachers before police "
        "arrived and was taken to a psychiatric unit after his arrest. According to the "
        "prosecutor, he had sent an email to some fellow pupils shortly before, in which he "
        "described 'a state of mind' marked by rejection of society, without any religious or "
        "political claim. The minister of education went to the scene in the afternoon. 'We "
        "have to ask ourselves how a child comes to school with a 30-centimetre knife,' she "
        "said, announcing random bag checks at school gates. Psychological support units have "
        "been set up for the 2,000 pupils of the establishment.",
        "crime",
    ),
    (
        "13 November trial: Salah Abdeslam sentenced to life imprisonment without parole",
        "After ten months of hearings, the special assize court of Paris sentenced Salah "
        "Abdeslam on Wednesday to life imprisonment with no possibility of parole, the heaviest "
        "penalty in the French penal code, for his role in the attacks of 13 November 2015. The "
        "only surviving member of the commandos was found guilty of murders in connection with "
        "a terrorist enterprise. His 19 co-defendants received sentences ranging from two years "
        "to life, six of them in absentia, presumed dead in Syria. The courtroom, built "
        "specially inside the historic Palais de Justice, held almost 2,600 civil parties over "
        "the course of the trial. 'Justice has been rendered, it does not repair, but it "
        "allows us to move on,' said the president of a victims' association. The defence has "
        "ten days to decide whether to appeal.",
        "crime",
    ),
    (
        "Olympics: a young man arrested on suspicion of planning an attack on a football match",
        "The General Directorate for Internal Security (DGSI) arrested an 18-year-old Chechen "
        "in Saint-Etienne, suspected of planning an attack during the Olympic football "
        "tournament, the interior minister announced on Friday. According to a source close "
        "to the investigation, the young man was in contact with Islamic State supporters "
        "abroad and had researched on the internet how to obtain weapons. No weapon was found "
        "during the search of his home, but investigators discovered propaganda documents. "
        "He was placed under formal investigation for terrorist criminal conspiracy and remanded "
        "in custody. It is the third plot thwarted since the spring, the minister said, "
        "adding that more than 850,000 people had been screened by the security services "
        "ahead of the Games. The Olympic football matches in Saint-Etienne will take place as "
        "scheduled.",
        "crime",
    ),
    (
        "Anderlecht: shots fired near Clemenceau metro station, the gunmen in flight",
        "Two men armed with Kalashnikov-type rifles opened fire on Wednesday morning near the "
        "Clemenceau metro station in Anderlecht, before fleeing into the tunnels, the Brussels "
        "prosecutor's office said. No one was injured. Metro lines 2 and 6 were interrupted "
        "for the day and a large police operation, with helicopter and special units, was "
        "launched in the Peterbos and Clemenceau districts. According to the prosecutor's "
        "office, the shooting is linked to the drug war between rival gangs for control of "
        "selling points in the area, and 'there is no terrorist element'. It is the sixth "
        "shooting in Brussels since the start of the year. The mayor of Anderlecht called for "
        "the creation of a single police zone for the capital and the deployment of more "
        "officers. 'We are afraid to take our children to school,' a resident told Le Soir.",
        "crime",
    ),
    (
        "Montreal: a 16-year-old stabbed to death outside a high school in Saint-Leonard",
        "A 16-year-old teenager died on Tuesday afternoon after being stabbed outside a high "
        "school in the Saint-Leonard borough, the Montreal police service (SPVM) said. The "
        "victim was attacked at about 3.30 p.m. during a fight between groups of young people "
        "at the end of classes, according to witnesses. Three suspects aged 15 to 17 were "
        "arrested in the evening, and a knife was found in a nearby alley. It is the city's "
        "22nd homicide of the year. Police say they do not rule out a link with street gangs, "
        "which have been recruiting more and more minors on social networks. The school board "
        "announced that psychologists would be present at the school for the rest of the "
        "week. 'My son texted me that someone was bleeding on the sidewalk,' a mother told La "
        "Presse, who is calling for more police patrols around schools.",
        "crime",
    ),
    (
        "Pension reform: more than a million demonstrators on the first day of mobilisation",
        "Between 1.12 million people, according to the interior ministry, and more than two "
        "million, according to the CGT, marched on Thursday across France against the pension "
        "reform and the raising of the legal retirement age to 64. In Paris, the procession "
        "between the place de la Republique and the place de la Nation brought together 80,000 "
        "people according to the police, 400,000 according to the unions. It was the largest "
        "social mobilisation since 2010. The strike was strongly followed in public transport, "
        "schools and refineries, with 42% of teachers on strike in primary schools, according to "
        "the ministry. The marches took place without major incident, and the police prefecture "
        "reported a few arrests in the capital. United for the first time in twelve years, the "
        "eight main unions have called for a new day of strikes and demonstrations on 31 "
        "January. The Prime Minister said the reform was 'no longer negotiable' on the age.",
        "protest",
    ),
    (
        "Fourteenth day of protest: the unions bow out without having won",
        "It was probably the last day of the cycle. On Tuesday, 281,000 people demonstrated "
        "against the pension reform according to the interior ministry, 900,000 according to "
        "the CGT, far from the crowds of the winter. In Paris, the procession left the place "
        "des Invalides in a calm, almost melancholy atmosphere. 'We have lost the battle, but "
        "not the war,' said a railway worker from Saint-Denis who had taken part in all 14 days. "
        "The law raising the retirement age to 64 was promulgated in April and will come into "
        "force on 1 September. The leaders of the inter-union committee, which has held "
        "together for five months, say the movement has made the unions stronger, with tens of "
        "thousands of new members. The government is already talking about 'turning the page' "
        "with a conference on wages. A bill to repeal the reform will be examined by the "
        "Assembly on Thursday but has little chance of passing.",
        "protest",
    ),
    (
        "Farmers' anger: the A64 motorway blocked for a fourth day near Carbonne",
        "They have set up camp with straw bales, barbecues and campervans. For four days, "
        "several hundred farmers have been blocking the A64 motorway near Carbonne "
        "(Haute-Garonne), in both directions, to protest against the falling prices of their "
        "products, standards and the rise in diesel tax. Their leader, a cattle breeder from "
        "the Comminges, says they will not leave 'until there are concrete measures'. Motorists "
        "are diverted onto secondary roads, and the gendarmes watch without intervening, on "
        "the interior minister's orders. The movement has spread to around fifty blockades "
        "across the south-west, and tractors have dumped manure in front of several "
        "prefectures. The Prime Minister is due to travel to the region on Friday with a "
        "package of announcements, including the abandonment of the increase in tax on "
        "agricultural diesel.",
        "protest",
    ),
    (
        "Farmers announce a 'siege of Paris' and block the motorways around the capital",
        "The farmers' unions have promised a 'siege of Paris' of indefinite duration. On Monday "
        "afternoon, hundreds of tractors from the Beauce, the Brie and the Marne positioned "
        "themselves at eight points on the motorways leading to the capital, including the A1, "
        "A4, A6 and A15. The government deployed 15,000 police and gendarmes, and armoured "
        "vehicles were positioned around the Rungis international market, which the interior "
        "minister said would not be entered. 'We are not here to fight, we are here to be "
        "heard,' said a cereal grower from Seine-et-Marne, standing on the A6 near Chilly-"
        "Mazarin. Traffic jams stretched to more than 200 kilometres in the Ile-de-France "
        "region in the evening. The FNSEA says it will lift the blockades only if the "
        "government agrees to its demands on imports and standards. No incident was reported.",
        "protest",
    ),
    (
        "Belgium: national strike against the Arizona pension reform paralyses airports and railways",
        "Belgium came to a standstill on Monday for a day of national strike against the pension "
        "reform of the De Wever government. Brussels Airport and Charleroi airport cancelled "
        "all their departing flights, and only one train in three ran on the SNCB network. In "
        "Brussels, some 80,000 people according to the police, 100,000 according to the unions, "
        "marched from the North station to the Midi station in a good-natured atmosphere, "
        "with brass bands and union flags. 'We will not work until 67 for less,' said a nurse "
        "from Charleroi. The common union front denounces the introduction of a 'malus' for "
        "those who retire early. The Prime Minister said the reform was 'necessary to save "
        "the system' and that the negotiations with the social partners would continue. A new "
        "day of action is planned for next month.",
        "protest",
    ),
    (
        "Common Front: 420,000 public sector workers in Quebec on strike",
        "Schools closed, surgeries postponed, CEGEPs empty: 420,000 Quebec public sector "
        "employees represented by the Common Front walked out on Tuesday for the first day of a "
        "three-day strike. In front of schools and hospitals across the province, picketers "
        "braved the cold with placards and flasks of coffee. In Montreal, several thousand "
        "people gathered in the afternoon in front of the offices of the Treasury Board on "
        "Sherbrooke Street. The unions are demanding wage increases to compensate for "
        "inflation, while the government offers 10.3% over five years. 'It is a fight for "
        "public services as much as for our salaries,' said a teacher from Laval, reached by "
        "La Presse. The premier of Quebec said he wanted an agreement 'before Christmas'. "
        "Parents were left to improvise childcare, and some daycare centres were overwhelmed.",
        "protest",
    ),
    (
        "More than 180,000 people march against antisemitism across France",
        "More than 182,000 people demonstrated on Sunday across France against antisemitism, "
        "including 105,000 in Paris, according to the interior ministry. The procession, led "
        "by the presidents of the National Assembly and the Senate, walked from the esplanade "
        "des Invalides to the Luxembourg Garden in a solemn atmosphere. Former presidents and "
        "prime ministers marched alongside religious leaders and ordinary citizens carrying "
        "French flags. The head of state did not take part but addressed a letter to the "
        "French. Antisemitic acts have multiplied since the beginning of October, with more than "
        "1,200 recorded in a month, according to the ministry. The participation of the "
        "National Rally, kept at a distance by the organisers, provoked controversy on the "
        "left. The march ended without incident in the late afternoon.",
        "protest",
    ),
    (
        "Taxi drivers block the Paris ring road and the airports to protest against new tariffs",
        "Several hundred taxi drivers blocked the Paris ring road at the Porte Maillot on "
        "Monday morning, as well as the access roads to Roissy-Charles-de-Gaulle and Orly "
        "airports, in protest against a reform of the tariffs for medical transport paid by "
        "health insurance. 'It is our livelihood that is being killed,' said a driver from "
        "Seine-Saint-Denis, whose income depends for half on transporting patients. The "
        "operation snails caused traffic jams of more than 300 kilometres in the Ile-de-France "
        "region, according to Sytadin. Police escorted the processions without any incident "
        "being reported, and about a dozen drivers who had parked on a bridge were fined. "
        "The drivers, who have been mobilised for a week, are due to be received at the "
        "ministry of transport on Wednesday. The federations threaten to block the capital "
        "again at the start of the school holidays.",
        "protest",
    ),
    (
        "D-Day, 80 years on: the last veterans honoured on the beaches of Normandy",
        "They are now just a few dozen, almost all over 98 years old. The last veterans of the "
        "Normandy landings were honoured on Thursday at Omaha Beach, at Colleville-sur-Mer, in "
        "the presence of some twenty heads of state and government. On 6 June 1944, more than "
        "150,000 Allied soldiers landed on five beaches of Calvados and the Manche, and the "
        "fighting of the summer left tens of thousands dead, including some 20,000 Norman "
        "civilians killed in the bombings. 'You came here to free a people you did not know,' "
        "the President of the Republic said to the veterans, several of whom were awarded the "
        "Legion of Honour. The President of Ukraine was among the guests, and Russia was not "
        "invited. Parachute jumps over Sainte-Mere-Eglise and a fly-past by the Patrouille de "
        "France closed the day. A million visitors are expected in the region this summer.",
        "history",
    ),
    (
        "Robert Hebras, the last survivor of the Oradour-sur-Glane massacre, has died",
        "Robert Hebras, the last survivor of the massacre of Oradour-sur-Glane, died on "
        "Saturday at the age of 97, the town hall of the Haute-Vienne village announced. On "
        "10 June 1944, the soldiers of the Das Reich SS division gathered the inhabitants on "
        "the fairground, locked the women and children in the church and set it on fire, and "
        "shot the men in barns. In all, 643 people were killed. Robert Hebras, then 18, escaped "
        "by playing dead under the bodies in the Laudy barn, then fleeing through the flames. "
        "His mother and two of his sisters died in the church. For decades, he guided visitors "
        "through the ruins of the martyred village, preserved as they were at the end of the "
        "war, and told his story in schools. In 2013 he walked through the ruins with the "
        "presidents of France and Germany. His funeral will take place on Thursday.",
        "history",
    ),
    (
        "Macron acknowledges that Ali Boumendjel was 'tortured and murdered' by the French army",
        "The President of the Republic acknowledged on Tuesday, 'in the name of France', that "
        "the Algerian lawyer and nationalist Ali Boumendjel had been 'tortured and murdered' by "
        "the French army during the battle of Algiers in 1957, and not that he had committed "
        "suicide, as the official version had claimed for decades. The head of state received "
        "four of his grandchildren at the Elysee to tell them so. This gesture is one of the "
        "recommendations of the report by the historian Benjamin Stora on the memory of the "
        "colonisation and the Algerian war, submitted in January. The opening of the archives "
        "on the disappeared of the war is also planned. In Algiers, the reaction was cautious, "
        "with the authorities still demanding 'complete' recognition of colonial crimes. The "
        "lawyer's niece said she was 'relieved, even if it comes very late'.",
        "history",
    ),
    (
        "Setif, 8 May 1945: eighty years after the massacres, a French minister in Algeria",
        "For the first time, a member of the French government attended on Thursday the "
        "commemoration of the massacres of Setif, Guelma and Kherrata, which began on 8 May "
        "1945 on the day of the Allied victory in Europe. That morning, a procession of "
        "Algerian nationalists carrying the Algerian flag was fired on by police in Setif, "
        "sparking riots in which around a hundred Europeans were killed. The repression by the "
        "army and settler militias over the following weeks killed several thousand Algerians; "
        "Algiers speaks of 45,000 dead, historians of between 8,000 and 30,000. The minister "
        "laid a wreath at the memorial before meeting historians from both sides of the "
        "Mediterranean. 'We owe the truth to the young generations,' he told RFI. The joint "
        "commission of historians created in 2022 is due to submit its conclusions next "
        "year.",
        "history",
    ),
    (
        "Verdun, a hundred years later: Merkel and Hollande side by side at Douaumont",
        "A hundred years after the start of the longest battle of the First World War, the "
        "French President and the German Chancellor commemorated on Sunday the 300,000 dead of "
        "Verdun at the Douaumont ossuary. In the rain, the two leaders relit the flame and "
        "walked through the German cemetery of Consenvoye, where they laid a wreath. Some "
        "4,000 French and German children then ran between the white crosses of the national "
        "necropolis in a choreography by the German filmmaker Volker Schlondorff. 'At Verdun, "
        "Europe lost its own sons,' said the President, calling for unity against the "
        "temptation of nationalism. From February to December 1916, more than 60 million "
        "shells fell on the hills of the Meuse. The last French veteran of the battle died in "
        "2008. The Verdun memorial, renovated for the centenary, expects 500,000 visitors this "
        "year.",
        "history",
    ),
    (
        "Ten years after 13 November, a memorial garden opens opposite the Paris city hall",
        "Ten years to the day after the attacks of 13 November 2015, the President of the "
        "Republic inaugurated on Thursday a memorial garden on the place Saint-Gervais, behind "
        "the Hotel de Ville of Paris, in memory of the 132 victims. The names of the dead are "
        "engraved on stone slabs among birch trees and ferns. In the morning, survivors and "
        "relatives gathered in silence in front of the Stade de France, the terraces of the "
        "10th and 11th arrondissements, and the Bataclan, where a minute's silence was observed "
        "at 9.40 p.m. 'Ten years is nothing and it is everything,' said the president of the "
        "association Life for Paris. Many survivors still suffer from post-traumatic stress, "
        "and the guarantee fund for victims says it has compensated more than 2,600 people. "
        "Bells rang in the capital's churches at nightfall.",
        "history",
    ),
    (
        "A 500-kilo bomb from the Second World War paralyses the Gare du Nord",
        "The discovery of a Second World War bomb on the tracks at Saint-Denis completely "
        "paralysed traffic at the Gare du Nord, the busiest station in Europe, on Friday. The "
        "500-kilo British device, unearthed during night works near the Landy bridge, dates "
        "from the bombing raids of April 1944 that targeted the railway installations of the "
        "La Chapelle marshalling yard. Eurostar, TGV and suburban trains were cancelled all "
        "morning, and the police set up a security perimeter of 500 metres. Bomb disposal "
        "experts from the police prefecture's laboratory defused the device in the early "
        "afternoon, the SNCF said. Several thousand travellers were stranded, some to the "
        "United Kingdom and Belgium. 'We find several tonnes of ammunition in the Paris region "
        "every year,' a deminer recalled. Traffic gradually resumed in the evening.",
        "history",
    ),
]
