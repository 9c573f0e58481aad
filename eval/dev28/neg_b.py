"""eval/dev28 negatives, part B: disasters, crime, the military, protest, accidents, health and
other news. Whole articles with no current event of armed conflict; see labels.py for P and N.
"""

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
    # ------------------------------------------------------------ military
    N(
        "Poland signs deal for hundreds of South Korean tanks and howitzers",
        "WARSAW - Poland signed agreements on Wednesday to buy hundreds of tanks, "
        "howitzers and fighter jets from South Korea, in one of the largest arms deals in "
        "Europe in decades, as it races to build up its army after Russia's invasion of "
        "neighbouring Ukraine. The deals, signed at a military base in Warsaw, cover 180 "
        "K2 tanks, 212 K9 self-propelled howitzers and 48 FA-50 light combat aircraft in "
        "a first phase, with more to follow. Deliveries are to begin this year. Poland's "
        "defence minister said the army needed the weapons quickly and that South Korean "
        'manufacturers could deliver faster than Western rivals. "We are building the '
        'strongest land army in Europe," he said. The government plans to raise defence '
        "spending to 3% of economic output next year and to double the size of the army. "
        "It has already ordered tanks from the United States and given hundreds of its "
        "older Soviet-designed tanks to Ukraine. Some of the Korean tanks will later be "
        "built in Poland under licence. Analysts said the deal reflected a shift in "
        "European defence spending towards Asian suppliers. The opposition criticised the "
        "lack of public debate on the contracts. South Korea's defence industry has grown "
        "rapidly in recent years. The first K2 tanks are to arrive in Gdynia by ship "
        "before Christmas. The deal is part of a wider plan to modernise Poland's armed "
        "forces, which also includes American Abrams tanks, HIMARS rocket launchers and "
        "Patriot air defence systems. The government has set up a special fund outside "
        "the regular budget to pay for the purchases. Economists have warned that the "
        "spending could add to public debt.",
        "military",
    ),
    N(
        "NATO launches largest exercise since Cold War",
        "BRUSSELS - NATO began its largest military exercise in decades on Monday, with "
        "about 90,000 troops from all 31 allies and Sweden taking part in drills that "
        "will run until the end of May, the alliance said. The exercise, called Steadfast "
        "Defender, will test how quickly NATO can move forces across the Atlantic and "
        "through Europe to defend its eastern flank in the event of an attack by Russia. "
        "More than 50 ships, including aircraft carriers, over 80 fighter jets and more "
        'than 1,100 combat vehicles will be involved. "NATO will demonstrate its ability '
        "to reinforce the Euro-Atlantic area,\" the alliance's supreme commander said. The "
        "drills will take place in Germany, Poland, the Baltic states and Norway, among "
        "other countries. Officials said the scenario was based on NATO's new regional "
        "defence plans, drawn up after Russia's invasion of Ukraine. Russia's deputy "
        "foreign minister said the exercise was a sign that NATO was preparing for a "
        "conflict. The alliance says it is purely defensive. A convoy of US armoured "
        "vehicles will travel from Dutch ports to Poland, and British troops will "
        "practise river crossings in Poland. The exercise comes as several European "
        "governments have warned that Russia could attack a NATO country within years. "
        "Railway operators said some freight trains would be rerouted to make room for "
        "military trains. Sweden, which applied to join NATO in 2022, is expected to "
        "become a member soon. Finland joined the alliance last year. The last exercise "
        "on a similar scale was held in 1988, when the alliance still faced the Soviet "
        "Union. Officials said the drills would also test the readiness of roads, bridges "
        "and railways to carry heavy military equipment.",
        "military",
    ),
    N(
        "North Korea fires ballistic missile into sea off Japan",
        "SEOUL/TOKYO - North Korea fired a ballistic missile on Wednesday that flew about "
        "1,000 km before falling into the sea inside Japan's exclusive economic zone, "
        "South Korea's military and the Japanese government said. It was the latest in a "
        "series of weapons tests this year. The missile was launched from an area near "
        "Pyongyang before dawn and reached an altitude of more than 4,000 km, South "
        "Korea's joint chiefs of staff said, suggesting it was an intercontinental "
        "ballistic missile fired on a steep trajectory. Japan's prime minister called the "
        'launch "an outrageous act" and said Tokyo had lodged a protest. No damage to '
        "ships or aircraft was reported. North Korea's state media later said the country "
        "had successfully tested a new missile capable of reaching the entire US "
        "mainland, and that its leader had watched the launch. South Korea's military "
        "held a missile drill of its own in response. The UN Security Council is to meet "
        "to discuss the test. North Korea is under UN sanctions over its weapons "
        "programmes, but has continued to develop missiles and nuclear weapons. Analysts "
        "said the test showed progress in the country's technology. The United States "
        "said it remained committed to the defence of its allies. Financial markets in "
        "Seoul were calm. Japan did not try to shoot down the missile, which came down "
        "far from the coast, officials said. The United States and South Korea have been "
        "discussing new military exercises in the region. China, North Korea's main ally, "
        "called on all sides to show restraint and return to talks.",
        "military",
    ),
    N(
        "India commissions first home-built aircraft carrier",
        "KOCHI, India - India commissioned its first domestically built aircraft carrier "
        "on Friday, joining a small group of countries able to design and build such "
        "ships. The prime minister attended the ceremony at the Cochin Shipyard, where "
        "the INS Vikrant was built over more than a decade. The 262-metre carrier, which "
        "displaces about 45,000 tonnes, can carry 30 aircraft, including fighter jets and "
        'helicopters. "Vikrant is a symbol of India\'s self-reliance," the prime minister '
        "said. The navy also unveiled a new ensign, dropping the cross of St George that "
        "had been a legacy of British rule. The carrier will undergo flight trials before "
        "it becomes fully operational, expected next year. The navy has not yet decided "
        "which fighter jet it will buy for the ship. India already operates one carrier, "
        "bought from Russia. Analysts said the new ship would help India project power in "
        "the Indian Ocean, where China's navy has become more active. More than "
        "three-quarters of the carrier's components were made in India, the navy said. "
        "The ship cost about $2.5 billion. The shipyard said it hoped to win orders for a "
        "second carrier. Sailors in white uniforms lined the flight deck for the "
        "ceremony, and the national anthem was played. Navy officials said the name was "
        "taken from India's first carrier, which served in the war of 1971 and was "
        "retired in 1997. The navy has said it wants a third carrier to allow it to keep "
        "two at sea at all times, but the government has not yet approved the plan. "
        "Defence analysts said the commissioning showed the progress made by India's "
        "shipbuilding industry, though many key systems, including the engines, were "
        "still imported.",
        "military",
    ),
    N(
        "Japan approves record defence budget and long-range missiles",
        "TOKYO - Japan's cabinet approved a record defence budget on Friday and a plan to "
        "acquire missiles able to strike targets in other countries, the biggest change "
        "to its security policy since the Second World War. The government plans to spend "
        "43 trillion yen on defence over five years, raising spending to about 2% of "
        "economic output by 2027. The budget for next year includes funds for US Tomahawk "
        "cruise missiles and for developing Japan's own longer-range missiles. The prime "
        "minister said Japan faced its most severe security environment since the war, "
        "pointing to China's military build-up, North Korea's missile tests and Russia's "
        'invasion of Ukraine. "We must protect our people," he said. Japan\'s pacifist '
        "constitution renounces war, and previous governments said the country would not "
        "acquire the ability to strike enemy bases. The new strategy describes such "
        '"counterstrike" capabilities as defensive. China said Japan was hyping a threat '
        "to justify its military expansion. Opinion polls show public support for higher "
        "spending, but less for paying for it with higher taxes. The ruling party is "
        "divided over how to fund the increase. The United States welcomed the plan. "
        "Defence companies' shares rose in Tokyo. The budget must still be passed by "
        "parliament, where the ruling coalition has a majority. The plan also includes "
        "funds for ammunition stockpiles, cyber defence and space capabilities, and for a "
        "new joint command for the armed forces. Japan will work with Britain and Italy "
        "to develop a new fighter jet. Some members of the public have raised concerns "
        "that the change could draw Japan into regional conflicts.",
        "military",
    ),
    # ------------------------------------------------------------ protest
    N(
        "More than a million march in France against pension reform",
        "PARIS - More than a million people marched in cities across France on Thursday "
        "against the government's plan to raise the retirement age to 64 from 62, the "
        "interior ministry said, in the biggest day of protest against a reform in more "
        "than a decade. Unions put the number at more than two million. Strikes halted "
        "most trains and metro lines in Paris, closed many schools and cut output at "
        "power stations and refineries. In the capital, marchers walked from Place de la "
        "Republique to Place de la Nation, many carrying union flags and banners. Police "
        'said the marches had passed off peacefully, with no serious incidents. "I have '
        'worked since I was 18 and my back is finished," said a care worker who travelled '
        "from Lille. The government says the reform is needed to keep the pension system "
        "solvent, and that most European countries have raised their retirement ages. The "
        'prime minister said the age of 64 was "no longer negotiable", though she would '
        "discuss other points. Unions announced another day of strikes and marches for "
        "the end of the month. Opinion polls show most French people oppose the reform. "
        "The bill will be debated in parliament next month. Commuters in Paris walked or "
        "cycled to work, and many people worked from home. The head of the largest union "
        "said the turnout showed the strength of opposition. The government has already "
        "raised the retirement age once, in 2010, when it was raised to 62 from 60 "
        "despite months of protests. Economists are divided on whether the reform is "
        "necessary. The strike at refineries has not so far led to fuel shortages, the "
        "energy ministry said. Rail operators expect disruption to continue on Friday.",
        "protest",
    ),
    N(
        "German farmers block roads with tractors in week of protest",
        "BERLIN - Thousands of German farmers drove tractors into cities and blocked "
        "motorway slip roads on Monday, starting a week of protests against the "
        "government's plan to cut subsidies for agricultural diesel. Long columns of "
        "tractors, many decorated with banners, moved slowly through Berlin, Munich and "
        "Hamburg, and traffic was disrupted across the country. In the capital, farmers "
        "parked hundreds of tractors near the Brandenburg Gate. Police said the protests "
        'were peaceful. "Without us there is no food," read one banner. The farmers\' '
        "association said the cuts would cost a typical farm thousands of euros a year. "
        "The government, which must close a hole in its budget after a court ruling, has "
        "already scaled back its plans, but farmers want them dropped entirely. The "
        "finance minister addressed a rally in Berlin and was booed. Truckers and "
        "restaurant owners joined some of the protests. The interior ministry warned that "
        "far-right groups were trying to use the protests, and the farmers' association "
        "said it rejected extremists. A planned rail strike later in the week is expected "
        "to add to the disruption. Some farmers said they would continue to protest until "
        "the cuts were withdrawn. Opinion polls show that most Germans have sympathy for "
        "the farmers. The protest week ends with a large rally in Berlin on Monday. "
        "Agriculture accounts for a small share of Germany's economy, but farmers have "
        "strong support in rural areas. The government has said it must find billions of "
        "euros in savings after the constitutional court blocked its plan to move unused "
        "pandemic funds to climate projects. Farmers in France, the Netherlands and "
        "Belgium have also staged protests in recent months.",
        "protest",
    ),
    N(
        "Women's strike fills Polish cities for a week over abortion ruling",
        "WARSAW - Tens of thousands of people marched through Warsaw on Friday evening on "
        "the eighth day of protests against a court ruling that imposes a near-total ban "
        "on abortion in Poland, in the largest demonstrations in the country since the "
        "fall of communism. Protesters waved banners with red lightning bolts, the symbol "
        "of the movement, and chanted slogans against the ruling party. Smaller marches "
        "were held in more than 400 towns. Police said the Warsaw march was peaceful and "
        "estimated that 100,000 people took part. Organisers called on women to stay away "
        "from work on Wednesday in a nationwide strike. Many businesses closed in "
        'solidarity. "We are not going to give up," said a 22-year-old student. The '
        "Constitutional Tribunal ruled last week that abortion in cases of severe foetal "
        "defects was unconstitutional, which would leave abortion legal only in cases of "
        "rape, incest or a threat to the mother's life. The government has delayed "
        "publishing the ruling, which must appear in the official journal to take effect. "
        "The ruling party's leader called on supporters to defend churches, where some "
        "protesters had interrupted masses with banners. The president has proposed a "
        "compromise that would allow abortion in some cases. The protests took place "
        "despite restrictions on gatherings because of the pandemic. Poland already had "
        "one of the strictest abortion laws in Europe before the ruling. Fewer than 2,000 "
        "legal abortions are carried out each year, and women's groups estimate that many "
        "more women travel abroad or buy pills online. The Constitutional Tribunal's "
        "judges were mostly appointed by the ruling party, and critics say it is no "
        "longer independent.",
        "protest",
    ),
    N(
        "Climate activists glue themselves to M25 gantries, dozens arrested",
        "LONDON - Police arrested 35 climate activists on Monday after they climbed onto "
        "gantries over the M25 motorway around London and glued themselves to the "
        "structures, forcing police to stop traffic on several sections during the "
        "morning rush hour. The group Just Stop Oil, which wants the government to halt "
        "new oil and gas licences, said it was the start of a week of action. Long queues "
        "built up on the motorway, and some drivers shouted at the protesters. Officers "
        "used specialist teams to remove the activists, who were arrested on suspicion of "
        'causing a public nuisance. No one was hurt. "We are in a climate emergency, and '
        'the government is pouring petrol on the fire," said a spokeswoman for the group. '
        'The home secretary said the protests were "selfish" and that the government '
        "would give police new powers to deal with them. Ambulances were diverted, the "
        "motorway's operator said. The group has previously thrown soup at a Van Gogh "
        "painting and blocked roads in central London. A court granted an injunction "
        "banning protests on the M25 earlier this year, and activists who break it could "
        "be jailed. Opinion polls show most Britons support action on climate change but "
        "oppose disruptive protest. Traffic was back to normal by the afternoon. The M25 "
        "is one of the busiest roads in Europe, carrying up to 200,000 vehicles a day on "
        "some sections. Motoring groups said the protests put drivers at risk and wasted "
        "police time. The group said its supporters had been trained in non-violent "
        "action and would not resist arrest.",
        "protest",
    ),
    # ------------------------------------------------------------ accident
    N(
        "Plane crashes near Pokhara airport, killing 72 on board",
        "KATHMANDU - A Yeti Airlines passenger plane crashed into a river gorge while "
        "approaching the tourist city of Pokhara in central Nepal on Sunday, killing all "
        "72 people on board in the country's deadliest air accident in three decades, "
        "officials said. The ATR 72 turboprop, flying from Kathmandu, came down minutes "
        "before landing at Pokhara's new international airport, which opened two weeks "
        "ago. Videos filmed by residents showed the aircraft banking sharply to the left "
        "before it fell. Soldiers, police and residents searched the wreckage in the "
        "gorge of the Seti river, where smoke rose from the debris. The passengers "
        "included 15 foreigners, among them five Indians, four Russians and two South "
        'Koreans. "There were flames everywhere, we could not get close," said a man who '
        "lives nearby. The weather was clear at the time of the crash. The government set "
        "up a panel to investigate and declared a day of national mourning. The plane's "
        "flight data recorders have been recovered. Nepal's aviation safety record is "
        "poor, partly because of its mountainous terrain and sudden changes in weather, "
        "and its airlines are banned from flying in the European Union. Family members "
        "gathered at the hospital in Pokhara to identify the bodies. Among those killed "
        "was a co-pilot whose husband had died in another crash years earlier. Pokhara is "
        "the gateway to the Annapurna mountain range and one of Nepal's most popular "
        "tourist destinations. The new airport, built with Chinese loans, was meant to "
        "bring more international flights to the city. Nepal's airlines have had several "
        "fatal crashes in recent years, and experts have called for investment in modern "
        "navigation equipment and better training.",
        "accident",
    ),
    N(
        "Old landmine kills three farmers clearing land in Cambodia",
        "PHNOM PENH - Three farmers were killed on Sunday when an old anti-tank mine "
        "exploded as they were clearing land with a tractor in Cambodia's north-western "
        "province of Banteay Meanchey, near the border with Thailand, officials said. The "
        "blast destroyed the tractor. The mine was laid during the country's civil war, "
        "which ended more than two decades ago, according to the Cambodian Mine Action "
        "and Victim Assistance Authority. The men were brothers and a cousin, aged "
        'between 24 and 41, and had bought the land a month earlier. "They were looking '
        'for a better life," said a village chief. Cambodia is one of the countries most '
        "contaminated by landmines and unexploded ordnance, left from three decades of "
        "war that ended in 1998. More than 19,000 people have been killed and 45,000 "
        "injured since 1979, the authority says. Casualties have fallen sharply in recent "
        "years as deminers have cleared large areas, but accidents still happen when "
        "farmers expand into land that has not been checked. The government aims to clear "
        "all mines by 2025, though officials say the target may slip. Deminers from a "
        "local organisation were sent to check the field after the blast. The prime "
        "minister offered condolences to the families and urged villagers to report "
        "suspicious objects. Funding for demining has fallen as foreign donors have "
        "shifted their attention elsewhere. Cambodia has become a centre of expertise in "
        "mine clearance, and Cambodian deminers now work in other countries, including "
        "Ukraine and several African states. The mine action authority said the province "
        "of Battambang and other areas along the Thai border remained the most "
        "contaminated. The men's families held funerals at the village pagoda on Monday.",
        "accident",
    ),
    N(
        "Dynamite blasts at Bata barracks blamed on negligence",
        "BATA, Equatorial Guinea - A series of explosions at a military barracks in "
        "Equatorial Guinea's largest city killed at least 98 people and injured more than "
        "600 on Sunday, the health ministry said. The blasts destroyed the Nkoa Ntoma "
        "barracks and flattened houses in the surrounding neighbourhood. The president "
        'said the explosions were caused by the "negligent handling" of dynamite stored '
        "at the base and that farmers had been burning fields nearby, which may have "
        "caused a fire. Television images showed people pulling the injured from the "
        "rubble, and hospitals in Bata were overwhelmed. The government appealed for "
        "international help, and neighbouring countries sent medical teams. Residents "
        "said the first blast shook the whole city and blew out windows kilometres away. "
        '"We thought it was an earthquake," said a shopkeeper. Rescue teams worked '
        "through the night searching for survivors. The president ordered an "
        "investigation and said the armed forces would move explosives away from "
        "populated areas. The blasts raised questions about the storage of munitions in "
        "cities. Equatorial Guinea, a small oil producer on the Gulf of Guinea, has a "
        "population of about 1.4 million. Hundreds of families lost their homes and were "
        "staying with relatives or in churches. The government declared three days of "
        "national mourning. Bata, on the mainland part of the country, is Equatorial "
        "Guinea's economic capital. The country's oil production has fallen in recent "
        "years, and the economy has been in recession. The health ministry said blood "
        "banks were running short and appealed for donors. Spain, the former colonial "
        "power, sent medical supplies.",
        "accident",
    ),
    N(
        "Overloaded ferry capsizes on Lake Victoria, more than 200 dead",
        "UKARA ISLAND, Tanzania - The death toll from the capsizing of a ferry on Lake "
        "Victoria rose to 224 on Saturday as divers recovered more bodies from the "
        "upturned hull, Tanzanian officials said. The MV Nyerere overturned on Thursday "
        "afternoon just metres from the dock on Ukara island, as passengers rushed to one "
        "side to disembark. The ferry was licensed to carry 101 passengers, but officials "
        "believe it was carrying many more, as well as bags of maize and cement. It was "
        "market day on the neighbouring island of Bugorora. Forty-one people were "
        "rescued, including an engineer who was found alive in a pocket of air inside the "
        "hull after almost two days. The president ordered the arrest of the ferry's "
        'managers and declared four days of national mourning. "These deaths were not an '
        'act of God," he said. Families gathered on the shore to identify relatives as '
        "bodies were laid out in rows. The Tanzanian army and police divers led the "
        "rescue operation. Boats on Lake Victoria, Africa's largest lake, are often "
        "overloaded and lack life jackets. A ferry disaster in 1996 killed more than 800 "
        "people. The government said it would review safety rules on the lake. Those "
        "buried on Saturday were laid to rest in a mass grave on the island, after a "
        "service attended by thousands. Ferries are the main form of transport between "
        "the islands of the lake and the mainland, and many islanders make the journey "
        "several times a week to buy and sell goods. The government said a new ferry "
        "would be provided for the route. Survivors said the crew had not stopped "
        "passengers from crowding onto one side of the vessel.",
        "accident",
    ),
    # ------------------------------------------------------------ health
    N(
        "Ebola outbreak in Uganda's Mubende: schools close early as cases rise",
        "KAMPALA - Uganda will close schools two weeks early to limit the spread of an "
        "Ebola outbreak that has killed 55 people, the education minister said on "
        "Tuesday. The outbreak, caused by the Sudan strain of the virus, for which there "
        "is no approved vaccine, was declared in September in the central district of "
        "Mubende. Cases have since been confirmed in the capital Kampala and in several "
        "other districts. The government has imposed a lockdown on Mubende and the "
        "neighbouring district of Kassanda, restricting travel in and out. Health workers "
        'are among the dead. "We are in a battle against a killer disease," the health '
        "minister said. The World Health Organization said trial vaccines would be sent "
        "to Uganda within weeks. Contact tracing has been difficult because some patients "
        "first went to traditional healers, officials said. Children have been among the "
        "recent cases in Kampala, which prompted the decision to close schools. Ebola "
        "spreads through contact with the bodily fluids of infected people and kills "
        "about half of those it infects on average. Uganda has dealt with several "
        "outbreaks in the past, and health experts have praised its response. The "
        "government has set up isolation centres in the affected districts. Traders in "
        "Mubende say the lockdown has hurt their business. The last outbreak of the Sudan "
        "strain in Uganda was in 2012. Mubende is a gold mining area, and health "
        "officials say the movement of miners and traders has helped spread the disease. "
        "Neighbouring countries have stepped up screening at border crossings. The "
        "government has urged people not to attend large gatherings in the affected "
        "districts, and burials are being carried out by trained teams.",
        "health",
    ),
    N(
        "Malawi begins world's first routine malaria vaccination",
        "LILONGWE - Malawi on Tuesday became the first country to give a malaria vaccine "
        "to children as part of routine immunisation, in a pilot programme that health "
        "officials called a milestone in the long war against one of Africa's deadliest "
        "diseases. A two-year-old girl received the first dose of the RTS,S vaccine at a "
        "health centre in Lilongwe, watched by the health minister and officials from the "
        "World Health Organization. Ghana and Kenya will start giving the vaccine in the "
        "coming weeks. The pilot aims to reach about 360,000 children a year in the three "
        "countries. The vaccine, developed over three decades, prevents about four in ten "
        "cases of malaria in clinical trials and requires four doses. Health officials "
        "say it will be used alongside bed nets, insecticides and treatment, not instead "
        'of them. "We have to attack malaria with every weapon we have," the health '
        "minister said. Malaria kills more than 400,000 people a year, most of them "
        "children under five in sub-Saharan Africa. In Malawi, it is one of the leading "
        "causes of death among young children. Mothers at the health centre said they had "
        "lost children or relatives to the disease. The WHO will evaluate the pilot "
        "before deciding whether to recommend wider use of the vaccine. Funding comes "
        "from global health donors. Malaria is caused by a parasite carried by "
        "mosquitoes, and children who survive repeated infections slowly build up partial "
        "immunity. Researchers say drug resistance is a growing problem in some regions, "
        "which makes new tools more important. The vaccine's developer has pledged to "
        "donate up to ten million doses for the pilot.",
        "health",
    ),
    N(
        "Zambia races to vaccinate as cholera outbreak fills stadium clinic",
        "LUSAKA - Zambia launched an emergency cholera vaccination campaign in the "
        "capital on Saturday, as the country struggled to contain its worst outbreak in "
        "years, which has killed more than 400 people since October. The government "
        "turned the national football stadium in Lusaka into a treatment centre with "
        "hundreds of beds, and delayed the reopening of schools after the holidays. "
        "Health workers went door to door in crowded neighbourhoods of the capital to "
        'give oral vaccine doses. "We are fighting this outbreak on every front," the '
        "president said as he visited the stadium. The army was deployed to help clean "
        "streets and markets and to distribute clean water. Cholera, a bacterial "
        "infection spread through contaminated food and water, can kill within hours if "
        "untreated. Health experts say poor sanitation in fast-growing informal "
        "settlements and heavy rains have fuelled the outbreak. The World Health "
        "Organization said vaccine stocks were running low worldwide because of outbreaks "
        "in many countries. Neighbouring Zimbabwe and Malawi have also reported cases. "
        "Street vendors have been ordered off the streets of Lusaka's central business "
        "district, angering traders. The health ministry said new cases had begun to fall "
        "in some areas. Volunteers are handing out chlorine for drinking water. The "
        "government has also ordered the closure of some markets and restricted public "
        "gatherings. Water utilities have set up tanks in the worst-affected "
        "neighbourhoods. The president said the country needed to invest in sanitation to "
        "prevent future outbreaks, and announced plans to build new water and sewer lines "
        "in Lusaka.",
        "health",
    ),
    # ------------------------------------------------------------ other
    N(
        "Syrian family's chocolate factory marks ten years in Nova Scotia",
        "ANTIGONISH, Nova Scotia - Ten years after they arrived in Canada with almost "
        "nothing, a family of Syrian refugees celebrated the tenth anniversary of their "
        "chocolate company this week, with a party for the town that took them in. The "
        "family ran a chocolate factory in Damascus for decades until it was destroyed in "
        "a bombing during the war, and they fled to Lebanon before being resettled in "
        "this small town in eastern Canada through a private sponsorship group. They "
        "started making chocolates in their kitchen, selling them at a farmers' market. "
        "Today the company employs more than 50 people, ships across Canada and has a "
        'factory and a shop on the town\'s main street. "Canada gave us a second life," '
        "said the eldest son, who now runs the business. The company has become known for "
        "its campaigns for peace and for hiring other refugees. The prime minister has "
        "mentioned the family in speeches as an example of successful resettlement. The "
        "family said they had no plans to return to Syria. The eldest son's own children "
        "were born in Nova Scotia and speak English with a local accent. Sales have grown "
        "by about a fifth each year, and the company is opening a new production line. "
        'Residents said the family had become part of the community. "They are just our '
        'neighbours now," said a woman who was part of the original sponsorship group. '
        "Canada resettled more than 40,000 Syrian refugees between late 2015 and early "
        "2017, many of them through private groups of citizens who raised money to "
        "support newcomers for their first year. Studies show that privately sponsored "
        "refugees tend to find work faster. The family has since sponsored relatives to "
        "join them in Canada.",
        "other",
    ),
    N(
        "Ten years after 2015, most Syrian arrivals in Germany are in work, study finds",
        "NUREMBERG - Nearly two-thirds of the Syrians who came to Germany as refugees in "
        "2015 and 2016 now have jobs, according to a study published on Tuesday by the "
        "research institute of the federal employment agency, a decade after then "
        'Chancellor Angela Merkel said "We can do this" as hundreds of thousands of '
        "people arrived. The study found that men were far more likely to be employed "
        "than women, and that many worked in jobs below their qualifications, often in "
        "logistics, health care and hospitality. More than 5,000 Syrian doctors now work "
        "in German hospitals. The authors said language courses and faster recognition of "
        'qualifications had made the biggest difference. "Integration takes time, but it '
        'works," said the lead author. The arrival of more than a million people in 2015 '
        "and 2016, most of them fleeing the war in Syria, changed German politics and "
        "gave rise to a new far-right party. Many of those who arrived have become German "
        "citizens. Debate has turned to whether Syrians should return after the fall of "
        "the Assad government last year; surveys suggest most plan to stay. Employers' "
        "associations said they needed more workers and welcomed the findings. The study "
        "surveyed thousands of refugees every year since their arrival. A separate report "
        "found that children of refugees were doing better in school than expected. The "
        "institute said employment rates for refugees were now close to those of other "
        "immigrants who had been in the country for a similar time. Women with young "
        "children were the least likely to be working, often because of a lack of "
        "childcare places. In Hamburg, a Syrian pharmacist who arrived in 2015 after "
        "crossing the Aegean in a rubber boat now runs two pharmacies and employs eleven "
        "people. She said it took her four years to have her qualifications recognised, "
        'during which she worked in a warehouse and studied German at night. "The '
        'bureaucracy was harder than the journey," she said, laughing. Her children are '
        "at university. Business leaders in Germany, where an ageing population has left "
        "hundreds of thousands of jobs unfilled, have urged the government to speed up "
        "the recognition of foreign degrees and to make it easier for refugees to start "
        "work while their asylum applications are processed. The government said it would "
        "publish a plan to simplify the process in the autumn.",
        "other",
    ),
    N(
        "Sri Lanka elects leftist president in peaceful vote",
        "COLOMBO - Sri Lanka's election commission declared Anura Kumara Dissanayake the "
        "winner of the presidential election on Sunday, after the first second count of "
        "preferences in the country's history, making the Marxist-leaning politician the "
        "leader of a nation still recovering from an economic collapse. He won about 42% "
        "of the first-preference vote. Election monitors said the vote on Saturday had "
        "been the most peaceful in the country's history, with no major incidents "
        "reported. Dissanayake, 55, campaigned on promises to fight corruption and ease "
        "the burden of austerity measures agreed with the International Monetary Fund. "
        "His party, which led two failed armed uprisings in the 1970s and 1980s, has "
        "since become part of mainstream politics. Sri Lanka's economy collapsed in 2022, "
        "when the country ran out of foreign currency and defaulted on its debts, leading "
        'to mass protests that forced the then president to flee. "This victory belongs '
        'to all of us," Dissanayake wrote on social media. He will be sworn in on Monday. '
        "Tamil parties in the north, where a civil war ended in 2009, had backed other "
        "candidates. Analysts said the new president would have to balance his promises "
        "with the demands of creditors. The rupee was steady on Monday. The outgoing "
        "president congratulated him and wished him well. The new president has promised "
        "to renegotiate parts of the IMF programme, but said he would not tear up "
        "agreements with creditors. Investors had worried that his election could lead to "
        "a change in economic policy. He is expected to dissolve parliament and call "
        "early elections.",
        "other",
    ),
    N(
        "Former boat refugee takes logistics start-up public on Nasdaq",
        "NEW YORK - Shares of a California logistics software company rose 38% in their "
        "first day of trading on the Nasdaq on Thursday, giving it a market value of more "
        "than $9 billion and making its founder, who arrived in the United States as a "
        "refugee from Vietnam, one of the country's richest immigrants. The founder, now "
        "49, left Vietnam with his parents on a fishing boat in 1979, four years after "
        "the end of the war, and spent eight months in a refugee camp in Malaysia before "
        "the family was resettled in San Jose. His father worked as a janitor and his "
        'mother in an electronics factory. "They gave up everything so I could stand '
        'here," he said as he rang the opening bell. He studied computer science at '
        "Stanford and worked at several technology companies before founding the company "
        "in 2012. Its software helps retailers track shipments and manage warehouses. The "
        "company raised $700 million in the offering, one of the largest technology "
        "listings of the year. It is not yet profitable, but revenue grew 60% last year. "
        "Analysts said the listing showed strong demand for supply-chain technology after "
        "the disruptions of the pandemic. The founder has donated to programmes that help "
        "refugee students. He said he hoped to visit Vietnam with his children next year. "
        "Hundreds of thousands of Vietnamese left the country by sea in the years after "
        "1975, many of them in crowded fishing boats, and many were resettled in the "
        "United States, Canada, Australia and France. California has the largest "
        "Vietnamese-American community. The founder will keep control of the company "
        "through a special class of shares.",
        "other",
    ),
    N(
        "Hero rat that sniffed out landmines retires after five years",
        "PHNOM PENH - A giant African pouched rat that detected more than 100 landmines "
        "and other explosives in Cambodia has retired after five years of work, the "
        "charity that trained him said on Saturday. The rat, called Magawa, was born in "
        "Tanzania and trained by the Belgian charity APOPO to detect the chemical "
        "compounds in explosives. He cleared more than 225,000 square metres of land, the "
        "equivalent of 42 football pitches, allowing communities to farm and build "
        "safely. Rats are light enough not to set off mines, and can search an area the "
        "size of a tennis court in 30 minutes, a task that would take a person with a "
        "metal detector days. Magawa received a gold medal for bravery last year from a "
        'British veterinary charity, the first rat to win it. "He is slowing down, and it '
        'is time for him to rest," said his handler. Cambodia has millions of mines and '
        "unexploded shells left from decades of conflict that ended in the late 1990s. A "
        "new group of rats has arrived from Tanzania to continue the work. APOPO also "
        "trains rats to detect tuberculosis in laboratories. Magawa will spend his "
        "retirement in the charity's centre in Siem Reap, eating bananas and peanuts, his "
        "handler said. The charity said the rats were well cared for and worked only in "
        "the mornings. APOPO has also used rats in Angola, Mozambique and Zimbabwe, and "
        "Mozambique was declared free of known landmines in 2015. The charity says its "
        "rats take about a year to train and are rewarded with food when they find "
        "explosives. Human deminers then remove the mines that the rats have found.",
        "other",
    ),
]
