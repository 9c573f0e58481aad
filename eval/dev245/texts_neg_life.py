"""dev245 negatives: home, wellbeing and family news of crime, accidents, disasters, peaceful
protest and children's sport (crime, accident, disaster, protest, sport)."""

NEGATIVES = [
    (
        "Husband jailed for coercive control after wife's 'years of fear'",
        "A man who monitored his wife's phone, controlled the family's money and threatened to take "
        "their children away if she left him has been jailed for three years and eight months. "
        "Reading Crown Court heard that the couple's home had become a place of constant fear, "
        "with the woman allowed to see friends only when he was present. He also pushed her "
        "against a wall during an argument in front of their two young sons, the court heard. "
        "The defendant, 41, pleaded guilty to controlling or coercive behaviour and assault. In a "
        "statement read to the court, his former wife said she had felt like a prisoner in her "
        "own house for nine years. Thames Valley Police said the case showed that domestic abuse "
        "did not always leave bruises. Coercive control has been a criminal offence in England "
        "and Wales since 2015. The judge also imposed a restraining order for ten years.",
        "crime",
    ),
    (
        "Dowry death: husband and in-laws arrested after bride dies in Uttar Pradesh",
        "Police in Uttar Pradesh's Ghaziabad district have arrested a man and his parents after "
        "his wife of 14 months was found dead at the family home, in what her relatives say was a "
        "dowry killing. The woman's father told police the family had repeatedly demanded a car "
        "and ₹5 lakh in cash after the wedding, and that his daughter had been beaten when he "
        "could not pay. A post-mortem examination found injuries to her neck, a police officer "
        "said. The three have been charged under sections of the law dealing with dowry deaths "
        "and cruelty. Dowry has been illegal in India since 1961, but official figures record "
        "around 6,500 dowry deaths a year, and activists say the real number is higher. Women's "
        "groups held a candlelight vigil outside the police station on Sunday. “We gave her "
        "everything we had,” her mother said. “They wanted more.”",
        "crime",
    ),
    (
        "Mother fined after school-gate fight over parking space",
        "A mother who punched another parent outside a primary school in Essex during a row over "
        "a parking space has been fined and ordered to pay compensation. Colchester Magistrates' "
        "Court heard that the argument began when one woman pulled into a bay the other had been "
        "waiting for at afternoon pick-up time. Insults were exchanged, and the defendant struck "
        "the other woman in the face in front of dozens of children and parents. A teacher "
        "separated them. The defendant, 36, admitted assault by beating and was fined £400 and "
        "told to pay £250 in compensation. The head teacher had already written to all parents "
        "asking them to walk rather than drive where possible. “It was horrible for the children "
        "to see,” one father said. Police said school-gate disputes were rarely so serious but "
        "that officers were called to several every term.",
        "crime",
    ),
    (
        "Father who took children to Spain without consent is ordered to return them",
        "A father who took his two children on what he said was a week's holiday to Spain and "
        "then refused to bring them back to Ireland has been ordered by a Spanish court to return "
        "them to their mother. The children, aged five and seven, had been living with him near "
        "Málaga for six months. The mother applied for their return under the Hague Convention, "
        "and the Irish central authority worked with Spanish officials on the case. Taking a "
        "child abroad without the consent of the other parent is a criminal offence in both "
        "countries, and Irish police said they were also investigating. The mother described the "
        "past six months as a nightmare. “I spoke to them on video calls and they kept asking when "
        "they could come home,” she said. Family law groups say parental abductions across "
        "European borders number in the hundreds each year and often end up in court.",
        "crime",
    ),
    (
        "Man attacks nursery in southern Brazil, killing four children",
        "A man armed with a hatchet climbed the wall of a private nursery in Blumenau, in "
        "southern Brazil, on Wednesday morning and attacked children playing in the yard, "
        "killing four and injuring five, police said. The suspect, 25, then handed himself in at "
        "a nearby police station. Investigators said he had a history of drug use and violent "
        "behaviour and there was no indication of any political or ideological motive. Parents "
        "rushed to the nursery as news spread, and a crowd gathered outside the police station. "
        "The state of Santa Catarina declared three days of mourning. The attack came days after "
        "a pupil stabbed a teacher to death at a school in São Paulo, prompting a national "
        "debate about security in schools and the spread of violent content online. The federal "
        "government announced funds for school security and a hotline for reporting threats.",
        "crime",
    ),
    (
        "Robbers with replica pistol hold up family-run corner shop",
        "Two men armed with what police later confirmed was a replica handgun robbed a family-run "
        "convenience store in Glasgow's Shawlands area on Saturday night, threatening the "
        "owner's 17-year-old son, who was behind the counter. The men escaped with about £600 in "
        "cash and several cartons of cigarettes. Nobody was hurt. The shop's owner, Imran Aslam, "
        "said his son had been shaking for hours afterwards. “He thought it was real,” he said. "
        "“When you have a gun in your face, you do not check.” Police Scotland arrested two men, "
        "aged 19 and 22, on Monday and recovered the imitation firearm, which had been bought "
        "online. Officers said possessing an imitation firearm with intent to cause fear was a "
        "serious offence. Aslam says the family is installing a screen at the counter and will "
        "no longer let his son work alone in the evenings.",
        "crime",
    ),
    (
        "Wedding hall fire in Qaraqosh kills more than 100 guests",
        "A fire tore through a wedding hall in the Iraqi town of Qaraqosh on Tuesday night during "
        "the celebration of a Christian couple, killing more than 100 people and injuring at "
        "least 150, health officials in Nineveh province said. Witnesses said indoor fireworks "
        "set fire to the decorations on the ceiling as the bride and groom were dancing, and the "
        "blaze spread within minutes through panels made of highly flammable material. Many "
        "guests were trapped because there were too few exits. Iraq's civil defence said the hall "
        "did not meet safety standards. The bride and groom survived. Qaraqosh, one of Iraq's "
        "largest Christian towns, has slowly recovered after Islamic State fighters were driven "
        "out in 2016, and the disaster devastated families who had returned. Iraq's prime "
        "minister ordered an investigation, and several hall staff were arrested.",
        "accident",
    ),
    (
        "Two children die in house fire caused by e-bike battery, fire service says",
        "Two children aged four and seven died in a fire at a terraced house in east London early "
        "on Sunday, and the London Fire Brigade said an e-bike battery charging in the hallway was "
        "the likely cause. Their mother and a baby were rescued from an upstairs window by "
        "firefighters and taken to hospital. Neighbours described hearing screams and seeing "
        "thick black smoke pouring from the front door shortly after 3am. The brigade said "
        "lithium-ion battery fires from e-bikes and e-scooters were the fastest-growing cause of "
        "fires in the capital, and that many involved conversion kits or chargers bought online. "
        "It urged families never to charge batteries overnight or in escape routes. “This is every "
        "parent's nightmare,” a local councillor said. A fundraiser set up by neighbours raised "
        "more than £40,000 in two days.",
        "accident",
    ),
    (
        "Family of five treated for carbon monoxide poisoning at holiday cabin",
        "A couple and their three children were taken to hospital with carbon monoxide poisoning "
        "after spending the night in a holiday cabin in Norway's Telemark county. The father woke "
        "with a severe headache and found his wife and children hard to rouse, police said, and "
        "he managed to carry them outside and call for help. A faulty gas heater is suspected. "
        "All five were treated in a hyperbaric chamber in Oslo and are expected to recover. "
        "Emergency services said the cabin did not have a carbon monoxide alarm. Fire safety "
        "officials urged families renting cabins over the winter holidays to take a portable "
        "alarm with them. “Carbon monoxide has no smell and no colour,” a fire service spokesperson "
        "said. “Without an alarm, the first warning is often the last.” The cabin's owner said he "
        "would install alarms in all his properties.",
        "accident",
    ),
    (
        "Toddler drowning in garden pool prompts summer safety warning",
        "A two-year-old boy has died after falling into a garden swimming pool at a family home "
        "in Perth, prompting a warning from lifesaving groups as the summer holidays begin. The "
        "boy was found by his mother minutes after he wandered out of the house through an open "
        "door. Paramedics tried to revive him but he died at the scene. Royal Life Saving "
        "Australia says drowning is a leading cause of accidental death for children under five, "
        "and that most toddler drownings happen in home pools. Pool fences are compulsory in "
        "Western Australia, but inspectors often find gates propped open or broken. “It takes "
        "seconds, and it is silent,” said a spokesperson. The group urges parents to keep toddlers "
        "within arm's reach near water, check that gates close by themselves and learn "
        "resuscitation. Police said the death was not being treated as suspicious.",
        "accident",
    ),
    (
        "Falling wardrobe kills child as safety campaigners call for wall anchors",
        "A three-year-old girl has died after a wardrobe toppled onto her in her bedroom in "
        "Rotterdam, and safety campaigners have renewed calls for furniture to be sold with wall "
        "anchors. The girl is believed to have climbed the open drawers while her parents were "
        "downstairs. Emergency services were called just after 8am but could not save her. "
        "Consumer groups say tip-over accidents involving chests of drawers, bookcases and "
        "televisions injure thousands of children across Europe every year. Ikea recalled millions "
        "of chests of drawers in North America in 2016 after several children died. Campaigners "
        "want the European Union to make stability tests and anchoring kits compulsory. "
        "“Parents assume a wardrobe is heavy enough to be safe,” said a spokesperson for the "
        "Dutch consumer safety institute. “It is not, once a child is hanging on the door.”",
        "accident",
    ),
    (
        "Gas cylinder blast at wedding near Jodhpur kills dozens",
        "A cooking gas cylinder exploded at a wedding in a village near Jodhpur in Rajasthan on "
        "Thursday, setting fire to a marquee and killing at least 35 people, officials said. Dozens "
        "more were taken to hospital with burns, many of them women and children who were in the "
        "area where food for the guests was being prepared. The groom's family had been getting "
        "ready to leave for the bride's village when the blast happened, relatives said. "
        "Villagers said a leaking cylinder caught fire and several others exploded after it. "
        "Rajasthan's chief minister announced compensation for the families of the dead and "
        "ordered an inquiry. Safety experts say it is common at rural weddings to store many gas "
        "cylinders close to cooking fires. The burns unit of Jodhpur's main hospital said it was "
        "treating more than 40 patients, several in a critical condition.",
        "accident",
    ),
    (
        "Fleeing the Palisades fire with three children, two dogs and a tortoise",
        "When the evacuation alert reached Danielle Moreno's phone on Tuesday afternoon, she had "
        "15 minutes to get her three children, two dogs and the family tortoise into the car. The "
        "Palisades fire, driven by hurricane-force Santa Ana winds, went on to destroy thousands of "
        "homes, including the Moreno family's house in Pacific Palisades. More than 150,000 people "
        "across Los Angeles County were ordered to leave. The family is now staying with "
        "friends in Pasadena, where the children share an air mattress and the dogs sleep in the "
        "garage. Animal shelters across the county have taken in hundreds of pets, and some "
        "evacuation centres have allowed owners to stay with their animals. Moreno's daughter, "
        "ten, saved a photo album and her school backpack. “She took her homework,” Moreno said, "
        "laughing for the first time in days. “Of all the things.”",
        "disaster",
    ),
    (
        "Pregnant women in Sindh's flood camps face births without midwives",
        "In a relief camp beside a highway in Sindh province, Nasreen, 23, gave birth on a "
        "charpoy under a plastic sheet, helped by her mother-in-law. Pakistan's floods have "
        "displaced millions of people, and the UN Population Fund estimates that about 650,000 "
        "pregnant women are in the affected areas, with thousands due to give birth each month. "
        "Many clinics and basic health units have been damaged or are under water. Women in the "
        "camps say they lack privacy, clean water and sanitary products, and doctors warn of "
        "rising cases of diarrhoea and malaria. Aid groups have set up mobile health teams and "
        "delivery kits, but say they cannot reach many of the camps. Nasreen's family lost their "
        "house and two buffaloes when the water came. “The baby is healthy,” she said. “That is "
        "the only thing that went right this year.”",
        "disaster",
    ),
    (
        "A baby pulled from the rubble in Hatay is reunited with her mother",
        "A baby girl rescued from the ruins of an apartment building in Hatay, 90 hours after the "
        "earthquake, has been reunited with her mother, Turkish officials said. The girl, who was "
        "ten days old when the building collapsed, was found by rescuers in her crib and taken to "
        "hospital in Mersin. Her mother was rescued separately and spent days not knowing whether "
        "her daughter had survived. DNA tests confirmed the relationship before the two were "
        "brought together in a hospital room in Ankara. The quake and its aftershocks killed more "
        "than 50,000 people in Turkey and Syria and left millions homeless. Turkey's family "
        "ministry said it was looking after hundreds of children who had not yet been identified "
        "or whose parents had died. The ministry shared a photograph of the mother holding her "
        "daughter, with a nurse beside them.",
        "disaster",
    ),
    (
        "Valencia's parents clean out their children's schools after the floods",
        "On Saturday morning, dozens of parents in Paiporta arrived at the CEIP Lluís Vives "
        "primary school with shovels, brooms and buckets. The flash floods that swept through "
        "towns south of Valencia last week filled the school's ground floor with mud up to the "
        "windows, destroying books, computers and the pupils' artwork. More than 200 people died "
        "in the region, and thousands of families lost cars, furniture and ground-floor homes. "
        "Regional authorities say dozens of schools are unusable, and pupils are being moved to "
        "buildings in neighbouring towns. Volunteers from across Spain have joined the clean-up, "
        "many of them young people who arrived by foot across the bridge from Valencia. “Our "
        "children need their school back,” said Marta, a mother of two. “It is the only normal "
        "thing we can give them.” The army has deployed soldiers to help clear streets.",
        "disaster",
    ),
    (
        "Derna mothers search for children after the dams burst",
        "In Derna, in eastern Libya, Salma Faraj has been going to the city's hospital and the "
        "morgue every morning for a week, looking for her two sons. Heavy rain from Storm Daniel "
        "burst two dams above the city on the night of 10 September, and a wall of water swept "
        "entire neighbourhoods into the sea. Officials have given different death tolls, but "
        "thousands are confirmed dead and thousands more are missing. Families have posted photos "
        "of the missing on walls and on social media. Rescue teams from Turkey, Egypt and Italy "
        "are helping to recover bodies, and the Red Crescent has set up a tracing service. The "
        "World Health Organization has urged authorities to stop burying victims in mass graves "
        "without identification. Faraj's sons, 12 and 15, were sleeping in a ground-floor flat "
        "near the wadi. “I will keep looking,” she said.",
        "disaster",
    ),
    (
        "Thousands of parents join 'March of the Mummies' for cheaper childcare",
        "Thousands of parents, many pushing buggies and wearing fancy dress, marched through "
        "central London on Saturday to demand cheaper childcare and better parental leave. The "
        "March of the Mummies, organised by the campaign group Pregnant Then Screwed, was one of "
        "several held in cities across the UK, including Cardiff, Belfast and Edinburgh. Speakers "
        "said childcare costs in Britain were among the highest in the world and were forcing "
        "mothers out of work. Children sat on parents' shoulders holding placards reading "
        "“Mummy can't afford to work”. The Metropolitan Police said the march passed off "
        "peacefully. The government said it was expanding funded hours for working parents of "
        "children aged nine months and over. Organisers said that was a start but that providers "
        "needed more money to pay staff. The march ended with a rally in Trafalgar Square.",
        "protest",
    ),
    (
        "Parents occupy village school to stop its closure",
        "Parents in a village in the Spanish province of Soria have been occupying their local "
        "primary school for five days in protest at a regional government plan to close it. The "
        "school has eight pupils, below the minimum set by the education authority, and the "
        "children would be bussed to a town 25km away. Parents take turns sleeping in the "
        "classroom, and grandparents bring soup and board games. Villagers say that if the "
        "school closes, young families will leave and the village will die. The regional "
        "education department said it was open to dialogue and that no decision was final. "
        "Police have visited but made no move to clear the building. “This is a peaceful "
        "protest,” said a mother who is a nurse in Soria. “We only want to be heard.” Lessons "
        "continue as normal during the day.",
        "protest",
    ),
    (
        "Searching mothers march in Mexico City on Mother's Day",
        "Hundreds of mothers of missing people marched through central Mexico City on 10 May, "
        "Mother's Day, holding photographs of their sons and daughters and calling on the "
        "government to do more to find them. The marchers, many belonging to collectives of "
        "so-called searching mothers who dig for remains in fields and deserts, walked from the "
        "Monument to the Mother to the Angel of Independence. Mexico's official register lists "
        "more than 100,000 people as missing. Some carried shovels and metal rods, the tools "
        "they use in their searches. “There is nothing to celebrate today,” said one woman from "
        "Sinaloa whose son disappeared in 2018. The march ended peacefully with the reading of "
        "names. The government said it was improving the national search system and working with "
        "families. Several collectives say their members have received threats for their work.",
        "protest",
    ),
    (
        "Spanish parents call a weekend homework strike",
        "Families across Spain have been asked to boycott weekend homework this month in a "
        "protest organised by the country's largest parents' federation, CEAPA. The federation "
        "says that excessive homework damages family life, widens gaps between children whose "
        "parents can help and those whose parents cannot, and leaves little time for play. "
        "Parents who join are asked to write to teachers explaining that their children will not "
        "do homework on Saturdays and Sundays. Some teachers' groups have criticised the strike, "
        "saying it undermines schools, while others say they sympathise. Spain's education "
        "ministry said it respected the right to protest and that homework policies were up to "
        "schools. “We are not against learning,” a CEAPA spokesperson said. “We are for "
        "childhood.” Surveys suggest Spanish pupils spend more time on homework than the OECD "
        "average.",
        "protest",
    ),
    (
        "Under-10s football match abandoned after parents brawl on touchline",
        "An under-10s football match in Sheffield was abandoned on Sunday morning after a fight "
        "broke out between parents on the touchline, leaving children in tears on the pitch. "
        "Witnesses said an argument about a refereeing decision escalated into pushing and "
        "punching involving several adults from both teams. The referee, a 16-year-old volunteer, "
        "stopped the game in the second half. The Sheffield and Hallamshire County FA said it was "
        "investigating and that both clubs could face sanctions. Grassroots football has "
        "struggled to recruit young referees, and many say abuse from parents is the main reason "
        "they quit. “The kids were just standing there watching their dads fight,” one mother "
        "said. The league is considering a rule that keeps spectators behind a rope three metres "
        "from the touchline. One of the clubs said it would ban the parents involved.",
        "sport",
    ),
    (
        "The mothers' race returns to school sports day, and it is a battle",
        "After several years in which some schools quietly dropped it, the parents' race is back "
        "at sports days across Britain, and the competition is fierce. At a primary school in "
        "Harrogate, 14 mothers lined up on the grass on Wednesday, several in trainers bought for "
        "the occasion. One tumbled at the halfway mark, to cheers from Year 2, and got up to "
        "finish fifth. The winner, a part-time physiotherapist, said she had been training for "
        "weeks. “My son said if I came last he'd pretend not to know me,” she said. The dads' "
        "race was won by a father who had clearly been a sprinter in a former life, and who was "
        "accused by other fathers of bringing spikes. Physiotherapists warn that many parents "
        "pull hamstrings because they sprint without warming up. The school's head teacher "
        "called the day a triumph and promised a tug of war next year.",
        "sport",
    ),
]
