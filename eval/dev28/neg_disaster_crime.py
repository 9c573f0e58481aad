"""eval/dev28 negatives: disasters and crime. Whole articles; see labels.py for P and N."""

from labels import N

ARTICLES = [
    # ------------------------------------------------------------ disaster
    N(
        "Herat earthquakes flatten villages, thousands feared dead",
        "HERAT, Afghanistan - A series of powerful earthquakes struck western Afghanistan "
        "on Saturday, flattening whole villages of mud-brick houses in Herat province and "
        "killing more than 2,000 people, a spokesman for the Taliban administration said. "
        "The strongest quake had a magnitude of 6.3, according to the US Geological "
        "Survey, and was followed by at least eight strong aftershocks. The worst-hit "
        'district was Zenda Jan, about 40 km north-west of Herat city. "There is nothing '
        'left of our village," said a farmer who lost his wife and three children. '
        "Residents dug through the rubble with their hands and shovels, and bodies were "
        "laid out in rows in the open. Hospitals in Herat were overwhelmed, and patients "
        "were treated in tents in the grounds. The World Health Organization said most of "
        "the victims were women and children, who were at home when the first quake hit "
        "in the late morning. Aid agencies sent medical teams, food and tents, and "
        "neighbouring countries offered help. The Taliban government said it had sent "
        "helicopters and army units to help with rescue work. Afghanistan is prone to "
        "earthquakes, particularly in the Hindu Kush mountain range. The country is also "
        "in an economic crisis, with much foreign aid cut since the Taliban took over in "
        "2021. Aid officials said thousands of families would need shelter before winter. "
        "Many residents in Herat city slept outdoors on Saturday night, afraid of more "
        "aftershocks. Aid agencies in Herat said they had set up mobile clinics and "
        "distributed blankets and tents in the worst-hit villages. Many of the houses in "
        "the area were built of mud and straw and collapsed instantly. The United Nations "
        "said it had released emergency funds. Afghanistan's deadliest recent quake, in "
        "the east of the country last year, killed more than 1,000 people. In Sarbuland, "
        "one of the worst-hit villages, survivors said almost every family had lost "
        "someone. Men dug graves in a long row on a hillside while women and children sat "
        "on the rubble of their homes, wrapped in blankets against the wind. A boy of "
        "about twelve said he had been herding goats when the ground began to shake, and "
        "ran home to find the house had fallen on his mother and sisters. Neighbours "
        "pulled one sister out alive. Volunteers from Herat city drove out with bread, "
        "water and shovels in their own cars, and businessmen paid for trucks of flour. "
        "Aid officials said the remote location of many villages, reached only by dirt "
        "roads, slowed the arrival of heavy equipment.",
        "disaster",
    ),
    N(
        "Floods sweep through Kassala as seasonal river bursts its banks",
        "KASSALA, Sudan - Floodwaters from the Gash river swept through parts of the "
        "eastern Sudanese city of Kassala this week, destroying thousands of homes and "
        "forcing families to camp on higher ground, state officials said on Thursday. At "
        "least 14 people have drowned in the state since the start of the rainy season, "
        "and more than 5,000 houses have been damaged or destroyed, the state's civil "
        "defence authority said. The Gash, a seasonal river that flows from the Eritrean "
        "highlands, rose after heavy rain upstream and broke through embankments on the "
        "western side of the city. Residents waded through waist-deep water carrying "
        'children and belongings, and mud-brick houses collapsed. "The water came at '
        'night, we had no warning," said a mother of five who was sheltering in a school. '
        "Health officials warned of cholera and malaria as stagnant water spread. Aid "
        "agencies said they were distributing plastic sheeting, water purification "
        "tablets and food, but that some neighbourhoods could be reached only by boat. "
        "The state governor appealed for help and said volunteers and soldiers were "
        "working to repair the embankments with sandbags. Floods hit Sudan every year "
        "between June and September, and experts say poor maintenance of flood defences "
        "has made them worse. The national meteorological authority has forecast more "
        "heavy rain in the east in the coming week. Farmers said the floods had destroyed "
        "sorghum and vegetable fields just before harvest. Kassala lies on the border "
        "with Eritrea and is one of the main trading centres of eastern Sudan, famous for "
        "its fruit gardens. Engineers have warned for years that the embankments along "
        "the Gash need to be rebuilt. The state ministry of health said it had opened "
        "treatment centres for diarrhoeal diseases, and that mosquito nets would be "
        "distributed next week.",
        "disaster",
    ),
    N(
        "A third of Pakistan under water as monsoon floods kill over 1,000",
        "ISLAMABAD - Pakistan's climate minister said on Monday that a third of the "
        "country was under water after weeks of record monsoon rain, calling the floods a "
        '"climate catastrophe" and appealing for international help. More than 1,100 '
        "people have been killed since June, including nearly 400 children, and 33 "
        "million have been affected, the national disaster management authority said. "
        "Sindh and Balochistan provinces are the worst hit. Rivers overflowed and swept "
        "away roads, bridges and hundreds of thousands of houses, and large parts of the "
        "farmland of Sindh have become a lake. In Sukkur and Dadu, families have set up "
        "tents on raised roads and railway embankments, with their livestock beside them. "
        "The army has deployed troops and helicopters to rescue people stranded in "
        'villages, and navy boats are operating in flooded districts. "We have lost our '
        'house, our crops and our animals," said a farmer in Dadu. The UN launched an '
        "appeal for $160 million to help the victims. Economists estimate the damage at "
        "more than $10 billion. The government has said Pakistan contributes less than 1% "
        "of global greenhouse gas emissions but is among the countries most vulnerable to "
        "climate change. Health officials warned of outbreaks of water-borne diseases and "
        "dengue. Cotton and rice crops have been badly damaged, and food prices have "
        "risen sharply. More rain is forecast in the south this week. The prime minister "
        "visited the flooded areas and promised compensation for families who had lost "
        "relatives and homes. Pakistan's economy was already struggling with high "
        "inflation and a shortage of foreign currency, and the International Monetary "
        "Fund approved the release of a loan instalment this week. Cricket stars and "
        "celebrities have launched fundraising appeals.",
        "disaster",
    ),
    N(
        "Cyclone Mocha tears through Rohingya camps in Cox's Bazar",
        "COX'S BAZAR, Bangladesh - Cyclone Mocha, the strongest storm to hit the region "
        "in more than a decade, tore through the Rohingya refugee camps in southern "
        "Bangladesh on Sunday, destroying or damaging more than 2,000 shelters made of "
        "bamboo and tarpaulin, officials said. No deaths were reported in the camps, "
        "where about a million refugees live, but dozens of people were injured by "
        "falling trees and debris. Before the storm made landfall, authorities moved "
        "hundreds of thousands of people in coastal areas of Bangladesh to cyclone "
        "shelters. Landslides were reported in several camps. The storm, with winds of up "
        "to 210 km per hour, weakened as it crossed into Myanmar, where it damaged "
        "buildings and cut communications in the coastal city of Sittwe. The Rohingya, a "
        "mostly Muslim minority, fled to Bangladesh from Myanmar after a military "
        "crackdown in 2017, and most have lived in the camps ever since. Aid workers said "
        "the camps, built on deforested hills, were especially exposed to storms and "
        'landslides. "The wind took the roof and then the walls," said a refugee who '
        "spent the night with her children in a learning centre. Volunteers trained by "
        "aid agencies helped people to safety. The UN said emergency repairs would begin "
        "immediately. Funding for the camps has fallen this year, and food rations were "
        "cut in March. Meteorologists say warming seas are making cyclones in the Bay of "
        "Bengal more intense. In Myanmar's Rakhine state, the storm surge flooded "
        "low-lying parts of Sittwe, and communication with the area was cut for much of "
        "the day. The UN said it was trying to assess the damage there. Bangladesh's "
        "disaster management minister said early warnings and evacuations had saved many "
        "lives. Fishermen were told to stay in port until the weather cleared, and "
        "schools used as shelters will reopen next week. Bangladesh's disaster "
        "preparedness programme, which trains tens of thousands of volunteers to warn "
        "villagers by megaphone and to guide them to shelters, is credited with a "
        "dramatic fall in cyclone deaths since the 1970s, when storms in the Bay of "
        "Bengal killed hundreds of thousands of people. In the camps, refugee volunteers "
        "went from shelter to shelter on Saturday raising flags to signal the danger "
        "level and helping elderly people to sturdier buildings. Officials said they "
        "would now check the hillsides for cracks that could cause landslides in the "
        "coming monsoon season, and that families living on the steepest slopes might "
        "have to be moved to other parts of the camps.",
        "disaster",
    ),
    N(
        "Beledweyne under water as Shabelle river floods Somali town",
        "BELEDWEYNE, Somalia - The Shabelle river burst its banks in central Somalia this "
        "week, flooding most of the town of Beledweyne and forcing tens of thousands of "
        "people to leave their homes, local officials said. The Somali disaster "
        "management agency said at least 29 people had died in floods across the country "
        "since the start of the rains. Residents of Beledweyne moved to the hills on the "
        "outskirts of the town, carrying what they could on donkey carts. Boats ferried "
        'people from flooded houses to dry ground. "We have seen floods before, but never '
        'like this," said an elderly man who sat by his tent. The rains, linked to the El '
        "Nino weather pattern, came after the worst drought in the country in four "
        "decades, which killed livestock and left the soil too hard to absorb water. The "
        "UN said more than 1.5 million people could be affected by the floods in Somalia, "
        "Kenya and Ethiopia. The World Food Programme said it was using helicopters to "
        "deliver food to areas cut off by water. Health officials are worried about "
        "cholera, and aid agencies are distributing water purification tablets. The "
        "government has appealed for help. Farmers said their crops had been washed away "
        "just after they planted them. Forecasters expect heavy rain to continue until "
        "the end of the year. Beledweyne has been flooded several times in the past "
        "decade. The Somali government declared a state of emergency and set up a "
        "national committee to coordinate the response. Aid agencies say the floods have "
        "destroyed latrines and contaminated wells, and that families sleeping in the "
        "open need mosquito nets. Donors have pledged new funds, but the UN says its "
        "appeal for Somalia this year remains less than half funded. Residents said they "
        "would need help to rebuild their homes once the water recedes.",
        "disaster",
    ),
    N(
        "Cyclone Idai leaves Beira in ruins, hundreds dead across three countries",
        "BEIRA, Mozambique - Cyclone Idai has destroyed or damaged 90% of the port city "
        "of Beira, the Red Cross said, and the death toll across Mozambique, Zimbabwe and "
        "Malawi has passed 500, with hundreds more missing. Mozambique's president said "
        "the number of dead in his country could exceed 1,000. The storm made landfall "
        "near Beira late last week with winds of up to 175 km per hour, and heavy rain "
        "caused two rivers to burst their banks, creating what aid workers called an "
        "inland ocean. People clung to trees and rooftops for days waiting to be rescued. "
        "South African military helicopters and boats from aid agencies have rescued "
        'thousands. "We saw bodies floating in the water," said a rescuer. In Zimbabwe, '
        "landslides buried homes in the eastern district of Chimanimani. The UN said it "
        "was the worst weather disaster in the southern hemisphere in decades. About "
        "400,000 people have been left homeless in Mozambique, and aid agencies are "
        "setting up camps in schools and churches. Health workers fear outbreaks of "
        "cholera and malaria. The World Food Programme has begun distributing food by "
        "air. Beira's airport reopened for relief flights on Tuesday. The government has "
        "declared three days of national mourning. Donors have pledged millions of "
        "dollars, but aid groups say much more will be needed. Beira, a city of about "
        "500,000 people, is a major port for landlocked countries including Zimbabwe, "
        "Zambia and Malawi. Power and telephone lines were cut throughout the city, and "
        "roads to the interior were washed away. Aid agencies said it could take weeks to "
        "reach some areas. Scientists said warmer seas had contributed to the storm's "
        "strength, and experts called for better early warning systems in the region.",
        "disaster",
    ),
    N(
        "Army, navy and fishermen join rescue as Kerala floods kill hundreds",
        "KOCHI, India - Soldiers, navy divers and hundreds of fishermen with their own "
        "boats were rescuing people from rooftops across the southern Indian state of "
        "Kerala on Saturday, as the worst floods in nearly a century killed more than 350 "
        "people since the start of the monsoon. The state's chief minister said more than "
        "300,000 people were staying in relief camps. Dams across the state opened their "
        "gates as reservoirs filled, and rivers swept through towns near Kochi. Kochi's "
        "international airport was closed after its runway flooded. The navy's rescue "
        "mission, named Operation Madad, used helicopters to lift people from flooded "
        "houses, and one pilot landed on a roof to pick up a group of elderly people. "
        '"The fishermen are our army," said the chief minister, praising boat owners from '
        "coastal villages who travelled inland to help. Landslides in the hills buried "
        "homes. The prime minister surveyed the damage from the air and announced "
        "emergency funds. People from across India sent food, clothes and money. "
        "Officials warned of disease once the water recedes. Kerala receives heavy rain "
        "every monsoon, but this year's rainfall has been far above average. "
        "Environmental groups said quarrying and construction on hillsides had made the "
        "landslides worse. Forecasters said the rain would ease in the coming days. More "
        "than 10,000 km of roads have been damaged, officials said, and thousands of "
        "houses have been destroyed. The state government estimated the losses at "
        "billions of dollars and appealed for donations. Train services between Kochi and "
        "other parts of the state were suspended. Relief camps were set up in schools and "
        "churches, where volunteers cooked meals and distributed clothes.",
        "disaster",
    ),
    # ------------------------------------------------------------ crime
    N(
        "Sweden's gang shootings reach record as police ask for new powers",
        "STOCKHOLM - Sweden recorded more deadly shootings in September than in any month "
        "since records began, police said on Monday, as a conflict between rival criminal "
        "gangs spilled into suburbs and small towns, killing teenagers and bystanders. "
        "Twelve people were shot dead during the month, including a 13-year-old boy found "
        "in woods south of Stockholm and a woman killed in an explosion at her home in "
        "Uppsala. Police say gangs are recruiting children as young as 14 as hired "
        "killers, often through social media, because they face lighter sentences. The "
        "national police chief said the wave of violence was driven by a feud within one "
        "of the country's largest drug networks. The prime minister said in a televised "
        "address that the government would ask the armed forces to help the police with "
        'tasks such as analysis and logistics, but not patrols. "We will hunt the gangs '
        'down and we will defeat them," he said. The opposition accused the government of '
        "failing to deliver on its promises. Criminologists say Sweden now has one of the "
        "highest rates of gun deaths in Europe. Police have asked for more powers to "
        "search people in areas with frequent shootings and to intercept communications. "
        "Residents of affected suburbs say they are afraid to let their children out in "
        "the evening. Prosecutors have charged more than 40 people in connection with the "
        "killings this year. The government has proposed doubling sentences for some gang "
        "crimes and giving police the power to set up zones where they can search people "
        "without suspicion. Critics warn that the measures could harm relations between "
        "the police and residents of poor suburbs. Swedish police have set up a national "
        "operation to tackle the shootings. In Jordbro, south of Stockholm, where one of "
        "the month's killings took place, parents have started walking the streets in the "
        'evenings in high-visibility vests. "We want the children to see adults outside," '
        "said one of the organisers, a mother of three. Youth workers say teenagers are "
        "lured by money and status, and that some are in debt to gang members who then "
        "order them to carry out attacks. Social services have been criticised for "
        "failing to act on warnings about children at risk. The government has also "
        "proposed making it easier to deport foreign nationals convicted of gang crimes, "
        "a plan that critics say targets immigrants rather than the problem. Police said "
        "most of the suspects arrested so far were born in Sweden.",
        "crime",
    ),
    N(
        "Court convicts eight over Nice truck attack that killed 86",
        "PARIS - A special court in Paris convicted eight people on Tuesday of helping "
        "the man who drove a truck into crowds on Nice's seafront on Bastille Day in "
        "2016, killing 86 people, and sentenced two of them to 18 years in prison. The "
        "attacker, a Tunisian living in Nice, was shot dead by police at the end of the "
        "attack, which was claimed by Islamic State. The defendants were accused of "
        "supplying him with weapons or of being in contact with him before the attack. "
        "Prosecutors said none of them knew what he planned to do, and the court cleared "
        "two of them of terrorism charges. Relatives of the victims, many of whom "
        "travelled from Nice to attend the three-month trial, said the verdicts were a "
        'step but that the man responsible would never face justice. "This does not bring '
        'anyone back," said a woman who lost her son. The trial heard testimony from '
        "hundreds of survivors, some of whom described seeing the truck zigzag along the "
        "Promenade des Anglais as families watched fireworks. The attack was one of the "
        "deadliest in France's history. Several defendants said they would appeal. The "
        "court was set up specially for the trial, with space for more than 500 people "
        "and a video link to a hall in Nice. A memorial to the victims is being built in "
        "a garden near the promenade. The verdict came after a trial in which survivors "
        "and relatives described the lasting effects of the attack on their lives. Many "
        "of the victims were children, and several families lost more than one member. "
        "The prosecutor said the defendants had been part of the attacker's circle but "
        "not his accomplices. Victims' lawyers said the trial had allowed them to be "
        "heard.",
        "crime",
    ),
    N(
        "'El Chapo' sentenced to life in US prison",
        'NEW YORK - Joaquin "El Chapo" Guzman, the former leader of Mexico\'s Sinaloa drug '
        "cartel, was sentenced on Wednesday to life in prison plus 30 years by a federal "
        "judge in Brooklyn, ending the career of one of the world's most notorious drug "
        "traffickers. The judge also ordered him to forfeit $12.6 billion. Guzman, 62, "
        "was convicted in February of drug trafficking, money laundering and weapons "
        "charges after a three-month trial in which former associates testified against "
        "him. Prosecutors said he had smuggled tonnes of cocaine, heroin and marijuana "
        "into the United States over more than two decades and ordered killings of "
        "rivals. Before the sentence, Guzman complained about his conditions in solitary "
        'confinement and called the trial unfair. "Since the government of the United '
        "States is going to send me to a prison where my name will never be heard again, "
        'I take this opportunity to say there was no justice here," he said through an '
        "interpreter. His lawyers said they would appeal. Guzman escaped twice from "
        "Mexican maximum-security prisons, once through a mile-long tunnel dug to the "
        "shower of his cell, before he was recaptured in 2016 and extradited. He is "
        "expected to serve his sentence at the federal supermax prison in Colorado. "
        "Prosecutors said the cartel remained active under his sons and an old partner. "
        "His wife watched from the public gallery. The trial heard evidence of the "
        "cartel's methods of smuggling drugs, including tunnels under the border and cans "
        "of jalapeno peppers filled with cocaine. Jurors were kept anonymous for their "
        "safety. Mexico's president said the sentence showed the need to tackle the "
        "causes of drug violence.",
        "crime",
    ),
    N(
        "Texas school shooting: a town grieves, and the gun debate returns",
        "SANTA FE, Texas - Residents of this small town near Houston gathered for a "
        "prayer vigil on Saturday night, a day after a 17-year-old student opened fire "
        "with a shotgun and a revolver at Santa Fe High School, killing ten people, eight "
        "of them students, and wounding 13. The suspect, who surrendered to police after "
        "a gunfight with officers inside the school, has been charged with capital "
        "murder. Investigators said he had taken the guns from his father, who owned them "
        "legally. The county sheriff said there was no indication of a political motive, "
        "and investigators found journals in which the teenager wrote about wanting to "
        "kill himself. Police also found explosive devices at the school and nearby that "
        "did not go off. \"It's been happening everywhere; I've always kind of felt like "
        'eventually it was going to happen here," a student told a television reporter, '
        "in words that were shared widely online. It was the deadliest school shooting in "
        "the United States since February, when 17 people were killed in Parkland, "
        "Florida. The governor said he would hold roundtable discussions on school "
        "safety, and suggested more armed guards in schools. Gun-control groups called "
        "for stricter laws on storing firearms. The school will remain closed for the "
        "rest of the week. Counsellors are available at local churches. Santa Fe is a "
        "conservative town of about 13,000 people where gun ownership is common. Some "
        "residents said more guns, not fewer, were the answer, while others called for "
        "tighter rules on keeping weapons locked away. The school district said it would "
        "review its security procedures. Funerals for the victims will be held next week.",
        "crime",
    ),
    N(
        "Robbers blow open cash van in Johannesburg shootout with police",
        "JOHANNESBURG - A gang of heavily armed robbers used explosives to blow open a "
        "cash-in-transit van on a busy road in Boksburg, east of Johannesburg, on Tuesday "
        "morning, and exchanged fire with police before escaping with an unknown amount "
        "of money, police said. Two security guards were wounded, and a passer-by was hit "
        "by a stray bullet. Video filmed by a motorist showed the gang forcing the van "
        "off the road with two cars and firing rifles at the guards. The van burst open "
        "in a cloud of smoke and banknotes. South Africa has seen a sharp rise in attacks "
        "on cash vans in recent years, and the security industry says the gangs are well "
        "organised and often helped by insiders. Police said they had arrested four "
        "suspects in a raid in Soweto on Wednesday and recovered rifles and part of the "
        'money. "We will not let criminals turn our roads into battlefields," the police '
        "minister said. The security guards' union has called for better-armoured "
        "vehicles and for guards to be given heavier weapons. The cash-handling companies "
        "say they have spent millions on new technology, including dye that stains "
        "banknotes when a box is forced. The wounded guards were in stable condition in "
        "hospital. Police have offered a reward for information on the rest of the gang. "
        "The case has been handed to a specialised unit of the police. The security "
        "industry says there have been hundreds of attacks on cash vans this year, and "
        "that the gangs often use military-style weapons. Guards have gone on strike in "
        "the past to demand better protection. Banks have been encouraging customers to "
        "use electronic payments to reduce the amount of cash in circulation.",
        "crime",
    ),
    N(
        "German court jails former Syrian colonel for life over prison torture",
        "KOBLENZ, Germany - A German court on Thursday sentenced a former Syrian "
        "intelligence officer to life in prison for crimes against humanity, in the first "
        "trial anywhere over state torture under the Syrian government. The court found "
        "that the 58-year-old was responsible for the torture of at least 4,000 people "
        "and the deaths of 27 at a detention centre in Damascus known as Branch 251, "
        "which he oversaw in 2011 and 2012. The defendant, who defected and came to "
        "Germany as an asylum seeker in 2014, denied the charges. German prosecutors used "
        "the principle of universal jurisdiction, which allows the prosecution of serious "
        "crimes committed abroad. Survivors who testified during the trial, which lasted "
        "almost two years, described beatings, electric shocks and overcrowded cells. "
        '"This verdict is for everyone who did not survive," said a former detainee who '
        "was a witness. Lawyers for the survivors said the case showed that justice was "
        "possible even when the government that committed the crimes remains in power. A "
        "second defendant, a lower-ranking officer, was convicted last year. The court "
        "used thousands of photographs smuggled out of Syria by a military photographer "
        "as evidence. Human rights groups hope other European countries will bring "
        "similar cases. The defence said it would appeal. The judges noted that the "
        "defendant had left the service early on. Germany has become a centre for such "
        "cases because of its laws and because hundreds of thousands of Syrians, "
        "including many victims and witnesses, live in the country. Prosecutors have "
        "opened investigations into other suspects. The trial was closely followed by "
        "Syrians in Germany and abroad. One witness, a former detainee who now lives in "
        "Berlin, told the court how he was held for weeks in a crowded underground cell "
        "where prisoners took turns to sleep, and was beaten during interrogations. "
        "Another described hearing the screams of other detainees every night. Several "
        "witnesses testified with their faces covered, fearing for relatives still in "
        "Syria. The judges also heard from a former gravedigger who said he had helped "
        "bury thousands of bodies in mass graves near Damascus. Outside the court on "
        "Thursday, a group of Syrians held up photographs of relatives who disappeared in "
        "detention, and some wept as the verdict was announced.",
        "crime",
    ),
]
