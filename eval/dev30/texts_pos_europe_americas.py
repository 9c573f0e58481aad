"""Positives of eval/dev30, Europe, the Americas, 2015-2019: (title, text, tags, kind)."""

POSITIVES = [
    (
        "Russian missile hits Kyiv children's hospital in daytime barrage",
        "KYIV — A Russian missile struck Ukraine's largest children's hospital in Kyiv on Monday "
        "during a wave of daytime strikes on cities across the country that killed at least 38 "
        "people, Ukrainian officials said. Part of the Okhmatdyt hospital's toxicology building "
        "collapsed, and doctors, parents and volunteers pulled rubble away by hand as smoke rose "
        "over the site. Children with cancer, some still attached to drips, were carried into "
        "the street and later moved to other hospitals. Two adults were killed at the hospital, "
        'including a doctor, and several children were injured, the city authorities said. "We '
        "were in the dialysis room when the windows blew in,\" a nurse told reporters. Ukraine's "
        "air force said Russia had fired more than 40 missiles of different types at Kyiv, "
        "Dnipro, Kryvyi Rih, Sloviansk and Kramatorsk. President Volodymyr Zelensky said the "
        "attack showed why Ukraine needed more air defence systems from its allies, and called "
        "for a strong international response. Russia's defence ministry said it had struck "
        "military and defence industry targets and claimed that the damage to the hospital had "
        "been caused by a Ukrainian air defence missile, a claim that UN monitors rejected after "
        "analysing video of the strike. The UN Security Council held an emergency meeting. "
        "Kyiv's mayor declared a day of mourning. Health ministry officials said more than 600 "
        "children had been receiving treatment at the hospital, and that dialysis and oncology "
        "departments had been put out of action. In the hours after the strike, hundreds of Kyiv "
        "residents came to the hospital to help clear debris, forming chains to pass broken "
        "concrete and glass out of the building, and others queued to donate blood. Doctors said "
        "some surgeries had been under way when the missile struck and were completed in other "
        'buildings. "We had children on the operating table. We could not stop," a surgeon said. '
        "Ukraine's prosecutor general said investigators had identified fragments of a Kh-101 "
        "cruise missile at the site. In Dnipro, a strike on an industrial facility killed "
        "several workers, and in Kryvyi Rih, President Zelensky's home city, ten people were "
        "killed when a missile hit near an industrial plant. The barrage was one of the heaviest "
        "on Kyiv in months.",
        "E V H",
        "missile_attack",
    ),
    (
        "Russia opens new front in Kharkiv region; thousands evacuated from border towns",
        "KHARKIV, Ukraine — Russian troops pushed across the border into Ukraine's Kharkiv "
        "region on Friday, opening a new front in the war and capturing several villages, as "
        "Ukrainian authorities evacuated thousands of civilians from towns under bombardment. "
        "Ukraine's defence ministry said its forces were fighting to hold back the offensive "
        "near Vovchansk, a town about five kilometres from the Russian border, and had sent "
        'reserves to the area. Russia\'s defence ministry said its troops had "liberated" five '
        "villages. Police officers and volunteers drove elderly residents out of Vovchansk in "
        'armoured vans as guided bombs and artillery pounded the town. "There is not a single '
        'house left whole on my street," said Valentyna, 76, as she was helped out of a van at '
        "an evacuation point in Kharkiv. Regional officials said more than 4,000 people had been "
        "evacuated within three days. Military analysts said the offensive appeared aimed at "
        "creating a buffer zone and drawing Ukrainian troops away from the east, where Russia "
        "has been advancing slowly around Avdiivka and Chasiv Yar. President Zelensky said "
        "Ukraine had known the attack was coming and had prepared defences, but some Ukrainian "
        "soldiers and commanders said on social media that fortifications along the border had "
        "not been finished. Russia invaded Ukraine in February 2022, and the war has killed tens "
        "of thousands of soldiers on both sides and devastated cities in the east and south. "
        "Kharkiv, Ukraine's second-largest city, about 30 kilometres from the border, was also "
        "struck by guided bombs and missiles over the weekend, damaging a hardware store and "
        "residential buildings. Regional governor Oleh Syniehubov said the situation was "
        "difficult but under control and urged residents of the city not to panic. Volunteers "
        "said the evacuation of Vovchansk was made harder by the constant drone attacks on the "
        "roads, and some elderly residents refused to leave their homes. Ukraine's foreign "
        "minister asked allies to urgently send more air defence systems. Russia's President "
        "Vladimir Putin later said the aim of the offensive was to create a buffer zone to "
        "protect the Russian city of Belgorod from Ukrainian shelling.",
        "B E M D",
        "offensive",
    ),
    (
        "Gunmen open fire at concert hall near Moscow, killing more than 130",
        "MOSCOW — Gunmen in camouflage opened fire on concertgoers at the Crocus City Hall in "
        "Krasnogorsk, on the outskirts of Moscow, on Friday evening and set the building on "
        "fire, killing at least 133 people in the deadliest attack in Russia in two decades, "
        "investigators said. Videos posted online showed attackers shooting people at close "
        "range in the foyer before a rock concert, as audience members ran for the exits. A fire "
        'then spread through the building, causing part of the roof to collapse. "We lay on the '
        'floor for fifteen minutes, then we crawled to the exit," a woman who had come to the '
        "concert with her husband told state television. The Islamic State group claimed "
        "responsibility through its news agency and later released footage apparently filmed by "
        "one of the gunmen. Russia's Investigative Committee opened a terrorism case. The FSB "
        "security service said four suspected gunmen had been detained in the Bryansk region, "
        "near the border with Ukraine, along with seven others. President Vladimir Putin, in an "
        "address to the nation, declared a day of mourning and said the attackers had been "
        "trying to flee to Ukraine, a claim Kyiv strongly denied. US officials said they had "
        "warned Russia of a possible attack on large gatherings in Moscow two weeks earlier. "
        "Hundreds of people queued to give blood in Moscow, and flowers piled up at a makeshift "
        "memorial outside the burned building. On Sunday, the four men accused of carrying out "
        "the shooting appeared in a Moscow court, charged with terrorism, and several of them "
        "showed signs of having been beaten. All four were citizens of Tajikistan, the court "
        "said. Relatives of missing concertgoers gathered at hospitals and at a centre set up by "
        "the authorities to identify the dead, and rescuers continued to search the charred "
        "ruins of the concert hall. Russian regions cancelled public events, and the authorities "
        "tightened security at stations, airports and shopping centres. The Islamic State's "
        "Afghan branch, known as Islamic State Khorasan Province, has carried out attacks on "
        "Russian targets before, including a suicide bombing at the Russian embassy in Kabul in "
        "2022.",
        "T V",
        "terror_attack",
    ),
    (
        "Ukrainian troops push into Russia's Kursk region; Moscow evacuates residents",
        "KYIV — Ukrainian forces pressed their cross-border incursion into Russia's Kursk region "
        "for a sixth day on Sunday, with Moscow saying it had evacuated more than 76,000 people "
        "from border districts in the largest foreign attack on Russian territory since the "
        "Second World War. Russia's defence ministry said its troops, backed by air strikes and "
        "artillery, were fighting Ukrainian units near the town of Sudzha and had stopped the "
        "enemy from advancing deeper. Ukrainian officials, who had at first said little about "
        "the operation, confirmed that their troops were fighting on Russian soil and said it "
        "was intended to put pressure on Moscow and protect Ukrainian border areas from "
        "shelling. Russian state television showed residents of Kursk queuing at temporary "
        'accommodation centres and at aid points handing out food and clothing. "We left with '
        'one bag. We do not know when we will go back," said an elderly woman evacuated from '
        "Sudzha. Kursk's acting governor declared a regional emergency, and a counter-terrorism "
        "regime was introduced in three border regions. Military bloggers in Russia criticised "
        "commanders for having left the border thinly defended. The incursion surprised "
        "Ukraine's allies as well as Russia, and US officials said Washington had not been told "
        "in advance. Analysts said the operation lifted Ukrainian morale after months of Russian "
        "gains in the eastern Donetsk region but left Kyiv's defences in the east stretched. "
        "Russian officials said a Ukrainian drone had hit an apartment block in the city of "
        "Kursk, injuring more than a dozen people, and that missiles and drones had been shot "
        "down over several regions. Ukrainian commanders said they had taken dozens of Russian "
        "soldiers prisoner, many of them young conscripts, and published videos showing them. "
        "Russia's neighbouring Belgorod region also began evacuating residents from a border "
        'district. President Putin called the incursion a "large-scale provocation" and held a '
        "meeting with security officials, at which he said the enemy would receive a worthy "
        "response. The Russian defence ministry released videos of tanks and artillery units "
        "moving towards the region.",
        "M B E D H",
        "ground_incursion",
    ),
    (
        "Rioters attack hotel housing asylum seekers in England",
        "ROTHERHAM, England — Hundreds of rioters attacked a hotel housing asylum seekers near "
        "Rotherham in northern England on Sunday, smashing windows and setting fire to bins "
        "pushed against the building while people were inside, police said. Officers with "
        "shields were pelted with bricks, planks and fire extinguishers, and at least ten were "
        "injured, South Yorkshire Police said. Video showed men in masks kicking in doors and "
        "chanting anti-immigrant slogans. Staff and residents barricaded themselves in an "
        "upstairs room until police cleared the crowd. \"It was the scariest thing I've ever "
        'seen. They were trying to get in to hurt people," said a hotel worker. The violence was '
        "the latest in a week of disorder in English towns that followed the fatal stabbing of "
        "three young girls at a dance class in Southport, after false claims spread online that "
        "the attacker was a Muslim asylum seeker. Mosques were attacked in Southport and in "
        "Sunderland, where a police station was set on fire. Prime Minister Keir Starmer "
        'condemned what he called "far-right thuggery" and promised that those involved would '
        "face the full force of the law. Police forces across the country were placed on "
        "standby, and courts began fast-tracking cases against rioters. More than 400 people had "
        "been arrested across England by Monday. Muslim community groups advised people to stay "
        "at home after dark.",
        "U V",
        "riot",
    ),
    (
        "Police officer dies after knife attack at anti-Islam rally in Mannheim",
        "MANNHEIM, Germany — A German police officer who was stabbed in the head while trying to "
        "stop an attack on an anti-Islam rally in Mannheim has died of his injuries, police said "
        "on Sunday. The 29-year-old officer was one of six people wounded on Friday when a man "
        "armed with a knife attacked members of the Citizens' Movement Pax Europa, which was "
        "holding an information stand in the city's market square. Video of the attack showed "
        "the man stabbing a speaker and others before turning on the officer, who had knelt on "
        "another man. The attacker was shot and wounded by a second officer. Germany's federal "
        "prosecutor, whose office handles terrorism cases, took over the investigation, saying "
        "there were indications of an Islamist motive. The suspect, a 25-year-old man from "
        "Afghanistan who came to Germany in 2013, was placed in custody on suspicion of murder. "
        '"This is an attack on our democracy and on freedom of expression," the interior '
        "minister said. Hundreds of people gathered in the market square for a minute's silence, "
        "and politicians from across the spectrum condemned the attack. Conservative leaders "
        "called for deportations of criminals to Afghanistan to resume. The attack came a week "
        "before European elections in which migration was a major campaign issue. German "
        "prosecutors said the suspect had not previously been known to the security services as "
        "an extremist.",
        "T V",
        "stabbing_attack",
    ),
    (
        "Gunmen besiege monastery in Kosovo after killing police officer",
        "BANJSKA, Kosovo — About 30 heavily armed men attacked Kosovo police in a village in the "
        "north of the country on Sunday, killing one officer, and then barricaded themselves in "
        "a Serbian Orthodox monastery, leading to hours of gunfire with special police units, "
        "officials said. Kosovo's prime minister, Albin Kurti, said the attackers were "
        '"professionals" with military equipment, and accused Serbia of backing them. Police '
        "said three of the gunmen were killed and several were arrested, and that the rest had "
        "fled across the border towards Serbia. Pilgrims who had been inside the monastery "
        "locked themselves in the church, the diocese said. Officers later found armoured "
        "vehicles, rocket launchers and hundreds of kilograms of explosives near the village of "
        "Banjska. Serbia's president, Aleksandar Vucic, denied any involvement by Belgrade and "
        'said the gunmen were local Serbs who had rebelled against "Kurti\'s terror", a '
        "description the EU rejected. A Kosovo Serb politician later said he had organised the "
        "group. NATO peacekeepers increased patrols in the north. The attack was the most "
        "serious violence in Kosovo in years. The north of Kosovo, where most residents are "
        "ethnic Serbs, has seen tensions since Kosovo declared independence from Serbia in 2008, "
        "a step Belgrade does not recognise.",
        "B",
        "armed_attack",
    ),
    (
        "Gang coalition kills scores in Haitian town, thousands flee",
        "PORT-AU-PRINCE — Gang members armed with assault rifles attacked the town of Pont-Sondé "
        "in Haiti's Artibonite region before dawn on Thursday, killing at least 115 people, "
        "among them women and young children, and setting houses and cars on fire, the UN and "
        "local officials said. Survivors said the gunmen went from house to house shooting "
        'people in their beds and executed some who tried to flee across the river. "My mother '
        'and my sister were killed in the yard. I escaped through the rice fields," a man told a '
        "local radio station from the town of Saint-Marc. The Gran Grif gang, which controls "
        "much of the lower Artibonite valley, claimed the attack in a video, saying it was "
        "punishing residents for cooperating with a vigilante self-defence group. The "
        "International Organization for Migration said more than 6,200 people had fled "
        "Pont-Sondé and surrounding villages, most of them to Saint-Marc, where they were "
        "sleeping in churches and schools. Haiti's prime minister called it a \"heinous crime "
        'against defenceless women, men and children". Kenyan-led police sent to Haiti under a '
        "UN-backed mission had not deployed to the region. Gang coalitions control most of the "
        "capital Port-au-Prince and have expanded into the country's agricultural heartland, "
        "killing thousands of people and displacing more than 700,000, according to the UN. "
        "Health workers in Saint-Marc said the hospital was treating dozens of people with "
        "gunshot wounds and machete injuries, and that it was running out of supplies. Local "
        "authorities said many of those who fled were staying with relatives or in makeshift "
        "camps, and that they needed food, water and medical care. The UN human rights office "
        "said the attack was one of the deadliest in Haiti in years and called for those "
        "responsible to be brought to justice. Residents of Pont-Sondé had in recent months "
        "formed a self-defence group to keep the gang out of the town, which lies on a key road "
        "linking the capital to the north of the country. Gran Grif had threatened to attack "
        "anyone who used the road to transport goods.",
        "V D H",
        "massacre",
    ),
    (
        "ELN offensive in Colombia's Catatumbo displaces tens of thousands",
        "CÚCUTA, Colombia — An offensive by the National Liberation Army, or ELN, against a "
        "rival armed group in Colombia's Catatumbo region has killed at least 80 people and "
        "forced more than 36,000 to flee their homes, the authorities said on Monday, in the "
        "worst humanitarian crisis the country has seen in decades. ELN fighters attacked "
        "dissidents of the former FARC guerrillas in villages along the border with Venezuela, "
        "and gunmen went from house to house with lists of people they accused of collaborating "
        "with their rivals, according to residents and the ombudsman's office. Former FARC "
        "members who had signed the 2016 peace deal were among those killed. Families crammed "
        "into sports halls and hotels in Cúcuta and Tibú, and others crossed into Venezuela. "
        '"They gave us a few hours to leave. We left the cows and the house," said a farmer who '
        "arrived in Cúcuta with his wife and three daughters. The local government said shelters "
        "were overwhelmed and appealed for food, mattresses and medicine. President Gustavo "
        "Petro suspended peace talks with the ELN, accusing it of war crimes, and declared a "
        "state of internal commotion. Troops were sent to the region, and the army said it had "
        "begun an operation to retake control of the area. Catatumbo, a hub for coca "
        "cultivation, has long been disputed by armed groups. The ombudsman's office said social "
        "leaders and human rights defenders were among the dead, and that several people had "
        "been kidnapped. Venezuela said it had received thousands of Colombians who crossed the "
        "border and was providing them with shelter and food. The army flew soldiers into the "
        "area by helicopter and evacuated some residents from isolated villages. Aid agencies "
        "said children were arriving in Cúcuta without their parents and that schools in the "
        "region had closed. The United Nations and the Catholic Church called for humanitarian "
        "corridors so that civilians trapped in rural areas could leave. Colombia's peace "
        "commissioner said the ELN's leadership would have to answer for the killings before any "
        "new talks.",
        "B V D H M",
        "armed_offensive",
    ),
    (
        "Sinaloa cartel factions and army clash in Culiacán as schools close",
        "CULIACÁN, Mexico — Gunfights between rival factions of the Sinaloa cartel and with "
        "Mexican soldiers have paralysed the city of Culiacán for a second week, with schools "
        "closed, shops shuttered and bodies dumped on roadsides, local officials said. The "
        'violence began after the arrest in the United States of Ismael "El Mayo" Zambada, which '
        'set his followers against the sons of jailed drug lord Joaquín "El Chapo" Guzmán. '
        "Gunmen in armoured pickup trucks fought each other with assault rifles in several "
        "neighbourhoods, and soldiers exchanged fire with cartel cells in the north of the city, "
        "the Defence Ministry said, killing several gunmen. At least 50 people have been killed "
        'since the fighting began and dozens more are missing, the state prosecutor said. "We '
        "don't go out after six. Nobody does,\" said a taxi driver. The state governor asked "
        "residents to stay home, and the Independence Day celebrations were cancelled. The "
        "federal government sent hundreds of additional soldiers and special forces to the "
        "state. President Andrés Manuel López Obrador said the armed forces were acting to "
        "protect the population and that the situation would soon be brought under control. "
        "Sinaloa is the birthplace of Mexico's drug trade, and the cartel is one of the world's "
        "largest suppliers of fentanyl and methamphetamine to the United States. Residents said "
        "they had grown used to messages on WhatsApp groups warning of shootouts in particular "
        "neighbourhoods, and that many families kept their children home even when schools "
        "reopened. Gunmen have set fire to vehicles to block roads, and soldiers guarded "
        "hospitals after armed men tried to enter a clinic to kill a wounded rival. The state's "
        "tourism and restaurant industries have been hit hard, and business groups said hundreds "
        "of shops had closed. Mothers searching for missing relatives have found several "
        "clandestine graves on the outskirts of the city. The army said it had seized hundreds "
        "of weapons, including machine guns and grenades, since the fighting began.",
        "B M",
        "cartel_war",
    ),
    (
        "Masked gunmen storm Ecuador TV station live on air as government declares armed conflict",
        "GUAYAQUIL, Ecuador — Masked men armed with guns and explosives burst into the studio of "
        "a public television station in Guayaquil during a live broadcast on Tuesday and held "
        "staff at gunpoint, as a wave of gang violence swept Ecuador. Viewers watched as "
        "presenters and technicians were forced to lie on the floor while the gunmen shouted "
        "threats into the camera. Police later stormed the building and arrested 13 people, and "
        "no one was killed, though a cameraman was shot in the leg. The same day, gangs "
        "kidnapped several police officers, set off explosions in several cities and rioted in "
        "prisons, following the escape of a powerful gang leader. President Daniel Noboa "
        'declared the country to be in an "internal armed conflict" and designated 22 criminal '
        'gangs as terrorist organisations, ordering the armed forces to "neutralise" them. "This '
        'is terrorism. They want to spread fear," the president said. Schools switched to online '
        "classes and shops in Quito and Guayaquil closed early as people rushed home. Ecuador, "
        "once one of the safest countries in the region, has become a hub for cocaine "
        "trafficking, and rival gangs linked to Mexican and Colombian cartels fight for control "
        "of ports and prisons. The homicide rate has risen sharply since 2019. In the prisons, "
        "inmates held more than 150 guards and administrative staff hostage, according to the "
        "prisons agency, and videos showed guards being threatened with knives and guns. Several "
        "police officers were kidnapped in Quito and other cities, and at least ten people were "
        "killed in Guayaquil in attacks by gunmen, police said. Soldiers were deployed to the "
        "streets of the main cities, and the army said it had begun operations against the "
        "gangs, arresting dozens of suspects. Neighbouring Peru declared a state of emergency "
        "along its border with Ecuador, and China's embassy suspended consular services. The "
        "president said his government would not negotiate with terrorists.",
        "V T E M",
        "armed_attack",
    ),
    (
        "Venezuelan security forces crack down on protests after disputed election",
        "CARACAS — Venezuelan security forces fired tear gas and rubber bullets at thousands of "
        "people protesting in Caracas and other cities on Monday, a day after the electoral "
        "council declared President Nicolás Maduro the winner of an election that the opposition "
        "says it won. Rights groups said at least 11 people had been killed, some by armed "
        "pro-government groups known as colectivos who opened fire on crowds from motorcycles. "
        "Protesters tore down posters of Maduro and toppled a statue of his predecessor Hugo "
        'Chávez in the state of Falcón. "We voted and they stole it. We are not leaving the '
        'streets," said a protester with a Venezuelan flag on his back. The attorney general '
        "said more than 700 people had been arrested and would be charged with terrorism and "
        "incitement to hatred. The opposition, led by María Corina Machado and its candidate "
        "Edmundo González, said its own count of polling station tallies showed that González "
        "had won by a large margin. The electoral council has not published detailed results. "
        "The United States and several Latin American governments said they had serious doubts "
        "about the official result, and Venezuela expelled diplomats from seven countries. "
        'Maduro accused the opposition of a "fascist" coup attempt and said those arrested would '
        "go to maximum-security prisons.",
        "U",
        "crackdown",
    ),
    (
        "Supporters of Bolsonaro storm Brazil's Congress, Supreme Court and presidential palace",
        "BRASÍLIA — Thousands of supporters of former Brazilian president Jair Bolsonaro stormed "
        "the Congress, the Supreme Court and the presidential palace in Brasília on Sunday, "
        "smashing windows, furniture and works of art, a week after the inauguration of his "
        "rival Luiz Inácio Lula da Silva. Protesters dressed in the yellow and green of the "
        "national flag broke through police lines, climbed on to the roof of Congress and set "
        "fire to a carpet, while others threw police officers to the ground. Security forces "
        "used tear gas and stun grenades and regained control of the buildings after about three "
        "hours. About 400 people were arrested on the day, and hundreds more were detained the "
        'next morning at a protest camp outside army headquarters. "This is an attack on '
        'democracy," said Lula, who was in São Paulo state visiting flood victims, and who '
        "ordered a federal intervention in the capital's security. Supreme Court Justice "
        "Alexandre de Moraes removed the governor of the Federal District from office for 90 "
        "days. Bolsonaro, who had left for Florida before the inauguration, condemned the "
        '"depredations" on Twitter but denied responsibility. The rioters had camped outside '
        "military bases since Lula's narrow election victory in October, calling on the army to "
        "overturn the result. World leaders condemned the attack. Inside the buildings, rioters "
        "smashed computers and windows, tore paintings from the walls and destroyed a clock "
        "given to the Portuguese royal family in the 19th century, according to officials who "
        "toured the damage. Journalists covering the riot were attacked and had equipment "
        "stolen. Lula met the heads of the Supreme Court and Congress the next day, and together "
        "they walked across the Praça dos Três Poderes to the Supreme Court building in a show "
        "of unity. Investigators said they would identify those who financed the buses that "
        "brought rioters to Brasília. The attorney general's office asked for the assets of "
        "several businessmen to be frozen.",
        "U",
        "riot",
    ),
    (
        "Peru protest death toll rises as police clash with demonstrators in Juliaca",
        "JULIACA, Peru — At least 17 people were killed on Monday in clashes between security "
        "forces and protesters near the airport in the southern Peruvian city of Juliaca, health "
        "officials said, in the deadliest day of unrest since the ouster of former president "
        "Pedro Castillo a month earlier. Protesters demanding the resignation of President Dina "
        "Boluarte and early elections tried to storm the airport, and police fired tear gas and "
        "live ammunition, according to witnesses and rights groups. A police officer was burned "
        'to death in his patrol car later that night. "They shot at us as if we were animals," '
        "said a man whose brother was killed. Hospitals in Juliaca said they had run out of "
        "blood for transfusions. The government declared a curfew in the Puno region and the "
        'prime minister blamed the violence on "destabilising" groups. Prosecutors opened an '
        "investigation into the deaths. The unrest has been strongest in the poor, largely "
        "indigenous south, where Castillo, a former rural teacher, had strong support. He was "
        "arrested after trying to dissolve Congress and rule by decree. Protesters have blocked "
        "roads across southern Peru for weeks, stranding tourists near Machu Picchu and causing "
        "fuel and food shortages in several cities. Boluarte has apologised for the deaths but "
        "refused to resign.",
        "U",
        "crackdown",
    ),
    (
        "Gunmen and suicide bombers kill scores in coordinated attacks across Paris",
        "PARIS — Gunmen and suicide bombers attacked a concert hall, a stadium, restaurants and "
        "bars across Paris on Friday night, killing at least 129 people in the deadliest "
        "violence in France since the Second World War, officials said. Three explosions went "
        "off outside the Stade de France, where France was playing Germany in a friendly "
        "football match attended by President François Hollande, who was evacuated. At about the "
        "same time, gunmen opened fire on people sitting on café terraces in the 10th and 11th "
        "districts. The worst carnage was at the Bataclan concert hall, where attackers took "
        "hostages during a rock concert and shot dozens of people before police stormed the "
        'building shortly after midnight. "They shot at the crowd for ten minutes. Everybody lay '
        'down on the floor," a radio journalist who was at the concert said. Hollande declared a '
        "state of emergency across the country, ordered border controls and called the attacks "
        '"an act of war" committed by a "terrorist army". The Islamic State group claimed '
        "responsibility on Saturday, saying the attacks were a response to French air strikes on "
        "its fighters in Syria and Iraq. Seven attackers were killed, most by detonating their "
        "explosive belts, prosecutors said. Hospitals activated emergency plans and called in "
        "off-duty staff to treat more than 350 wounded. Parisians opened their homes to "
        "strangers stranded in the streets, using the hashtag PorteOuverte.",
        "T V E B",
        "terror_attack",
    ),
    (
        "Iraqi forces battle Islamic State street by street in west Mosul",
        "MOSUL, Iraq — Iraqi troops backed by US-led coalition air strikes pushed deeper into "
        "the old city of western Mosul on Tuesday, fighting Islamic State militants house by "
        "house in narrow streets where hundreds of thousands of civilians remain trapped, "
        "officers said. Counter-terrorism service commanders said their forces had advanced to "
        "within a few hundred metres of the al-Nuri mosque, where the group's leader declared a "
        "caliphate in 2014. The militants were using snipers, suicide car bombs and drones "
        "dropping grenades to slow the advance, an officer said. Aid agencies said civilians "
        "were running out of food and water, and that families who escaped described eating "
        "flour mixed with water and seeing neighbours shot by militants as they tried to flee. "
        "More than 700,000 people have been displaced since the offensive to retake the city "
        "began in October, the International Organization for Migration said, and new camps "
        'south of the city were full. "We walked through the night with white flags. My son was '
        'hit by a sniper but we carried him," said a man who reached a screening centre at '
        "Hammam al-Alil. The UN said it was deeply concerned by reports of civilian deaths in "
        "coalition air strikes, including one in the al-Jadida district that residents said "
        "killed more than 100 people in a collapsed building. The Iraqi government has said the "
        "battle for Mosul, the group's last major stronghold in Iraq, is entering its final "
        "phase.",
        "B M D H E V",
        "offensive",
    ),
    (
        "Evacuation of east Aleppo stalls as fighting resumes around besieged enclave",
        "BEIRUT — The evacuation of civilians and rebel fighters from the last besieged "
        "districts of eastern Aleppo was halted on Friday as gunfire and shelling broke out "
        "again, leaving thousands of people waiting in the cold, the UN and rebel officials "
        "said. Buses that had carried several thousand people out of the enclave to rebel-held "
        "countryside west of the city on Thursday stopped running after pro-government militias "
        "blocked the route and opened fire on a convoy, according to the Red Cross and rebels. "
        "The Syrian army said militants had violated the agreement by trying to take heavy "
        "weapons and hostages with them. Rebels fired shells on government-held western "
        "districts, state media said. Inside the enclave, residents said they had no food, no "
        'functioning hospital and no shelter from the bombardment. "We have been waiting at the '
        'crossing since morning with the children. There is nowhere to go back to," said a '
        "teacher reached by text message. The World Health Organization said wounded people, "
        "including children, had been taken out in ambulances before the evacuation stopped. "
        "Government forces, backed by Russian air power and Iranian-backed militias, have "
        "retaken more than 90 percent of the former rebel-held area of the city in a month-long "
        "offensive. The UN Security Council was to meet to discuss sending observers to monitor "
        "the evacuation.",
        "B E D H M",
        "siege",
    ),
    (
        "Saudi-led coalition strikes Sanaa as air campaign against Houthis intensifies",
        "SANAA — Warplanes of a Saudi-led coalition carried out heavy air strikes on Yemen's "
        "capital Sanaa overnight, hitting army bases, a presidential compound and weapons depots "
        "held by the Houthi movement and its allies, residents and Houthi-run media said. A huge "
        "explosion at a missile depot on Fajj Attan hill shook the city and blew out windows "
        "across several districts, killing at least 25 people in nearby houses, medics said. "
        '"The sky turned red and the house shook. Glass fell on the children," a resident of the '
        "Haddah district said. The coalition said it was responding to a request from President "
        "Abd-Rabbu Mansour Hadi, who fled to Saudi Arabia last month after the Houthis advanced "
        "on the southern port of Aden. A coalition spokesman said the operation, named Decisive "
        "Storm, had destroyed most of the Houthis' air defences and ballistic missiles. On the "
        "ground, Houthi fighters and army units loyal to former president Ali Abdullah Saleh "
        "fought local militias in Aden and in the southern provinces. The International "
        "Committee of the Red Cross said it was struggling to fly in medical supplies because of "
        "the air blockade, and hospitals in Aden were overwhelmed. Thousands of foreign "
        "nationals have been evacuated by sea. The Houthis, who seized Sanaa in September, "
        "accuse Saudi Arabia of waging war on Yemen on behalf of the United States.",
        "E M B H D",
        "air_campaign",
    ),
    (
        "Fighting for Tripoli intensifies as Haftar's forces shell southern suburbs",
        "TRIPOLI, Libya — Forces loyal to eastern Libyan commander Khalifa Haftar shelled "
        "southern suburbs of Tripoli on Saturday and fought government troops near the disused "
        "international airport, in the heaviest fighting since the start of their offensive on "
        "the capital two weeks ago, residents and officials said. The World Health Organization "
        "said at least 220 people had been killed and more than 1,000 wounded since the "
        "offensive began, including civilians. Rockets also hit residential blocks in the Abu "
        "Salim district, killing several people, the health ministry of the UN-backed Government "
        "of National Accord said. Both sides carried out air strikes, and Haftar's Libyan "
        'National Army said it had shot down a government warplane. "The shells fall on the '
        "houses without warning. We moved to my brother's flat in the centre,\" said a resident "
        "of Ain Zara. The UN said more than 25,000 people had been displaced from southern "
        "districts, many staying with relatives or in schools, and that migrants held in "
        "detention centres near the front line were at risk. Haftar's forces control most of "
        "eastern and southern Libya and advanced on the capital at the start of April while the "
        "UN secretary-general was visiting Tripoli. Libya has been divided among rival "
        "governments and armed groups since the 2011 uprising that toppled Muammar Gaddafi.",
        "B E D",
        "offensive",
    ),
    (
        "Gunmen kidnap 79 pupils from boarding school in Cameroon's restive north-west",
        "BAMENDA, Cameroon — Armed men abducted 79 pupils, their principal and a driver from a "
        "Presbyterian boarding school in Nkwen, on the outskirts of Bamenda in Cameroon's "
        "English-speaking North-West region, before dawn on Monday, the school's church and "
        "military sources said. The gunmen broke into the dormitories and marched the children, "
        "aged between 10 and 14, into the hills surrounding the town, a teacher said. A video "
        "circulated on social media later in the day showed a group of frightened boys saying "
        'they had been taken by "the Amba boys", a name used for separatist fighters who want an '
        "independent state they call Ambazonia, and that they did not know when they would be "
        "released. The children were told in the video to say they would stay with the fighters "
        "until schools were closed. Separatist groups have ordered schools in the region to "
        "close as part of a boycott of institutions they see as tools of the French-speaking "
        "majority, and have burned school buildings and threatened teachers who defy the order. "
        "A government spokesman blamed separatist fighters and said soldiers were searching the "
        "hills around the town. A spokesman for one separatist group denied involvement. Parents "
        'gathered at the school gates throughout the day, some in tears. "My son called me on '
        'Sunday night to say he had finished his exams. This morning he was gone," said one '
        "mother. The moderator of the Presbyterian Church in Cameroon said the church would "
        "close its schools in the region if the pupils were not released. The conflict in the "
        "Anglophone regions began in 2016 with peaceful protests by lawyers and teachers against "
        "the use of French in courts and schools, and turned violent after a crackdown by the "
        "security forces. Hundreds of thousands of people have fled their homes, and the UN says "
        "more than 600,000 children are out of school in the two regions. After the kidnapping, "
        "dozens of families pulled their children out of other boarding schools in Bamenda and "
        "sent them to relatives in the French-speaking cities of Douala and Yaoundé.",
        "V D",
        "abduction",
    ),
    (
        "Shelling pounds Stepanakert and Ganja as Nagorno-Karabakh fighting spreads to cities",
        "BAKU / YEREVAN — Armenian and Azerbaijani forces shelled each other's cities on Sunday "
        "as fighting over the breakaway region of Nagorno-Karabakh entered its second week, with "
        "both sides accusing the other of deliberately targeting civilians. In Stepanakert, the "
        "region's main city, explosions shook the centre throughout the day, and residents spent "
        "hours in basements, according to journalists in the city. The ethnic Armenian "
        "authorities said Azerbaijani artillery, rockets and drones had hit residential areas "
        "and the city's power station, cutting electricity. \"We have been living underground "
        'for a week. The children do not ask any more what the noise is," said a woman '
        "sheltering with her neighbours in a cellar lit by candles. In Azerbaijan's second city, "
        "Ganja, far from the front line, a missile destroyed a house and damaged several blocks "
        "of flats overnight, killing at least one civilian and wounding 32, Azerbaijan's "
        "prosecutor general said. Baku blamed Armenian forces and said the city had been "
        "deliberately targeted; Armenia denied firing at Azerbaijani territory and said Karabakh "
        "forces had struck military facilities near the city. Officials in Karabakh said about "
        "half of the region's 150,000 people had left their homes, many of them women and "
        "children who crossed into Armenia by road. Hotels and summer camps in Armenia were "
        "turned into shelters for the new arrivals. The International Committee of the Red Cross "
        "said it was seeing a rise in civilian casualties and damage to homes, hospitals and "
        "schools on both sides, and called on the parties to respect international humanitarian "
        "law. Both sides reported heavy fighting along the front line in the south of the "
        "region, where Azerbaijan says it has taken back several villages. Turkey has voiced "
        "strong support for Azerbaijan, while Russia, which has a defence pact with Armenia, has "
        "called for a ceasefire. Hundreds of soldiers have been killed since the fighting broke "
        "out on September 27, according to official figures from both sides, and the true toll "
        "is believed to be higher.",
        "E V D B H",
        "shelling",
    ),
]
