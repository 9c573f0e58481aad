"""dev365 positives, part A: Gaza, the West Bank, Lebanon and Syria (texts with their labels)."""

POSITIVES = [
    (
        "Al Jazeera: dozens killed as strike hits Gaza City school turned shelter",
        "At least 31 Palestinians were killed and dozens wounded at dawn on Saturday when Israeli "
        "aircraft struck the al-Tabi'in school in Gaza City's Daraj neighbourhood, where displaced "
        "families had gathered for the dawn prayer, Al Jazeera's correspondent reported. The "
        "Civil Defence said three missiles hit the prayer hall on the ground floor while women "
        "and children slept on the upper floors. Rescuers carried bodies out on blankets and "
        "donkey carts because fuel for ambulances had run out, the channel said. The school had "
        "sheltered about 6,000 people who fled the northern districts of the Strip in earlier "
        "waves of bombardment. The Israeli army said it had targeted a Hamas command room "
        "inside the compound and had taken steps to reduce harm to civilians. Residents told "
        'the correspondent they had seen no fighters there. "We came here because they told '
        'us it was safe," said one man who lost his brother and two nephews. The Government '
        "Media Office in Gaza called the strike a massacre and said it was the 21st attack on a "
        "school used as a shelter in a little over a month.",
        "E V D H",
        "airstrike",
    ),
    (
        "Gaza: crowds shot near aid distribution point, health ministry says",
        "The Gaza health ministry said on Tuesday that 27 people were killed and more than 180 "
        "wounded when Israeli forces opened fire on crowds waiting near an aid distribution site "
        "west of Rafah, according to Al-Quds Al-Arabi. Witnesses said thousands had walked "
        "through the night to reach the site before it opened, and that gunfire and tank shells "
        "came as people pressed toward the fences. Nasser hospital in Khan Younis said its "
        "wards were overwhelmed and that wounded men lay on the floor of the emergency "
        "department. The Israeli military said troops fired warning shots at suspects who "
        "approached its forces and that it was looking into reports of casualties. The ministry "
        "also recorded four more deaths from malnutrition in the previous day, among them two "
        "children, bringing the number of hunger deaths since the war began to 147. UN agencies "
        "said only a fraction of the trucks needed were entering the Strip and that the new "
        "distribution system forced starving people to cross active military zones.",
        "V H",
        "shooting",
    ),
    (
        "Israeli bulldozers and troops tear through Jenin camp as thousands flee",
        "Thousands of residents have fled the Jenin refugee camp since Israeli forces launched "
        "a large operation in the northern West Bank on Tuesday, the Palestinian governor of "
        "Jenin told Al Jazeera. Troops backed by drones and armoured bulldozers entered the camp "
        "from several directions and exchanged fire with gunmen of the Jenin Brigade, the "
        "channel reported. The Palestinian health ministry said 12 people had been killed in the "
        "first two days, among them a 16-year-old boy shot on the edge of the camp. Residents "
        "said soldiers ordered families through loudspeakers to leave their homes and walk "
        "toward the town of Kafr Dan. Bulldozers ripped up roads and water pipes, and the "
        "municipality said large parts of the camp were without water or electricity. The "
        'Israeli army said the operation, which it called "Iron Wall", aimed to dismantle '
        '"terrorist infrastructure" and would last as long as needed. UNRWA said it had '
        "suspended its services in the camp and that displaced families were sheltering in "
        "schools, mosques and the homes of relatives.",
        "M B D H",
        "raid",
    ),
    (
        "Settlers torch homes and cars in village near Ramallah",
        "Dozens of Israeli settlers attacked the village of Turmus Ayya north of Ramallah on "
        "Wednesday evening, setting fire to homes, cars and farmland, the Palestinian news "
        "agency WAFA reported in a dispatch carried by Al-Quds Al-Arabi. The village council "
        "said at least 30 homes were damaged and that some families fled to neighbours' houses "
        "as the fires spread. One resident, a 27-year-old man, was killed by gunfire and a dozen "
        "others were wounded, the Palestinian Red Crescent said. Residents said soldiers who "
        "arrived with the settlers fired tear gas at villagers who tried to put out the flames. "
        "Many of the homes belong to families who hold US citizenship and spend summers in the "
        "village, the council head told the newspaper. Israel's military said it was aware of "
        "the incident and that the police had opened an investigation. Palestinian officials "
        "said it was the fourth settler attack on the village this year.",
        "V",
        "settler_attack",
    ),
    (
        "Annahar: Israeli strike on Dahiyeh targets senior Hezbollah commander",
        "An Israeli strike hit a residential building in the Haret Hreik district of Beirut's "
        "southern suburbs on Tuesday evening, in what the Israeli army said was an operation to "
        "kill a senior Hezbollah military commander. Annahar reported that the strike, carried "
        "out by a warplane, brought down the upper floors of a seven-storey building near a "
        "busy street. The Lebanese health ministry said five people were killed, among them two "
        "children, and 74 were wounded. Ambulances struggled to reach the site as crowds "
        "gathered and Hezbollah members closed the roads around it. The party did not "
        "immediately confirm the fate of the commander, and the newspaper said its sources "
        "expected an announcement within hours. The strike came days after a rocket hit a "
        "football pitch in the occupied Golan Heights, and it sharply raised fears of a wider "
        "war. Lebanese Prime Minister Najib Mikati condemned what he called a flagrant "
        "aggression on a densely populated area.",
        "E",
        "airstrike",
    ),
    (
        "Hamas deputy chief al-Arouri killed in drone strike on Beirut office",
        "Saleh al-Arouri, the deputy head of Hamas's political bureau, was killed on Tuesday "
        "evening when a drone strike hit an office of the movement in Beirut's southern "
        "suburbs, Lebanese security sources told Asharq Al-Awsat. Six other people were killed "
        "in the strike, among them two commanders of the Qassam Brigades, the sources said. "
        "Witnesses described a loud explosion in the Msharrafieh neighbourhood and said the "
        "second floor of the building was gutted, while a car outside burned. Hamas said its "
        "leader had been assassinated by the Zionist occupation and vowed that the crime would "
        "not go unpunished. Israel did not claim the strike, though an adviser to the prime "
        "minister said it was not an attack on Lebanon. Lebanon's caretaker government said it "
        "would file a complaint with the UN Security Council. The killing was the first strike "
        "on the Lebanese capital since cross-border fire began the previous October.",
        "E",
        "assassination",
    ),
    (
        "Hundreds hurt as pagers explode across Lebanon",
        "Hundreds of pagers carried by Hezbollah members exploded almost at the same moment on "
        "Tuesday afternoon in Beirut's southern suburbs, the south and the Bekaa valley, the "
        "Lebanese health ministry said. Health Minister Firass Abiad said at least nine people "
        "were killed, among them an eight-year-old girl, and about 2,800 wounded, many of them "
        "in the face, eyes and hands. Annahar described scenes of men collapsing in markets and "
        "on motorbikes, and hospitals in Beirut appealing for blood donors. Hezbollah blamed "
        "Israel and said it would face a just punishment for what it called a massacre. The "
        "ministry asked all health workers to report to their hospitals and told people who "
        "carried pagers to throw them away. Iran's ambassador in Beirut was among the wounded, "
        "according to Iranian state media. The Israeli army declined to comment on the "
        "explosions.",
        "E",
        "explosions",
    ),
    (
        "Despite truce, strikes kill three in south Lebanon villages",
        "Three people were killed on Thursday in Israeli strikes on the towns of Bint Jbeil and "
        "Aitaroun in south Lebanon, the health ministry's emergency centre said, in the latest "
        "breach of the ceasefire that took effect at the end of November. Annahar said a drone "
        "struck a car on the road out of Bint Jbeil, killing its two occupants, while a second "
        "strike hit a prefabricated house that a family had set up on the ruins of its home. "
        "The Israeli army said it had targeted Hezbollah members who were trying to rebuild the "
        "group's capabilities in the area. Residents who returned after the truce told the "
        "newspaper that they were still afraid to sleep in their villages. The Lebanese army "
        "said it had recorded more than 2,000 Israeli violations since the agreement. The "
        "monitoring committee chaired by a US general was due to meet again the following week, "
        "according to the newspaper's sources.",
        "E",
        "drone_strike",
    ),
    (
        "Syria's coast: families recount killings in Alawite villages",
        "Residents of Alawite villages in the countryside of Baniyas described to Asharq "
        "Al-Awsat how armed men went from house to house on Friday and Saturday, shooting men "
        "in front of their families. The Syrian Observatory for Human Rights said it had "
        "documented the killing of more than 1,000 civilians in Latakia, Tartus and Hama "
        "provinces since Thursday, when fighters loyal to the former regime ambushed security "
        "forces near Jableh. The interim government sent reinforcements to the coast and said "
        'its forces were fighting remnants of the Assad regime, but admitted that "individual '
        'violations" had occurred. In the village of al-Mukhtariya, a woman said her husband '
        "and three sons were taken outside and shot. Thousands of families fled to the hills "
        "and to the Russian air base at Hmeimim, the newspaper said. President Ahmed al-Sharaa "
        "announced an independent committee to investigate and promised that anyone who shed "
        "innocent blood would be held to account.",
        "V B D",
        "massacre",
    ),
    (
        "Clashes in Sweida leave dozens dead as government troops move in",
        "Fighting between Druze armed factions and Bedouin tribal fighters in Syria's Sweida "
        "province spread on Monday after government forces entered the area, Al Jazeera "
        "reported. The Syrian Observatory said at least 89 people had been killed since Sunday, "
        "among them civilians, fighters from both sides and members of the security forces. The "
        "defence ministry said its units had entered the city to restore order and end the "
        "clashes, which began with the abduction of a Druze merchant on the Damascus highway. "
        "Israeli aircraft struck tanks belonging to government forces near the village of "
        "Sami, saying Israel would not allow harm to the Druze. Residents told the channel that "
        "they were sheltering in basements as mortar rounds fell on the western districts. "
        "Dozens of families from Bedouin neighbourhoods fled toward Daraa. Spiritual leaders of "
        "the Druze community issued conflicting statements, with one welcoming the army and "
        "another calling on people to resist.",
        "B E D",
        "clashes",
    ),
    (
        "Barrel bombs fall on Idlib towns, sending thousands north",
        "Government helicopters dropped barrel bombs on the towns of Kafranbel and Khan "
        "Sheikhoun in southern Idlib on Monday, killing at least 14 civilians, the Syrian Civil "
        "Defence, known as the White Helmets, told Al-Quds Al-Arabi. Russian warplanes also "
        "struck a market in Maarat al-Numan at midday, when it was crowded with shoppers, the "
        "rescue group said. The newspaper's correspondent in the province said long lines of "
        "cars and tractors loaded with mattresses were heading toward camps near the Turkish "
        "border. The UN said more than 150,000 people had been displaced from southern Idlib "
        "and northern Hama since the start of the month. Two hospitals in the area stopped "
        "working after being hit last week, the Syrian American Medical Society said. Opposition "
        "factions said they had repelled an attempt by government forces to advance on the "
        "village of Kabani.",
        "E V D H B",
        "bombardment",
    ),
    (
        "Suicide bomber strikes Damascus church during Sunday mass",
        "A suicide bomber opened fire and then blew himself up inside the Mar Elias church in "
        "Damascus's Dweila district during Sunday evening mass, killing at least 25 worshippers "
        "and wounding 63, the Syrian health ministry said. The interior ministry said the "
        "attacker belonged to the Islamic State group and that a second man was being sought. "
        "Witnesses told Annahar that the gunman entered through the main door as the liturgy "
        "was under way and fired at people before detonating an explosive belt. The Greek "
        "Orthodox Patriarchate of Antioch said the attack was the first of its kind on a "
        "church in the capital since the war began and called on the authorities to protect "
        "Christians. The information minister described the bombing as a cowardly terrorist "
        "act aimed at the coexistence of Syrians. Hospitals in the capital called for blood "
        "donations.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Gaza: Israeli forces storm Nasser hospital after weeks of siege",
        "Israeli forces stormed the Nasser Medical Complex in Khan Younis on Thursday after a "
        "siege of more than three weeks, the Gaza health ministry said, adding that patients "
        "and medical staff were ordered into one building. Al Jazeera said that five patients in "
        "intensive care died after oxygen supplies were cut when the generators stopped. The "
        "Israeli army said it had intelligence that hostages had been held in the hospital and "
        "that it had detained dozens of suspects. Doctors said hundreds of displaced people who "
        "had sheltered in the courtyards were forced to leave toward Rafah under fire. The "
        "World Health Organization said the hospital was no longer functional and that about "
        "200 patients remained inside without adequate care. Video filmed by staff showed "
        "flooded corridors and rooms damaged by shelling.",
        "M H D",
        "raid",
    ),
    (
        "Lebanon: gunfire at Tayouneh protest kills six in Beirut",
        "Six people were killed and 32 wounded on Thursday when gunmen opened fire on supporters "
        "of Hezbollah and the Amal movement who were marching to protest against the judge "
        "investigating the Beirut port explosion, the Lebanese army said. Annahar reported "
        "hours of gunfire and rocket-propelled grenades around the Tayouneh roundabout, on the "
        "old front line between Ain el-Remmaneh and Chiyah. Snipers fired from rooftops, and "
        "schoolchildren in nearby buildings hid in corridors, parents told the newspaper. The "
        "army deployed heavily and said it would open fire on any armed person on the streets. "
        "Hezbollah and Amal accused the Lebanese Forces party of an ambush, which the party "
        "denied. Prime Minister Najib Mikati declared a day of mourning. The clashes were the "
        "worst street violence in the capital in more than a decade.",
        "B U",
        "clashes",
    ),
    (
        "Gaza ceasefire collapses as overnight strikes kill hundreds",
        "Israeli aircraft carried out waves of strikes across the Gaza Strip before dawn on "
        "Tuesday, killing more than 400 people, the health ministry in Gaza said, in the "
        "heaviest bombardment since the ceasefire took effect in January. Al-Quds Al-Arabi "
        "said strikes hit tents of displaced families in al-Mawasi, homes in Gaza City and a "
        "building in Deir al-Balah. The Israeli prime minister's office said the military had "
        "been ordered to act forcefully against Hamas after it refused to release more "
        "hostages. Hamas said Israel had overturned the agreement and exposed the remaining "
        "hostages to an unknown fate. Evacuation orders were issued for Beit Hanoun and parts of "
        "Khan Younis, and families were seen carrying belongings on foot along Salah al-Din "
        "road. Hospitals said they were running out of beds and that many of the dead were "
        "children.",
        "E V D",
        "airstrike",
    ),
    (
        "Israeli strikes on Damascus hit defence ministry headquarters",
        "Israeli warplanes struck the headquarters of the Syrian defence ministry and the area "
        "around the presidential palace in Damascus on Wednesday afternoon, Syrian state media "
        "said, in a sharp escalation over the fighting in Sweida. Asharq Al-Awsat's "
        "correspondent said thick smoke rose over Umayyad Square and that part of the ministry "
        "building collapsed. The health ministry said three people were killed and 34 wounded. "
        "The Israeli army said it had also struck government forces and weapons on the roads "
        "leading to Sweida. The Syrian foreign ministry described the strikes as a flagrant "
        "violation of the country's sovereignty. Arab and Turkish governments condemned the "
        "attack, and the US envoy said Washington was working to calm the situation. Residents "
        "of the capital said they had not heard such explosions since the fall of the former "
        "regime. "
        "Hours later, the government announced a new ceasefire in Sweida and said its forces "
        "would begin to withdraw from the city under an agreement with local leaders. Sweida "
        "residents told the newspaper that bodies still lay in some streets and that the "
        "main hospital was overwhelmed. The Israeli defence minister warned that the strikes "
        "would continue until the forces left the area.",
        "E",
        "airstrike",
    ),
    (
        "Gunmen kill local official in Daraa ambush",
        "Unidentified gunmen shot dead the head of a local council in Daraa province on Sunday "
        "as he drove home from the town of Tafas, sources in the province told Asharq Al-Awsat. "
        "His driver was seriously wounded and taken to the national hospital in Daraa. The "
        "official had been active in settlement talks between former opposition fighters and "
        "the security services, the sources said. No group claimed the killing. The Horan Free "
        "League, a local monitoring group, said it had recorded 37 assassinations and "
        "assassination attempts in the province in the past two months, most of them against "
        "local notables and members of the security forces. Residents described a climate of "
        "fear in which people avoided travelling after dark. The newspaper said the killings "
        "reflected a struggle for influence among armed groups that had never fully laid down "
        "their weapons.",
        "V",
        "assassination",
    ),
]
