"""dev291 positives, part A: terror attacks, rebellion, the Kursk incursion, unrest (written blind)."""

POSITIVES = [
    (
        "Gunmen open fire at Crocus City Hall concert, dozens killed as building burns",
        """At least 40 people were killed and more than 100 wounded on Friday evening when gunmen in camouflage opened fire on concertgoers at Crocus City Hall, a large music venue in Krasnogorsk just outside Moscow, Russian investigators said. Videos verified by Reuters showed the attackers walking through the foyer and firing automatic rifles at people as they tried to reach the exits. A fire then broke out in the auditorium, where about 6,000 people had gathered for a concert by the rock band Piknik, and part of the roof later collapsed. The Investigative Committee said it had opened a criminal case on charges of terrorism. Islamic State claimed responsibility for the attack through its Amaq news agency, saying its fighters had "withdrawn safely to their bases". Ambulances lined the Volokolamsk highway late into the night and the Moscow region health ministry said hospitals in Krasnogorsk and Moscow had taken in dozens of people with gunshot wounds and burns. "People were lying on the floor and they kept shooting," a woman who escaped through a service door told the Moscow Times. Mayor Sergei Sobyanin cancelled all mass events in the capital for the weekend.""",
        "T V",
        "terror_attack",
    ),
    (
        "Crocus toll passes 130 as rescuers clear burned hall; four suspects flown to Moscow",
        """The death toll from Friday's attack on Crocus City Hall rose to 133 on Saturday as emergency workers pulled more bodies from the burned-out concert hall, the Investigative Committee said, and officials warned the figure would climb further. Most of the victims in the upper floors died of smoke inhalation after the gunmen set the building alight, investigators said. Eleven people have been detained, including four men suspected of carrying out the shooting, who were stopped in a car in the Bryansk region, about 340 km southwest of Moscow. The FSB security service said the four had been heading for the Ukrainian border, a claim Kyiv rejected as absurd. Islamic State repeated its claim of responsibility and published a video it said was filmed by one of the attackers inside the venue. Long queues formed outside blood donation centres across the capital from early morning. Putin, in a televised address, declared Sunday a national day of mourning and called the attack "a bloody, barbaric terrorist act".""",
        "T V",
        "terror_attack",
    ),
    (
        "Wagner fighters take Rostov military headquarters as Prigozhin vows to march on Moscow",
        """Mercenaries of the Wagner group seized control of the Southern Military District headquarters in Rostov-on-Don early on Saturday, their founder Yevgeny Prigozhin said, in an armed challenge to the Russian military leadership. Armoured vehicles and fighters in balaclavas took up positions around the building and outside the city's circus, and residents reported hearing gunfire on the northern outskirts overnight. Prigozhin said in a voice message that his 25,000 men were "ready to die" and would advance on Moscow unless Defence Minister Sergei Shoigu and the chief of the general staff were handed over. The FSB opened a criminal case for organising an armed rebellion. Putin, in an address to the nation, called the mutiny "a stab in the back" and promised harsh punishment. A Wagner column moving north along the M4 highway came under fire from army helicopters in the Voronezh region, and several Russian military aircraft were shot down, according to Russian military bloggers. Moscow declared a counter-terrorism regime, and troops set up checkpoints on the southern approaches to the capital.""",
        "B E",
        "armed_rebellion",
    ),
    (
        "Fuel depot in Voronezh ablaze after helicopter strike on Wagner convoy, governor says",
        """A fuel depot on the edge of Voronezh caught fire on Saturday after Russian army helicopters fired on a column of Wagner mercenaries passing through the region, Governor Alexander Gusev said. Gusev said more than 100 firefighters were working at the site and that a "counter-terrorist operation" was under way across the region. Residents near the M4 highway were told to stay indoors, and traffic between Voronezh and Moscow was halted. Footage shared on Telegram showed a thick column of black smoke above storage tanks and a Wagner armoured vehicle near the depot. Wagner fighters, who turned against the defence ministry earlier in the day, said they had shot down a Mi-8 helicopter and an Il-22 command plane, killing their crews. The defence ministry did not confirm its losses. In the Lipetsk region to the north, excavators tore up sections of road to slow the column, local officials said.""",
        "B E",
        "armed_rebellion",
    ),
    (
        "Ukrainian troops push into Kursk region; Sudzha residents flee as fighting spreads",
        """Ukrainian forces crossed the border into Russia's Kursk region on Tuesday in the largest cross-border assault of the war, and heavy fighting continued on Wednesday around the town of Sudzha, Russia's general staff said. Chief of the General Staff Valery Gerasimov told Putin that about 1,000 Ukrainian troops backed by tanks and armoured vehicles had taken part in the incursion and that the attack had been halted, a claim that Russian war bloggers disputed. Acting governor Alexei Smirnov said five civilians had been killed and at least 24 wounded, among them children, when drones and artillery hit villages along the border. Thousands of residents have left Sudzha and nearby settlements, many of them in their own cars along roads littered with burned vehicles. Smirnov said buses had been sent to evacuate people who could not leave on their own. The gas metering station in Sudzha, the last point through which Russian gas flows to Europe via Ukraine, was reported to be in the area of fighting. Putin called the assault "a large-scale provocation" and said Kyiv was shelling civilian buildings indiscriminately.""",
        "B M D",
        "incursion",
    ),
    (
        "Kursk evacuates 121,000 as region declares federal emergency",
        """More than 121,000 people have been evacuated or left on their own from border districts of the Kursk region since Ukrainian forces crossed into Russia last week, acting governor Alexei Smirnov said on Wednesday. The government declared a federal-level emergency, which frees additional money and staff for the relief effort. Temporary accommodation centres in Kursk, Kurchatov and Zheleznogorsk were full, and some evacuees were being bused to the Lipetsk and Oryol regions. Volunteers at a sports hall in the regional capital said they were handing out several hundred food parcels a day and that many of those who arrived had left with only their documents. Families said they had lost contact with elderly relatives who stayed behind in villages now held by Ukrainian troops. Smirnov said Ukrainian forces controlled 28 settlements and that about 2,000 residents remained in areas under their control. Each evacuee is to receive a one-off payment of 10,000 roubles, he said, a figure residents who addressed him at a tense meeting in Kursk called an insult.""",
        "D H",
        "displacement",
    ),
    (
        "Second Seym river bridge destroyed as Ukraine strikes Kursk supply routes",
        """Ukrainian forces have destroyed a second bridge over the Seym river in the Kursk region, leaving Russian units near the town of Glushkovo with only pontoon crossings, Russian military bloggers and local officials said on Sunday. The head of Ukraine's air force posted a video showing an airstrike on a bridge near the village of Zvannoye, the second such strike in three days. Alexander Kots, a correspondent for Komsomolskaya Pravda, said Ukrainian aircraft had used US-made guided bombs, and that volunteers trying to bring food and water into the area had been forced to turn back. The Kursk regional government said it was organising the evacuation of residents of the Glushkovo district, which lies between the river and the border. Russia's defence ministry said its forces had repelled attacks by Ukrainian armoured groups towards several villages and that Russian aviation had struck Ukrainian troops in the Sumy region. Neither side's claims could be independently verified.""",
        "E M D",
        "airstrike",
    ),
    (
        "Police fire tear gas at protesters in Baymak after activist sentenced",
        """Police in Bashkortostan used tear gas, batons and stun grenades on Wednesday against thousands of people who gathered outside a court in the town of Baymak, where the environmental activist Fail Alsynov was sentenced to four years in a penal colony. Videos from the scene showed protesters throwing snowballs and stones at riot police, who charged the crowd in the freezing cold. Regional officials said several police officers were injured and that dozens of people had been detained. OVD-Info, which monitors arrests, said at least 30 people had been taken to police stations and that some had been beaten. Alsynov, who campaigned against gold mining in the Urals, was convicted of inciting ethnic hatred over a speech in Bashkir that he says was mistranslated. Protests in his support have been the largest in a Russian region since the war began. Mobile internet in Baymak was cut off for most of the day, residents told Meduza, and messenger apps stopped working.""",
        "U",
        "crackdown",
    ),
    (
        "Crowd storms Makhachkala airport hunting for passengers from Tel Aviv",
        """Hundreds of men broke into the airport in Makhachkala, the capital of Dagestan, on Sunday evening and swarmed onto the runway after word spread on social media that a flight from Israel had landed. Videos showed men waving Palestinian flags, shouting "Allahu Akbar" and checking the passports of travellers to find Israeli citizens, and some of them surrounded the Red Wings aircraft that had arrived from Tel Aviv. The regional health ministry said at least 20 people were hurt, including nine police officers, two of them seriously. Riot police cleared the airfield after several hours, and the Interior Ministry said 60 people had been detained. Rosaviatsia closed the airport to flights until November 6. Dagestan's leader Sergei Melikov called the riot "outrageous" and said it had been organised from abroad. The day before, a crowd in the town of Khasavyurt had demanded to search a hotel for Israeli guests, and a Jewish community centre under construction in Nalchik was set on fire.""",
        "U V",
        "riot",
    ),
    (
        "More than 1,300 detained at protests against mobilisation, monitoring group says",
        """Police detained more than 1,300 people in 38 Russian cities on Wednesday at protests against the partial mobilisation announced by Putin that morning, the rights group OVD-Info said. In Moscow, riot police in helmets dragged demonstrators off the Arbat into buses, and reporters saw officers beating several young men with truncheons. In St Petersburg about 480 people were detained, many near St Isaac's Cathedral, where the crowd chanted "No to war" and "Let Putin go to the trenches himself". Some of those detained in Moscow were handed summonses at police stations and told to report to enlistment offices, OVD-Info said, a claim the Kremlin did not deny. The Moscow prosecutor's office had warned that calling for unauthorised protests could bring up to 15 years in prison. The anti-war movement Vesna, which called the protests, said it would hold more over the weekend. Flights to Istanbul, Yerevan and Belgrade sold out within hours as men of fighting age tried to leave the country.""",
        "U",
        "crackdown",
    ),
    (
        "Women block highway in Dagestan as police fire warning shots at mobilisation protest",
        """Police fired into the air to disperse protesters in the Dagestani village of Endirey on Sunday, after residents blocked a federal highway in anger over the mobilisation of local men, videos published by local media showed. In Makhachkala, the regional capital, hundreds of people, many of them women, gathered near a theatre in the city centre chanting "No to war". Riot police tackled demonstrators to the ground and pushed them into vans, and scuffles broke out as protesters tried to free those detained. The OVD-Info group said more than 100 people had been detained in Makhachkala alone. One woman was filmed shouting at an officer: "Why are you taking our children?" The republic's leader Sergei Melikov said some of the call-up papers in Dagestan had been issued by mistake and would be reviewed. Dagestan is among the regions that have suffered the heaviest losses in the war, according to independent counts.""",
        "U",
        "crackdown",
    ),
    (
        "Gunmen attack churches and synagogues in Dagestan, killing priest and police officers",
        """Gunmen attacked two Orthodox churches, two synagogues and a police post in the Dagestani cities of Derbent and Makhachkala on Sunday evening, killing at least 15 police officers and several civilians, among them an elderly Orthodox priest, officials said. In Derbent, the attackers set fire to a synagogue and the church of the Intercession, where Father Nikolai Kotelnikov, 66, was found with his throat cut. Shooting continued in Makhachkala for several hours as police fought the gunmen near a traffic police post and in the streets around a church. Authorities said five attackers had been killed, and the Investigative Committee opened a terrorism case. Dagestan's leader Sergei Melikov said the attackers were linked to "sleeper cells" of international terrorist organisations. Two of the dead gunmen were identified by local media as sons of a district head, who was later detained. Three days of mourning were declared in the republic.""",
        "T V B",
        "terror_attack",
    ),
    (
        "Islamic State-linked inmates take guards hostage at Rostov detention centre; special forces storm building",
        """Special forces stormed a pre-trial detention centre in Rostov-on-Don on Sunday and killed six inmates who had taken two guards hostage, the prison service said. The inmates, held on terrorism charges, had broken out of their cells during a morning walk, armed with a knife, a rubber truncheon and an axe, and seized the guards. Videos released by the group on social media showed one of the men holding a black Islamic State flag in the prison yard. "The hostages were freed unharmed," the Federal Penitentiary Service said in a statement, adding that none of the staff had been killed. Snipers and officers of Rosgvardia had surrounded the building for about two hours before the assault. Several of the inmates were reported to be from Central Asia and had been awaiting trial for plotting attacks. The incident comes three months after the attack on Crocus City Hall, which Islamic State claimed.""",
        "T V M",
        "hostage_taking",
    ),
    (
        "Four guards killed as inmates claiming Islamic State allegiance seize Volgograd penal colony",
        """Four prison staff were killed on Friday when inmates of a high-security penal colony in Surovikino, in the Volgograd region, attacked guards and took several people hostage, the Federal Penitentiary Service said. The four attackers, who said in a video posted online that they were "mujahideen of the Islamic State", were shot dead by snipers when special forces stormed the building. Three other staff members and an inmate were wounded and taken to hospital. Footage showed the attackers standing over a guard lying in a pool of blood in an office of the colony. Several of the men were serving sentences for drug offences and had been converted in prison, the Baza Telegram channel reported. The Investigative Committee opened a case under articles on terrorism and the murder of law enforcement officers. It was the second hostage-taking by inmates linked to the group in a Russian prison in two months.""",
        "T V M",
        "hostage_taking",
    ),
    (
        "Military blogger killed as bomb tears through St Petersburg cafe",
        """A prominent pro-war military blogger, Vladlen Tatarsky, was killed on Sunday when a bomb exploded at a cafe on the Universitetskaya embankment in St Petersburg where he was giving a talk, the Interior Ministry said. Thirty-two people were injured, ten of them seriously, health officials said. Witnesses said a young woman had handed Tatarsky a statuette of himself in a box shortly before the blast. Investigators detained a 26-year-old St Petersburg resident, Darya Trepova, on Monday, and opened a case of murder carried out by a dangerous method. The Investigative Committee later reclassified the attack as a terrorist act. Tatarsky, whose real name was Maxim Fomin, had more than 500,000 followers on Telegram and had attended the Kremlin ceremony for the annexation of four Ukrainian regions. The cafe was once owned by Wagner founder Yevgeny Prigozhin, who said he had lent it to a group of pro-war activists.""",
        "T E",
        "bombing",
    ),
    (
        "General in charge of Russia's chemical troops killed by bomb hidden in scooter",
        """Lieutenant General Igor Kirillov, head of Russia's radiation, chemical and biological protection troops, was killed on Tuesday morning when a bomb hidden in an electric scooter exploded as he left an apartment building on Ryazansky Prospekt in southeast Moscow, the Investigative Committee said. His assistant was also killed. The explosive device, equivalent to about 300 grams of TNT, was detonated remotely, investigators said. Photographs from the scene showed the entrance of the building blown out and bodies lying in the snow. The committee opened a case on charges of terrorism and murder, and on Wednesday the FSB said it had detained a 29-year-old citizen of Uzbekistan who had allegedly been recruited by Ukraine's security service. A source in the SBU told Reuters and other agencies that Ukraine was behind the attack. Kirillov had been charged in absentia by Ukraine a day earlier with the use of banned chemical weapons on the battlefield.""",
        "T E",
        "assassination",
    ),
    (
        "Passenger train derails after bridge blown up in Bryansk region, seven dead",
        """Seven people were killed and more than 60 injured late on Saturday when a road bridge collapsed onto a railway line in the Bryansk region as a Moscow-bound passenger train passed underneath, officials said. Acting governor Alexander Bogomaz said the train driver was among the dead. Hours later, a second bridge gave way under a freight train in the neighbouring Kursk region, setting fire to the locomotive and injuring its crew. The Investigative Committee said both bridges had been blown up and opened criminal cases for terrorism. Moscow Railway initially blamed an "illegal interference" with transport operations. Rescuers worked through the night to cut passengers out of overturned carriages near the village of Vygonichi, about 100 km from the Ukrainian border. Dozens of children were among those taken to hospital, the Bryansk health department said. Kyiv did not comment.""",
        "T E",
        "sabotage",
    ),
    (
        "Saboteurs cross into Bryansk village, two civilians shot dead, FSB says",
        """Two civilians were killed and a boy was wounded on Thursday when armed men who had crossed from Ukraine opened fire on a car in the village of Lyubechane, in Russia's Bryansk region, the FSB said. Governor Alexander Bogomaz said the group had entered two villages near the border, and residents told the regional outlet Bryansk Novosti that they had heard shooting for several hours. Putin cancelled a trip to Stavropol and called the attack a "terrorist act" by "neo-Nazis" who had fired on children. The FSB said its forces and the army had pushed the group back into Ukraine and struck it with heavy artillery. A previously little-known group of Russian nationalists fighting for Ukraine, the Russian Volunteer Corps, posted a video it said was filmed in Lyubechane and said it had come to "fight the regime". Kyiv called the reports a "classic deliberate provocation".""",
        "B V",
        "cross_border_raid",
    ),
]
