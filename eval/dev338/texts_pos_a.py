"""dev338 positives, part A: rail, road and station attacks (Europe, Asia, the Middle East)."""

POSITIVES = [
    (
        "Drone strike hits passenger train near Shostka, killing a conductor and wounding 30",
        "A Russian drone struck a passenger train at the station in Shostka, in Ukraine's Sumy region, on Saturday morning, killing a conductor and wounding about 30 people, regional officials said. The train, bound for Kyiv, was boarding when the first drone hit the lead carriage and set it alight, according to Ukrzaliznytsia, the state railway. A second drone struck minutes later as rescuers arrived, the regional governor said on Telegram. Photographs released by the emergency service showed a gutted carriage and passengers' luggage scattered across the platform. 'This was a civilian train, with civilians on board, and they knew it,' President Volodymyr Zelensky wrote, calling for more air defence systems. Two of the wounded were children, and eight people remained in hospital in serious condition by the evening. The railway said trains to Shostka would terminate at Konotop until the line was inspected. Russia's defence ministry said its forces had struck 'transport infrastructure used by the Ukrainian armed forces' in the region but did not mention the station. Attacks on rail infrastructure in the north-east have risen sharply since the summer, with locomotives hit on at least a dozen occasions in October alone, according to the railway.",
        "E V",
        "drone_strike",
    ),
    (
        "Gunmen hijack Jaffar Express in Balochistan, hold hundreds of passengers",
        "Separatist militants blew up a section of track and seized the Jaffar Express in a remote mountain pass in Pakistan's Balochistan province on Tuesday, taking hundreds of passengers hostage, officials said. The train, carrying more than 400 people from Quetta to Peshawar, was stopped near a tunnel in the Bolan district when an explosion tore up the rails, according to Pakistan Railways. The banned Balochistan Liberation Army said it had carried out the attack and threatened to kill the hostages if troops moved in. Security forces launched an operation in the evening and said by Wednesday that they had freed more than 150 passengers and killed several militants. At least 18 soldiers travelling off duty were among those killed, a security official told reporters on condition of anonymity. Freed passengers described gunmen checking identity cards and separating men in uniform from the rest. 'They made us sit on the ground for hours, and every time we heard firing we thought it was our turn,' a railway employee told a local television station at Mach. All train services to and from Quetta were suspended, and the railway said the line would stay closed until the operation was over.",
        "T V B M",
        "hijacking",
    ),
    (
        "Suicide blast at Quetta railway station kills 26 as passengers wait for Peshawar train",
        "A suicide bomber blew himself up on a crowded platform at Quetta's main railway station on Saturday morning, killing at least 26 people, many of them soldiers waiting for a train to Peshawar, police and hospital officials said. The explosion went off shortly before the Jaffar Express was due to depart, when around 100 passengers were on the platform, according to the station's manager. More than 60 people were wounded and taken to the Civil Hospital, where an emergency was declared. The Balochistan Liberation Army claimed the attack in a statement, saying it had targeted army personnel. The provincial government called it a terrorist attack and announced three days of mourning. Footage shared on social media showed a collapsed tin roof over the platform and debris strewn across the tracks. Pakistan Railways suspended services from Quetta for 48 hours and said a security review of stations in the province was under way. Officials said the death toll could rise because several of the wounded were in critical condition.",
        "T E",
        "suicide_bombing",
    ),
    (
        "Explosion on Warsaw-Lublin line an 'act of sabotage', Polish prime minister says",
        "An explosive device damaged the railway line between Warsaw and Lublin near the village of Mika on Sunday, in what Prime Minister Donald Tusk called an unprecedented act of sabotage aimed at Poland's security. A train driver reported damage to the track on Monday morning, and investigators found that a section of rail had been destroyed by a blast, Tusk told parliament. A second incident was reported further south on the same line, where overhead wires were damaged and a passenger train carrying 475 people had to brake suddenly, officials said. No one was hurt. Prosecutors opened an investigation into acts of sabotage of a terrorist nature committed on behalf of a foreign intelligence service. The line is one of the main routes for aid and military supplies heading to Ukraine through the border crossing at Dorohusk. 'The perpetrators wanted to cause a rail catastrophe,' Tusk said, adding that two suspects had been identified. Rail operator PKP PLK said traffic on the affected stretch was diverted and that repairs would take several days.",
        "T E",
        "sabotage",
    ),
    (
        "Missile strikes hit Odesa port, damaging grain terminal and a Panama-flagged vessel",
        "Russian missiles struck port infrastructure in the Odesa region overnight, damaging a grain terminal and a civilian cargo ship moored in the harbour, Ukrainian officials said on Tuesday. Two port workers were killed and at least seven were injured, regional governor Oleh Kiper said. The Panama-flagged bulk carrier, which had been loading corn for export, was hit on its upper deck, and a fire on board was extinguished after several hours, according to the Ukrainian navy. Oil and grain stored at the terminal burned until the morning, the emergency service said. Ukraine's deputy prime minister for reconstruction said the strike was meant to disrupt the export corridor along the western Black Sea coast, which has carried more than 100 million tonnes of cargo since it opened. Shipping agents in Odesa said two vessels due to arrive on Wednesday had delayed their approach. Russia's defence ministry said it had struck facilities used to store military equipment. Insurers in London said they were assessing the damage and did not expect an immediate change to war-risk premiums for the route.",
        "E",
        "missile_strike",
    ),
    (
        "Ukrainian drones set fire to rail fuel depot in Russia's Bryansk region",
        "Ukrainian drones struck a fuel depot serving the railway in Russia's Bryansk region overnight, starting a fire that burned into Sunday afternoon, the regional governor and Ukraine's military said. Governor Alexander Bogomaz said on Telegram that 'an enemy drone attack' had been repelled but that falling debris had set a tank alight. Ukraine's general staff said the depot supplied diesel to trains carrying ammunition to Russian units on the northern front. Video geolocated by independent analysts showed a large plume of smoke over the Unecha rail junction. Russian Railways said several freight trains had been held and that passenger services were running with delays of up to four hours. The attack was the third on rail-linked fuel facilities in the region this month. Ukrainian officials have described such strikes as part of a campaign against the logistics of Russia's army. No casualties were reported.",
        "E M",
        "drone_strike",
    ),
    (
        "Truck bomb collapses section of Crimea bridge; three killed",
        "An explosion on the Kerch bridge linking Russia to occupied Crimea collapsed two spans of the road crossing and set fire to a fuel train on the parallel railway on Saturday morning, Russian authorities said. Three people were killed, investigators said, apparently the occupants of a car that was passing the lorry that blew up. Russia's Investigative Committee said a truck bomb had been detonated and opened a criminal case into a terrorist act. Seven railway tanker wagons carrying fuel caught fire, and flames and black smoke could be seen from both shores for hours. Road traffic was suspended, and ferries were brought in to carry vehicles across the strait, while a limited rail service resumed in the evening. The bridge is the main supply route for Russian forces in southern Ukraine as well as for the peninsula's civilian population. Ukrainian officials did not claim responsibility but celebrated the damage. Queues at the ferry crossing stretched for several kilometres by nightfall, according to local media.",
        "E T",
        "bombing",
    ),
    (
        "Israeli strike cuts Masnaa road between Lebanon and Syria, halting traffic at main crossing",
        "An Israeli air strike on Friday cut the international road between Lebanon and Syria near the Masnaa crossing, leaving a crater across both lanes and forcing hundreds of travellers to continue on foot, Lebanese officials said. The Israeli military said the crossing was being used by Hezbollah to move weapons from Syria and that it had struck 'a route used for military purposes'. Lebanon's transport minister said the strike hit a civilian road used by tens of thousands of people fleeing the bombardment in the south. Families carrying suitcases climbed across the rubble to reach taxis on the Syrian side, according to a reporter at the scene. The UN refugee agency said more than 300,000 people had crossed into Syria through Masnaa and smaller crossings in the previous two weeks. Lorries carrying fruit and vegetables were turned back, and freight agents said perishable loads were already spoiling in the heat. Lebanese engineers said filling the crater would take at least several days if the area was not struck again.",
        "E M D",
        "airstrike",
    ),
    (
        "Aid trucks looted and drivers shot at near Kerem Shalom, UN says",
        "A convoy of 109 lorries carrying food into Gaza was attacked after crossing at Kerem Shalom on Saturday, and 98 of them were lost, the UN agency for Palestinian refugees said. Armed men stopped the convoy on the road south of Rafah, threatened the drivers and took the cargo, UNRWA said, adding that several drivers were injured. A spokesperson for the agency said the route it had been told to use ran through an area controlled by the Israeli military where armed gangs operated freely. Israel's military agency responsible for the crossings said it had allowed the lorries to enter and that distribution inside Gaza was the responsibility of the UN. Aid officials warned that hunger in the south was worsening as winter approached and flour prices rose again. The World Food Programme said it had paused some movements along the Salah al-Din road after a driver was killed by gunfire earlier in the week. 'Every convoy now is a gamble with people's lives,' said one humanitarian worker in Deir al-Balah.",
        "H V",
        "aid_convoy_attack",
    ),
    (
        "Three seafarers killed as Houthi missile sets True Confidence ablaze off Aden",
        "A missile fired by Yemen's Houthi movement hit the Barbados-flagged bulk carrier True Confidence in the Gulf of Aden on Wednesday, killing three members of its crew and setting the ship on fire, the US military said. The strike was the first to cause deaths since the group began attacking merchant shipping over the war in Gaza. Four other crew members were injured, at least three of them critically, US Central Command said. The crew abandoned ship and were picked up by an Indian navy warship, which said it had rescued 21 people, among them a child. The ship's Greek manager said the vessel had no link to Israel or the United States. A Houthi military spokesman said the group had targeted the ship with naval missiles and would continue its operations. Shipping industry groups said the deaths were the outcome they had warned of for months and urged governments to protect seafarers. The vessel was drifting about 50 nautical miles off Aden on Wednesday evening, according to maritime security firm Ambrey.",
        "E",
        "missile_strike",
    ),
    (
        "US and Britain strike Houthi targets after fresh attacks on Red Sea shipping",
        "American and British warplanes struck more than a dozen Houthi sites in Yemen overnight, hitting radar installations, launch sites and weapons depots used in attacks on merchant ships, the Pentagon said on Saturday. The strikes came after the group fired anti-ship missiles at two container vessels in the southern Red Sea on Thursday, one of which reported minor damage. Residents in Hodeidah said at least 10 explosions shook the city, and the Houthis' health ministry said five people were killed. 'We will not hesitate to defend lives and the free flow of commerce,' the US defence secretary said in a statement. The Houthis said the attacks would 'not go unanswered' and vowed to keep targeting ships they link to Israel. Maersk said it would continue to send its vessels around the Cape of Good Hope for the foreseeable future. Container freight rates on the Asia-Europe route rose for the fourth week in a row, according to a weekly index published on Friday.",
        "E M",
        "airstrike",
    ),
    (
        "Eternity C sinks after Houthi attack; crew members killed, others taken",
        "The Liberian-flagged bulk carrier Eternity C sank in the Red Sea on Tuesday after two days of attacks by Yemen's Houthis, who said they had taken some of its crew, the ship's manager and European naval officials said. At least four crew members were killed in the assault, which began on Monday night with small boats firing rocket-propelled grenades and continued with drones and missiles, the EU's Aspides mission said. Search teams had rescued ten people from the water by Wednesday, while others remained missing. A Houthi spokesman said the group had 'rescued' several seafarers and taken them to a safe place, language the US embassy in Yemen described as kidnapping. The sinking came days after the group attacked and sank another bulk carrier, the Magic Seas, in the same waters. Most of the Eternity C's crew were from the Philippines, whose migrant workers' department said it was trying to trace them. 'These are seafarers doing their job, not combatants,' said the secretary-general of the International Maritime Organization.",
        "E V",
        "attack_on_shipping",
    ),
    (
        "Border clashes shut Torkham crossing, leaving thousands of trucks stranded",
        "Heavy fighting between Pakistani and Afghan forces along the border on Sunday closed the Torkham and Chaman crossings, leaving thousands of lorries stranded on both sides, officials and traders said. Pakistan's army said its troops had responded to 'unprovoked firing' from Afghan posts and had destroyed several of them, while Taliban officials said dozens of Pakistani soldiers were killed, a figure Islamabad rejected. Residents of Landi Kotal said mortar shells landed near the bazaar and many families left for Peshawar overnight. The two crossings carry most of the trade between the two countries, including fruit, coal and transit cargo for Central Asia. Drivers waiting on the highway said they had run short of food and water. 'We cannot go forward and we cannot go back, and the fruit is rotting in the trailers,' said one driver carrying grapes from Kandahar. The Pakistan-Afghanistan Joint Chamber of Commerce estimated losses at several million dollars a day. Qatar and Turkey said they were in contact with both sides to arrange talks.",
        "B E D",
        "border_clash",
    ),
    (
        "Myanmar resistance forces seize border trade town, cutting road to China",
        "An alliance of ethnic armed groups captured the town of Chinshwehaw on the border with China, along with several junta positions on the main road to the trade hub of Muse, the groups said on Friday. The Three Brotherhood Alliance said it had taken more than 100 military posts since launching an offensive in northern Shan state a week earlier. The military government acknowledged that it had lost control of several towns and said it was preparing a counter-attack. Traders in Muse said the road carrying most of Myanmar's overland trade with China was closed by fighting, with hundreds of lorries stuck on the Chinese side at Ruili. Residents of Lashio reported air strikes near the town's outskirts, and the UN said about 50,000 people had been displaced in the region. China called for an immediate ceasefire and urged its citizens to leave the area. Fuel prices in Mandalay rose by a third within days, according to local media, as deliveries by road stopped.",
        "B E D",
        "offensive",
    ),
    (
        "Manipur: trucks set on fire on National Highway 37 as violence flares",
        "A mob set fire to at least six lorries carrying essential goods on National Highway 37 in Manipur's Jiribam district on Monday night, police said, as fresh clashes between armed groups from the Meitei and Kuki-Zo communities spread in the area. The drivers escaped, but one was taken to hospital with burns, according to a police statement. Gunmen also fired on a police outpost near the highway, and security forces returned fire, officials said. The highway, one of two routes supplying the landlocked state, was closed to traffic on Tuesday, and the state government ordered additional central paramilitary companies to escort convoys. Truck drivers' associations in Assam said their members would refuse to enter Manipur until their safety was guaranteed. Prices of rice, cooking gas and petrol in Imphal rose sharply within a day, traders said. More than 200 people have been killed in the ethnic violence that began in May 2023, and tens of thousands remain in relief camps.",
        "U B",
        "communal_violence",
    ),
    (
        "Fano fighters and army clash on Bahir Dar-Gondar road, halting freight and buses",
        "Fighting between Ethiopian federal troops and Fano militiamen on the road between Bahir Dar and Gondar closed the highway for a third day on Thursday, drivers and residents said. Residents of Woreta reported heavy gunfire and shelling on the outskirts of the town, and said several civilians had been killed in their homes. The federal government said its forces had 'cleared extremist groups' from the area, while a Fano commander told a diaspora media outlet that his fighters controlled sections of the road. Buses from Addis Ababa were stopped at Bahir Dar, and hundreds of lorries carrying fuel and fertiliser waited in long lines outside the city. 'Nobody can move; if you drive, you can be shot by either side,' said a freight forwarder whose trucks were held near the town. Communications in the area remained largely cut, making casualty figures hard to verify. The region has been under a state of emergency since August 2023, and the conflict has repeatedly cut the main trade routes from Sudan's border.",
        "B E",
        "clashes",
    ),
]
