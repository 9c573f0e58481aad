"""dev283 positives, part A: Yemen, the Red Sea, the Gulf and Iraq (current strikes and fighting)."""

POSITIVES = [
    (
        "Coalition jets pound Houthi positions around Sanaa as airport closes to civilian traffic",
        "Warplanes of the Saudi-led coalition struck Houthi positions in and around Sanaa through the night, "
        "residents told Arab News, in the heaviest raids since the campaign began last week. "
        "Explosions shook the Faj Attan hill, where the rebels are believed to store missiles, and windows "
        "shattered across the Hadda district. "
        "Coalition spokesman Brig Gen Ahmed Asiri said the sorties had hit “command centres, ammunition depots "
        "and launch sites” and that pilots had avoided residential areas. "
        "Sanaa International Airport was closed to civilian flights after its runway was damaged, leaving "
        "hundreds of foreigners waiting for evacuation by sea through Hodeidah. "
        "Gulf carriers, which had already suspended their Yemen services, said they would not resume them "
        "before the end of April. "
        "Hospital officials in the capital said at least 19 people had been killed since Thursday, among them "
        "several children. "
        "Shops in the old city stayed shut and long queues formed at petrol stations as drivers tried to fill "
        "up before supplies run out. "
        "Saudi stocks steadied on Sunday after two days of losses, with brokers in Riyadh saying investors had "
        "priced in a short campaign.",
        "M E",
        "airstrike",
    ),
    (
        "Saudi air defences intercept Houthi missile fired towards Makkah region",
        "Saudi air defences shot down a ballistic missile fired from Yemen towards the Makkah region late on "
        "Thursday, the coalition said, in what it called a deliberate attempt to strike the holy city. "
        "The missile was intercepted about 65km from Makkah and debris fell in open ground without causing "
        "casualties, according to a statement carried by the Saudi Press Agency. "
        "The Houthi-run Saba news agency said the rebels had aimed a Burkan-1 missile at King Abdulaziz "
        "International Airport in Jeddah. "
        "Coalition aircraft responded within hours by striking the launch site in Saada province, the "
        "coalition said. "
        "The Organisation of Islamic Cooperation condemned the launch as a “provocation to the feelings of "
        "Muslims everywhere”. "
        "Flights at Jeddah airport were not affected, the General Authority of Civil Aviation said, and "
        "Umrah pilgrims continued to arrive through the night. "
        "It was the second missile fired towards western Saudi Arabia this month.",
        "E M",
        "missile_attack",
    ),
    (
        "Families flee Hodeidah as Yemeni forces close in on airport",
        "Yemeni government forces backed by the UAE fought Houthi rebels on the southern edge of Hodeidah on "
        "Wednesday, pushing towards the city's airport as warships and aircraft pounded rebel positions. "
        "Emirati state news agency WAM said the joint forces had taken the Al Durayhimi junction and were "
        "“within 2km” of the airport perimeter. "
        "The Houthis said their fighters had repelled the advance and destroyed several armoured vehicles. "
        "Residents described heavy gunfire near the Al Manzar district and columns of smoke over the coast road. "
        "The UN said more than 5,200 families had fled their homes in Hodeidah governorate since the start "
        "of June, many heading north to Bajil and to Sanaa. "
        "Aid agencies warned that fighting around the port, which handles about 70 per cent of Yemen's "
        "imports, could cut off food and fuel for millions. "
        "The Red Crescent in Abu Dhabi said it had sent four ships carrying flour and medical supplies to "
        "Aden and Mokha for onward delivery. "
        "Diplomats in Geneva said the UN envoy was still trying to broker a deal that would hand the port to "
        "a neutral body.",
        "B M E D H",
        "offensive",
    ),
    (
        "Aramco halts half its output after drone and missile strikes on Abqaiq and Khurais",
        "Saudi Aramco suspended about 5.7 million barrels a day of crude production, roughly half the "
        "kingdom's output, after drones and missiles struck its Abqaiq processing plant and the Khurais "
        "oilfield before dawn on Saturday. "
        "Video posted by residents showed fires lighting up the sky above Abqaiq, the world's largest crude "
        "stabilisation facility, and secondary blasts could be heard for more than an hour. "
        "The interior ministry said the fires had been brought under control and that no one had been hurt. "
        "The Houthis claimed the attack, saying they had launched ten drones, but US officials said the "
        "strikes came from the north and pointed the finger at Iran, which denied involvement. "
        "Energy Minister Prince Abdulaziz bin Salman said part of the lost output would be covered from "
        "storage. "
        "Brent crude jumped almost 20 per cent at Monday's open, its biggest one-day rise on record. "
        "Analysts in Dubai said the attack had exposed the vulnerability of Gulf energy infrastructure and "
        "would raise war-risk premiums for tankers loading at Ras Tanura. "
        "Aramco, which is preparing a stock market listing, said customers would receive their allocations "
        "in full for September. "
        "Saudi stocks fell about 3 per cent on Sunday, and the kingdom's finance minister said the economy would not be affected. Tanker owners said shipping rates for Gulf crude jumped.",
        "E",
        "drone_attack",
    ),
    (
        "Three killed as drones hit fuel tankers in Musaffah, fire breaks out at Abu Dhabi airport",
        "Three people were killed and six injured when three fuel tankers exploded in the Musaffah industrial "
        "area of Abu Dhabi on Monday, police said, after what the Houthis described as a drone and missile "
        "attack on the UAE. "
        "A small fire also broke out at a construction site in the new terminal area of Abu Dhabi "
        "International Airport. "
        "The dead, two Indian nationals and a Pakistani, worked for Adnoc's distribution arm, according to "
        "their embassies. "
        "Preliminary investigations found “small flying objects, possibly belonging to drones” at both "
        "sites, Abu Dhabi police said. "
        "The UAE foreign ministry called the attack a “terrorist” act and said the country reserved the "
        "right to respond. "
        "Hours later, the Saudi-led coalition launched air strikes on Sanaa. "
        "Flights at the airport continued with minor delays, and Etihad said its schedule was not affected. "
        "Business leaders said the attack was the first deadly strike on UAE soil claimed by the Houthis and "
        "would test the emirate's reputation as a safe haven for capital.",
        "E T M",
        "drone_attack",
    ),
    (
        "Houthi gunmen seize car carrier in Red Sea, take 25 crew hostage",
        "Yemen's Houthis seized the Bahamas-flagged car carrier Galaxy Leader in the southern Red Sea on "
        "Sunday, landing armed men on its deck from a helicopter and sailing the ship to the port of "
        "Hodeidah. "
        "Footage released by the group showed fighters in combat gear storming the bridge and ordering the "
        "crew to the floor at gunpoint. "
        "The vessel's 25 crew members, from Bulgaria, Ukraine, the Philippines, Mexico and Romania, are being "
        "held on board, the ship's Japanese operator said. "
        "The Houthis said they had targeted the ship because of its links to an Israeli businessman and "
        "warned that all vessels connected to Israel were now “legitimate targets”. "
        "Israel called the seizure “an act of Iranian terrorism”. "
        "Maritime security firm Ambrey said the operator had not been in contact with the crew since the "
        "seizure. "
        "Shipping lines in Dubai said they were reviewing routes through the Bab el-Mandeb, and brokers "
        "reported the first rise in war-risk quotes for the Red Sea since the 2022 truce.",
        "V",
        "hijacking",
    ),
    (
        "US and British jets strike Houthi targets across Yemen",
        "American and British warplanes and warships struck more than 60 targets at 16 locations in "
        "Houthi-controlled Yemen overnight, the two governments said, in retaliation for weeks of attacks on "
        "merchant shipping in the Red Sea. "
        "Residents of Sanaa and Hodeidah reported loud explosions near the airports and at a military base on "
        "the coast. "
        "The US Air Forces Central said Tomahawk missiles and fighter jets had hit radar sites, drone "
        "storage facilities and missile launchers. "
        "A Houthi military spokesman said five fighters had been killed and vowed that the strikes would "
        "“not go unanswered or unpunished”. "
        "Oman, which mediates between the Houthis and Riyadh, expressed concern and called for restraint. "
        "Saudi Arabia said it was following events “with great concern”. "
        "Brent crude rose more than 2 per cent in early trading in Singapore, and tanker owners said they "
        "would keep avoiding the southern Red Sea.",
        "M E",
        "airstrike",
    ),
    (
        "First deaths at sea: three crew killed as Houthi missile strikes True Confidence off Aden",
        "Three crew members were killed and at least four injured when a Houthi missile struck the "
        "Barbados-flagged bulk carrier True Confidence off Aden on Wednesday, the US military said, the "
        "first deaths since the rebels began attacking ships in November. "
        "The ship's Greek manager said the vessel was drifting and on fire, and the crew had abandoned ship "
        "in a lifeboat. "
        "An Indian navy warship rescued 21 people, including a baby, and gave first aid to the wounded, the "
        "navy said. "
        "The dead were two Filipino sailors and a Vietnamese crew member, according to their governments. "
        "Houthi spokesman Yahya Saree claimed the strike, saying the ship had ignored warnings. "
        "The British embassy in Sanaa, which works from Riyadh, said the rebels had “recklessly” targeted "
        "civilian sailors. "
        "Seafarers' unions in Manila said they would press shipowners to let crews refuse passage through "
        "the Gulf of Aden.",
        "E V",
        "missile_attack",
    ),
    (
        "Coal carrier Tutor sinks a week after drone-boat attack in Red Sea",
        "The Liberian-flagged coal carrier Tutor has sunk in the Red Sea, a week after it was struck by a "
        "Houthi explosive-laden drone boat and aerial munitions, the UK Maritime Trade Operations agency said "
        "on Wednesday. "
        "Debris and oil were sighted at the vessel's last reported position, the agency said. "
        "One crew member, a Filipino engine room worker, is missing and presumed dead; the other 21 were "
        "evacuated by a US helicopter last week. "
        "The Houthis said they had also fired missiles at two other ships in the Gulf of Aden on Tuesday, one "
        "of which reported a fire on deck that the crew extinguished. "
        "The Tutor is the second ship the group has sunk since it began its campaign, after the Rubymar in "
        "March. "
        "Protection and indemnity clubs in London said they expected war-risk premiums for the route to climb "
        "again from about 0.7 per cent of hull value. "
        "The ship's Greek owner said it was working with the Philippine authorities to support the family of "
        "the missing seafarer.",
        "E",
        "drone_attack",
    ),
    (
        "Greek tanker ablaze in Red Sea after Houthi attack, crew taken off by French warship",
        "The Greek-flagged oil tanker Sounion was on fire and drifting in the Red Sea on Thursday after being "
        "hit by a series of projectiles off Hodeidah, maritime security agencies said. "
        "Its 25 crew, Filipinos and Russians, and four private security guards were rescued by a French "
        "destroyer of the EU's Aspides mission and taken to Djibouti. "
        "The ship, carrying about 150,000 tonnes of crude, lost engine power after the attack, the "
        "UKMTO said. "
        "The Houthis said they had targeted the vessel because its owner had broken their ban on entering "
        "Israeli ports. "
        "The Pentagon warned that a spill from the tanker could be four times larger than the Exxon Valdez "
        "disaster. "
        "Delta Tankers, the Athens-based operator, said it was assessing salvage options. "
        "Freight rates for tankers on the Suez route rose by about a fifth in the two days after the "
        "attack, according to brokers in Dubai.",
        "E",
        "missile_attack",
    ),
    (
        "Iran fires missiles at US base in Qatar; Doha briefly shuts airspace",
        "Iran fired a barrage of missiles at the Al Udeid air base south-west of Doha on Monday evening, "
        "prompting Qatar to close its airspace and leaving thousands of travellers stranded at Hamad "
        "International Airport. "
        "Qatar's defence ministry said its air defences had intercepted the missiles and that there were no "
        "deaths or injuries. "
        "Residents of Doha and Al Wakrah reported bright flashes and loud booms in the sky shortly after "
        "7.30pm. "
        "Iran's Revolutionary Guards said the attack was a response to US strikes on its nuclear facilities "
        "at the weekend. "
        "The foreign ministry in Doha called the strike “a flagrant violation of Qatar's sovereignty”. "
        "Qatar Airways suspended all flights and turned back aircraft already in the air; Emirates and "
        "flydubai cancelled services to Doha, Bahrain and Kuwait. "
        "The airspace reopened around midnight, and the airline said it would need at least two days to "
        "clear the backlog. "
        "Gulf stock markets rose on Tuesday morning as investors read the limited strike as a sign that "
        "Tehran wanted to avoid a wider war.",
        "E M",
        "missile_attack",
    ),
    (
        "Iranian missiles hit Ain al-Asad base as Gulf carriers reroute flights",
        "Iran fired more than a dozen ballistic missiles at two bases in Iraq that house US troops early on "
        "Wednesday, in retaliation for the killing of Qassem Soleimani. "
        "The missiles struck the Ain al-Asad air base in Anbar province and a base near Erbil, Iraqi and US "
        "officials said. "
        "The Pentagon said it was assessing damage, and Iraq's military said there were no Iraqi casualties. "
        "Iranian state television claimed without evidence that “80 American terrorists” had been killed. "
        "Emirates and flydubai cancelled flights to Baghdad, while Etihad and Qatar Airways said they were "
        "rerouting services away from Iraqi and Iranian airspace. "
        "Hours later a Ukrainian airliner crashed shortly after take-off from Tehran, killing all 176 people "
        "on board; Iran initially blamed a technical fault. "
        "Gold hit a seven-year high and Brent crude touched $71 a barrel before easing. "
        "The Dubai Financial Market fell 2.5 per cent, its steepest drop in months.",
        "E M",
        "missile_attack",
    ),
    (
        "Erbil businessman and infant daughter killed as Revolutionary Guards missiles hit his villa",
        "A prominent Kurdish businessman and his 11-month-old daughter were killed when Iranian ballistic "
        "missiles struck his home near Erbil late on Monday, the Kurdistan Regional Government said. "
        "Peshraw Dizayee, whose companies built residential compounds and ran a real estate brokerage in the "
        "city, died with his daughter and a house guest, officials said. "
        "At least six other people were wounded, several of them domestic workers. "
        "Iran's Revolutionary Guards said they had targeted an “espionage headquarters” of Israel's Mossad "
        "and “anti-Iranian terrorist groups”. "
        "Baghdad recalled its ambassador from Tehran and said it would complain to the UN Security Council. "
        "Friends described Dizayee as a builder who had invested through years of slumps and political "
        "crises. "
        "Flights at Erbil International Airport were suspended for several hours as a precaution. "
        "The strike came as property developers in the Kurdish capital were trying to attract Gulf investors "
        "to a string of new projects.",
        "E V M",
        "missile_attack",
    ),
    (
        "Islamic State fighters storm Mosul as troops and families flee",
        "Militants of the Islamic State of Iraq and the Levant seized most of Mosul on Tuesday after days of "
        "fighting, as Iraqi troops abandoned their posts and tens of thousands of residents fled towards the "
        "Kurdish region. "
        "The militants took the provincial government headquarters, the airport and several police stations, "
        "officials said. "
        "Witnesses told Gulf News that gunmen in pick-up trucks were raising black flags over government "
        "buildings and freeing prisoners from the city's jails. "
        "The International Organisation for Migration said as many as 500,000 people may have left the city "
        "and its surroundings. "
        "Long queues of cars formed at Kurdish checkpoints outside Erbil, where hotels filled within hours. "
        "Prime Minister Nouri al-Maliki asked parliament to declare a state of emergency. "
        "Turkey said the militants had also seized its consulate in the city and abducted 49 staff, including "
        "the consul general. "
        "Oil prices climbed on fears that the violence could spread to the south, though the main export "
        "fields around Basra were untouched. "
        "Christian families in the city also fled, many of them to villages in the Nineveh plains. Kurdish peshmerga forces moved to secure areas around Kirkuk, officials said. Gulf states called an urgent meeting of the Arab League.",
        "B T D V",
        "offensive",
    ),
    (
        "Iraqi forces push into Mosul's old city as civilians escape through the rubble",
        "Iraqi counter-terrorism forces advanced into the narrow lanes of Mosul's old city on Sunday, "
        "fighting Islamic State militants house to house in what commanders called the final phase of the "
        "battle. "
        "Coalition aircraft and Iraqi artillery struck positions around the ruins of the al-Nuri mosque, "
        "which the militants blew up last week. "
        "Soldiers said snipers and suicide bombers were slowing the advance, and several armoured vehicles "
        "were hit by car bombs. "
        "Hundreds of civilians emerged from the district carrying children and the elderly, many of them "
        "dehydrated and thin after months under siege. "
        "The UN estimates up to 100,000 people remain trapped in the old city. "
        "The Hammam al-Alil camp south of Mosul received more than 4,000 new arrivals in two days, according to "
        "the Norwegian Refugee Council. "
        "The UAE has pledged $50m to rebuild the mosque and its leaning minaret once the fighting ends.",
        "B M E D H",
        "offensive",
    ),
    (
        "Baghdad protesters shot as security forces fire live rounds in Tahrir Square",
        "Iraqi security forces fired live ammunition and tear gas at protesters in central Baghdad on "
        "Friday, killing at least eight people and wounding more than 200, medical sources said. "
        "Thousands of demonstrators, most of them young men, had gathered in Tahrir Square and on the "
        "Jumhuriya bridge to demand jobs, services and an end to corruption. "
        "Some protesters set fire to tyres and threw stones at police lines, witnesses said. "
        "The Iraqi High Commission for Human Rights said the death toll since the start of the week had "
        "risen to 42. "
        "Authorities reimposed an internet blackout across much of the country and ordered a curfew in "
        "several southern provinces. "
        "The Kuwaiti and Bahraini embassies advised their citizens to leave Iraq. "
        "Shops and offices in the Karrada business district stayed shut, and Basra's oil export terminals "
        "reported no disruption. "
        "Iraq's top Shiite cleric, Grand Ayatollah Ali al-Sistani, urged the government to respond to protesters' demands. The government announced a package of housing and jobs measures. Protesters said they would not leave the square.",
        "U",
        "protest_crackdown",
    ),
]
